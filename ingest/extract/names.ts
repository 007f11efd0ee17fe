/** Mention names and types: titles, possessives and punctuation off; a type from tags and head nouns. */
import type { Token } from '../nlp.js';
import { LEX } from './lexicon.js';
import { has } from './tokens.js';
import { demonymOnly, roleOnly } from './spans.js';
import { commonWord, contextType, gazetteerType, headType, W, type Evidence } from './typing.js';
import type { EntityType, Mention } from '../types.js';

export type MentionKind = 'name' | 'group' | 'event' | 'pronoun' | 'description' | 'thing';
export interface MentionInfo {
  sentence: number;
  /** Token span [s, e) in the sentence. */
  s: number;
  e: number;
  kind: MentionKind;
  /** Title or role stripped from the name ("prime minister"), lowercase, or the description's role. */
  role?: string;
  /** Weight of the evidence for the mention's type (resolve/vote.ts). */
  weight?: number;
  /** Index of the mention this one names in parentheses ("Popular Mobilization Forces (PMF)"). */
  aliasOf?: number;
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

export type Found = { s: number; e: number; kind: MentionKind | 'drop'; type: EntityType; weight?: number; role?: string; place?: string };

/** A name [k, b): its type from its own words, then the context if that says more; role-only and demonym spans too. */
export function nameMention(ts: readonly Token[], k: number, b: number, title = ''): Found {
  if (!title) {
    const role = roleOnly(ts, k, b);
    if (role) return { s: k, e: b, kind: 'description', type: 'Person', role };
    const place = demonymOnly(ts, k, b);
    if (place !== null) return { s: k, e: b, kind: place ? 'name' : 'drop', type: 'Place', weight: W.weakContext, place };
  }
  // "MPs": a lone plural group word; "U" (of "U-turn"): a lone letter.
  if (b - k === 1 && (LEX.groupHeads.has(ts[k]!.norm) || /^\p{L}$/u.test(ts[k]!.text))) return { s: k, e: b, kind: /^\p{L}$/u.test(ts[k]!.text) ? 'drop' : 'group', type: 'Group' };
  let ev: Evidence = nameEvidence(ts, k, b);
  if (ev.type === 'Group') ev = { ...ev, type: 'Organization' };
  if (title && (ev.type === 'Person' || ev.weight < W.head)) ev = { type: 'Person', weight: W.title };
  const cx = contextType(ts, k, b);
  if (cx && cx.weight > ev.weight) ev = cx;
  return { s: k, e: b, kind: 'name', type: ev.type, weight: ev.weight, ...(title ? { role: title } : {}) };
}

/** Entity type of a proper name [s, e), with the weight of its evidence (see typing.ts). */
export function nameEvidence(ts: readonly Token[], s: number, e: number): Evidence {
  const name = ts.slice(s, e).map((t, i) => t.text + (i < e - s - 1 ? t.post : '')).join('');
  const known = gazetteerType(name);
  if (known) return { type: known, weight: W.gazetteer };
  const head = headType(ts, s, e);
  if (head) return { type: head, weight: W.head };
  let person = 0, place = 0, org = 0;
  for (let i = s; i < e; i++) {
    const t = ts[i]!;
    if (has(t, 'Person') || has(t, 'FirstName') || has(t, 'LastName')) person++;
    if (has(t, 'Place') || has(t, 'Country') || has(t, 'City')) place++;
    if (has(t, 'Organization')) org++;
  }
  const last = ts[e - 1]!;
  if (has(last, 'Acronym') || /^\p{Lu}{2,6}$/u.test(last.text)) return { type: 'Organization', weight: W.tag };
  // compromise guesses Organization from context ("Kadimi's office"): weak evidence.
  if (org && !person && !place) return { type: 'Organization', weight: W.weakTag };
  if (person && person >= place) return { type: 'Person', weight: has(ts[s], 'FirstName') && e - s > 1 ? W.tag : W.weakTag };
  if (place) return { type: 'Place', weight: W.tag };
  // Unknown words: a two- or three-word name is most often a person; a lone word most often an organisation.
  const common = ts.slice(s, e).some(commonWord);
  return { type: e - s > 1 && e - s <= 3 && !common ? 'Person' : 'Organization', weight: W.guess };
}

const surname = (name: string): string => (name.split(' ').at(-1) ?? '').toLowerCase().replace(/^(?:al|el|bin|ibn|abu|van|von|de)-/, '');

/** A one-word name that is the surname of a person named in full in the article is a Person. */
export function personBySurname(ms: Mention[], info: MentionInfo[]): void {
  const surnames = new Set<string>();
  ms.forEach((m, i) => { if (m.type === 'Person' && info[i]!.kind === 'name' && m.name.includes(' ')) surnames.add(surname(m.name)); });
  ms.forEach((m, i) => { if (m.type !== 'Person' && info[i]!.kind === 'name' && !m.name.includes(' ') && surnames.has(surname(m.name))) [m.type, info[i]!.weight] = ['Person', W.context]; });
}
