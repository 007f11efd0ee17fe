/**
 * Descriptors: the common noun an article introduces a name with ("struggling German football
 * club Borussia Dortmund", "security firm Sophos", "Deutsche Boerse, the German stock exchange")
 * and that it then uses alone ("despite the club agreeing a rescue plan", "the exchange said").
 * A definite singular noun takes the name most recently introduced with it as its head, unless
 * two names were introduced with it within reach ("US firm X ... UK firm Y ... the firm").
 */
import type { Token } from '../parse.js';
import type { Mention } from '../types.js';
import type { MentionInfo } from './names.js';
import { THINGS } from './things.js';
import { breakAfter, has, hasAny } from './tokens.js';

/** How far back, in sentences, a descriptor still names what it introduced. */
export const DESCRIPTOR_WINDOW = 12;

/** Determiners under which a singular noun points back to one thing met before. */
const POINTING = new Set(['the', 'this']);

const plainNoun = (t: Token | undefined): t is Token =>
  !!t &&
  has(t, 'Noun') &&
  !has(t, 'Plural') &&
  !hasAny(t, 'ProperNoun', 'Possessive', 'Pronoun', 'Determiner', 'Value', 'Date') &&
  /^\p{Ll}[\p{Ll}-]+$/u.test(t.text);

/**
 * The noun right before a name that classifies it ("football club | Borussia Dortmund"), lowercase;
 * not a noun inside a compound before it ("best film Oscar") or across a dash ("company - India's").
 */
export function classifierOf(ts: readonly Token[], name: MentionInfo): string | undefined {
  const t = ts[name.s - 1];
  if (!plainNoun(t) || t.post.trim() !== '' || has(ts[name.s - 2], 'Superlative')) return undefined;
  return t.norm;
}

/**
 * The head of a singular noun phrase set off after a name by a comma and a determiner
 * ("Deutsche Boerse, the German stock exchange that ..."), given the mention right after the name.
 */
export function appositiveHead(ts: readonly Token[], name: MentionInfo, next: MentionInfo): string | undefined {
  if (next.sentence !== name.sentence || !/,/.test(ts[name.e - 1]?.post ?? '')) return undefined;
  if (next.s !== name.e + 1 || !['the', 'a', 'an'].includes(ts[name.e]?.norm ?? '')) return undefined;
  const head = ts[next.e - 1];
  // Not a clause's subject after an opening phrase ("In a response to Gordon Prentice, the government said").
  if (has(ts[next.e], 'Verb') && !breakAfter(head)) return undefined;
  return plainNoun(head) ? head.norm : undefined;
}

/**
 * The noun an organisation's own name ends with, or has before its "of" ("Gloucestershire Police" →
 * police, "Bank of America" → bank, "US Federal Bureau of Investigation" → bureau), when the article
 * may use it alone for the name (things.json descriptorHeads).
 */
export function nameHeadOf(m: Mention): string | undefined {
  if (m.type === 'Person' || m.type === 'Place' || !/\s/.test(m.name.trim())) return undefined;
  const head = headWordOf(m.name);
  return THINGS.descriptorHeads.has(head) ? head : undefined;
}

/**
 * A name's head word, lowercase: the word before its "of" or "for", else its last ("user of Apple's
 * iTunes service" → user, "Commission for Africa" → commission).
 */
export function headWordOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return of > 0 ? words[of - 1]! : (words.at(-1) ?? '');
}

/** The noun of a definite singular mention that may point back ("the club", "this firm"), lowercase. */
export function pointingHead(ts: readonly Token[], m: MentionInfo): string | undefined {
  const head = ts[m.e - 1];
  return m.e - m.s === 1 && POINTING.has(ts[m.s - 1]?.norm ?? '') && plainNoun(head) ? head.norm : undefined;
}
