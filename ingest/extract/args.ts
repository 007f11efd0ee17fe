/** From an argument's token span to the mention that heads it, and role nouns of copulas/appositions. */
import type { Token } from '../nlp.js';
import type { Span } from './clauses.js';
import { has, isPrep } from './tokens.js';

/** Per sentence: token index of a mention's last token → mention index (built once per article). */
export type MentionIndex = Map<number, number>[];

export function indexMentions(ends: readonly { sentence: number; e: number }[], sentences: number): MentionIndex {
  const idx: MentionIndex = Array.from({ length: sentences }, () => new Map<number, number>());
  ends.forEach((m, i) => { if (!idx[m.sentence]!.has(m.e - 1)) idx[m.sentence]!.set(m.e - 1, i); });
  return idx;
}

/** End (exclusive) of the first chunk of a span: before "of"/"for"/"in"... attachments. */
export function headEnd(ts: readonly Token[], sp: Span): number {
  for (let i = sp.s + 1; i < sp.e; i++) if (isPrep(ts[i])) return i;
  return sp.e;
}

/** The mention heading a span: the one ending on the span's head word (possessors do not count). */
export function headMention(ts: readonly Token[], byEnd: Map<number, number>, sp: Span | null): number | undefined {
  if (!sp || (has(ts[sp.s], 'Gerund') && isPrep(ts[sp.s - 1]))) return undefined; // "by attacking the port" names an action, not an entity
  const end = headEnd(ts, sp);
  const head = byEnd.get(end - 1);
  if (head !== undefined) return head;
  // A name used as a modifier of the head ("the Yugansk unit", "Baghdad late"), never a possessor.
  for (let i = end - 2; i >= sp.s; i--) {
    if (has(ts[i], 'Possessive')) return undefined;
    const m = byEnd.get(i);
    if (m !== undefined) return /^\p{Lu}/u.test(ts[i]!.text) ? m : undefined;
  }
  return undefined;
}

/** The possessor mention inside a span ("Soleimani's successor" → Soleimani), if any. */
export function possessorMention(ts: readonly Token[], byEnd: Map<number, number>, sp: Span): number | undefined {
  const end = headEnd(ts, sp);
  for (let i = sp.s; i < end - 1; i++) if (has(ts[i], 'Possessive') && !has(ts[i], 'Pronoun')) return byEnd.get(i);
  return undefined;
}

/** The mention after an "of"/"at"/"for" attachment inside a span ("head of US Central Command"). */
export function ofMention(ts: readonly Token[], byEnd: Map<number, number>, sp: Span): number | undefined {
  const end = headEnd(ts, sp);
  if (end >= sp.e) return undefined;
  return headMention(ts, byEnd, { s: end + 1, e: sp.e });
}

/** The role noun phrase of a span ("the head of X" → "head", "Soleimani's successor" → "successor"). */
export function roleNoun(ts: readonly Token[], sp: Span): string {
  const end = headEnd(ts, sp);
  const words: string[] = [];
  for (let i = end - 1; i >= sp.s; i--) {
    const t = ts[i]!;
    if (!has(t, 'Noun') || has(t, 'Possessive') || has(t, 'Pronoun') || /^\p{Lu}/u.test(t.text)) break;
    words.unshift(t.root || t.norm);
  }
  return words.join(' ');
}
