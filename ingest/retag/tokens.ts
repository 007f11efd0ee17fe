/**
 * Token predicates the repair passes share: `tagged` (any of the tags), `retagged` (a copy with new
 * tags), and the small tests of a word's form or role (finite, bareForm, sForm, sayingVerb,
 * perfectAt, opensSentence, afterPhrase). Pure functions of the tokens; ingest/parse.ts re-exports
 * bareForm for ingest/extract.
 */
import type { Token } from '../nlp.js';
import { RT } from './vocabulary.js';

/** A bare verb form: an infinitive, or a present tense without -s ("freeze", "trade"). */
export const bareForm = (t: Token | undefined): boolean => tagged(t, 'Infinitive') || (tagged(t, 'PresentTense') && !/s$/.test(t!.norm));
/**
 * A bare present read as a verb ("campaign") right after a lowercase singular noun that takes an -s
 * verb ("link"; not a group noun, retag.json groupNouns: "the board meet"): no verb of that noun.
 */
export function bareAfterSingular(t: Token, prev: Token): boolean {
  if (!tagged(t, 'Verb') || !bareForm(t) || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'PastTense', 'Gerund')) return false;
  const single = tagged(prev, 'Singular') && !tagged(prev, 'Plural', 'Pronoun', 'Verb', 'ProperNoun') && /^\p{Ll}+$/u.test(prev.text);
  return single && !RT.groupNouns.has(prev.norm);
}
/** A verb of saying or thinking, by its root or its form (retag.json sayingVerbs). */
export const sayingVerb = (t: Token): boolean => RT.saying.has(t.root) || RT.saying.has(t.norm);
/**
 * Whether `t` has any of the tags. Named parameters, not a rest one: the repairs call this about a
 * hundred times per word, and a rest parameter allocates an array on every call.
 */
export function tagged(t: Token | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): boolean {
  if (!t) return false;
  const s = t.tags;
  if (s.has(a)) return true;
  if (b === undefined) return false;
  if (s.has(b)) return true;
  if (c === undefined) return false;
  if (s.has(c)) return true;
  if (d === undefined) return false;
  return s.has(d) || (e !== undefined && s.has(e)) || (f !== undefined && s.has(f)) || (g !== undefined && s.has(g));
}
/** A lower-case word in -s (not -ss): a third-person verb or a plural noun. */
export const sForm = (t: Token | undefined): boolean => !!t && /^\p{Ll}+[^s]s$/u.test(t.text);
/** An -s form compromise reads as a lexical present verb only (no noun reading, no helper): a plural noun's candidate. */
export const sVerb = (t: Token | undefined): boolean =>
  sForm(t) && tagged(t, 'PresentTense') && !tagged(t, 'Noun', 'Auxiliary', 'Modal', 'Copula');

/** compromise's verb tags: a word with none of them is no verb. */
export const VERB_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Auxiliary', 'Copula']);

/** A finite verb: tensed or an auxiliary, not an -ing or infinitive form alone. */
export const finite = (t: Token | undefined): boolean =>
  tagged(t, 'PastTense', 'PresentTense', 'Copula', 'Auxiliary', 'Modal') && !tagged(t, 'Gerund', 'Noun');

/** `t` with only `tags`, and `root` as its root (its norm unless given). */
export const retagged = (t: Token, tags: readonly string[], root = t.norm): Token => ({ ...t, tags: new Set(tags), root });
/** Whether the word at `j` is a form of "have" ("has", "have", "had", "having"). */
export const perfectAt = (ts: readonly Token[], j: number): boolean => /^ha(?:s|ve|d|ving)$/.test(ts[j]?.norm ?? '');

/** Whether token `i` opens a sentence (the first, or after a full stop, maybe with a closing quote). */
export const opensSentence = (ts: readonly Token[], i: number): boolean => i === 0 || /[.!?]["”']?\s*$/.test(ts[i - 1]!.post);

/**
 * Where a prepositional phrase of nouns starting at `k` ends ("in Indonesia and India", "of the
 * big five banks", "for the patenting of computer-based inventions"): the index after it, or `k`
 * when none starts there or punctuation cuts it.
 */
export function afterPhrase(ts: readonly Token[], k: number, depth = 0): number {
  const e = afterOnePhrase(ts, k);
  return e > k && depth < 2 && ts[e]?.norm === 'of' ? afterPhrase(ts, e, depth + 1) : e;
}

function afterOnePhrase(ts: readonly Token[], k: number): number {
  if (!tagged(ts[k], 'Preposition') || /[,;:()]/.test(ts[k]!.post)) return k;
  let j = k + 1;
  // (an object pronoun too: "between himself and Tony Blair")
  const nounish = (t: Token | undefined) =>
    (tagged(t, 'Noun', 'Determiner', 'Adjective', 'Value', 'ProperNoun') && !tagged(t, 'Verb', 'Pronoun')) ||
    /^(?:him|her|them|us|me|himself|herself|themselves|itself|ourselves)$/.test(t?.norm ?? '');
  while (nounish(ts[j]) || (/^(?:and|or)$/.test(ts[j]?.norm ?? '') && nounish(ts[j + 1]))) {
    if (/[,;:()"“”]/.test(ts[j]!.post)) return k;
    j++;
  }
  return j > k + 1 && tagged(ts[j - 1], 'Noun') ? j : k;
}
