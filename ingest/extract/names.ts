/** Mention names and types: titles, possessives and punctuation off; a type from tags and head nouns. */
import type { Token } from '../nlp.js';
import type { EntityType } from '../types.js';
import { LEX } from './lexicon.js';
import { has } from './tokens.js';

export type MentionKind = 'name' | 'group' | 'event' | 'pronoun' | 'description';
export interface MentionInfo {
  sentence: number;
  /** Token span [s, e) in the sentence. */
  s: number;
  e: number;
  kind: MentionKind;
  /** Title or role stripped from the name ("prime minister"), lowercase, or the description's role. */
  role?: string;
}

/** Strip a possessive, outer punctuation and stray dots/quotes from a name. */
export function cleanName(text: string): string {
  return text
    .replace(/['’]s?$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/u, (m) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(text) ? m : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

const lowerWord = (t: Token): string => t.text.toLowerCase().replace(/[.]$/, '');

/** How many leading tokens of [s, e) are a title; returns the count and the title text. */
export function titleLength(ts: readonly Token[], s: number, e: number): { n: number; title: string } {
  let n = 0;
  const parts: string[] = [];
  while (s + n < e - 1) {
    let matched = 0;
    for (const len of [3, 2, 1]) {
      if (s + n + len > e - 1) continue;
      const words = ts.slice(s + n, s + n + len).map(lowerWord).join(' ');
      if (LEX.titles.has(words)) { matched = len; parts.push(words); break; }
    }
    if (!matched) break;
    n += matched;
  }
  return { n, title: parts.join(' ') };
}

/** Entity type of a proper name from its tokens' tags and its last word. */
export function nameType(ts: readonly Token[], s: number, e: number): EntityType {
  const last = ts[e - 1]!;
  const lw = lowerWord(last).replace(/['’]s$/, '');
  if (LEX.orgHeads.has(lw)) return 'Organization';
  if (LEX.groupHeads.has(lw)) return 'Group';
  if (LEX.eventHeads.has(lw)) return 'Event';
  let person = 0, place = 0, org = 0;
  for (let i = s; i < e; i++) {
    const t = ts[i]!;
    if (has(t, 'Person') || has(t, 'FirstName') || has(t, 'LastName')) person++;
    if (has(t, 'Place') || has(t, 'Country') || has(t, 'City')) place++;
    if (has(t, 'Organization')) org++;
  }
  if (org) return 'Organization';
  for (let i = s; i < e - 1; i++) if (LEX.orgHeads.has(lowerWord(ts[i]!)) && /^\p{Lu}/u.test(ts[i]!.text) && (ts[i + 1]!.norm === 'of' || ts[i + 1]!.norm === 'for')) return 'Organization';
  if (person && person >= place) return 'Person';
  if (place) return 'Place';
  if (has(last, 'Acronym') || /^\p{Lu}{2,}$/u.test(last.text)) return 'Organization';
  return 'Person';
}
