/**
 * What a sentence says of an argument beyond its name: the phrase that completes a common noun
 * ("called for a return | to O-levels and more classroom discipline", "includes changes | to
 * speeding fines", "commanded a salary | of between £25,000 and £35,000"). It is kept on the
 * statement as evidence, never in the entity's name, so the noun still meets its other mentions.
 */
import type { Token } from '../nlp.js';
import type { Sentence } from '../types.js';
import type { Span } from './clauses.js';
import { LEX } from './lexicon.js';
import { THINGS } from './things.js';
import { breakAfter, breakBefore, has, isNounAt, isPrep } from './tokens.js';

/** Prepositions that open a noun's complement ("a stake in AOL Europe"); "at" only continues one. */
const OPENERS = new Set(['of', 'to', 'for', 'on', 'in', 'against', 'with', 'about', 'over', 'into', 'from', 'between', 'towards']);
const CONTINUERS = new Set([...OPENERS, 'at', 'up', 'across', 'within']);
/** Words inside an amount that neither end nor break it ("up to eight", "more than 10%"). */
const AMOUNT_WORDS = new Set(['up', 'more', 'less', 'fewer', 'around', 'nearly', 'almost', 'about', 'some', 'least']);
/** Longest complement kept, in tokens: past it the phrase is cut back to its last complete phrase. */
const MAX_TOKENS = 14;

/** Pronouns that can end a complement ("one of them"); any other pronoun starts a clause. */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'it', 'me', 'you', 'this', 'these', 'those']);
/** A word that starts a new clause rather than continuing the noun phrase ("he", "which"). */
const clauseStart = (t: Token): boolean =>
  LEX.relativePronouns.has(t.norm) || LEX.subordinators.has(t.norm) || (has(t, 'Pronoun') && !has(t, 'Possessive'));

/** Where a noun phrase may end: the sentence's end, punctuation, a preposition or "and"/"or". */
const phraseEnd = (ts: readonly Token[], k: number): boolean =>
  !ts[k + 1]?.text || breakAfter(ts[k]) || isPrep(ts[k + 1]) || ts[k + 1]!.norm === 'and' || ts[k + 1]!.norm === 'or';

/**
 * Inside a noun phrase already open, a plain lowercase form compromise tagged as a verb ("more
 * classroom discipline", "eight Las Vegas style resorts in"): a noun when only noun words follow
 * up to where the phrase may end, so "changes to the law mean that" keeps "mean" a verb.
 */
function nounInPhrase(ts: readonly Token[], k: number): boolean {
  for (let j = k; j < ts.length; j++) {
    const t = ts[j]!;
    // "schools put forward", "the rules apply": a plural noun before a bare form is its subject.
    // "the purchase of the LSE creates": an -s form after a name is the name's verb.
    if (j === k && (has(ts[k - 1], 'Plural') || (has(ts[k - 1], 'ProperNoun') && /s$/.test(t.norm)))) return false;
    const plain =
      has(t, 'Verb') && /^\p{Ll}+$/u.test(t.text) && !['PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal'].some((g) => has(t, g));
    if (!plain && !(j > k && isNounAt(ts, j))) return false;
    if (phraseEnd(ts, j)) return true;
  }
  return false;
}

/** A time phrase starts at `k` ("on Monday", "the last six years", "last year", "in 2000"): the detail ends before it. */
function timeAhead(ts: readonly Token[], k: number): boolean {
  for (let j = k; j < ts.length; j++) {
    const t = ts[j]!;
    if (has(t, 'Date') || THINGS.time.has(t.norm) || /^(?:1[89]|20)\d\ds?$/.test(t.text)) return true;
    if (j > k && (breakAfter(ts[j - 1]) || isPrep(t))) return false;
    if (
      !(j === k && isPrep(t)) &&
      !['Determiner', 'Adjective', 'Value'].some((g) => has(t, g)) &&
      !['last', 'next', 'this'].includes(t.norm)
    )
      return false;
  }
  return false;
}

/** End (exclusive) of the complement that starts at token `e`, or `e` when there is none. */
function complementEnd(ts: readonly Token[], e: number): number {
  if (!isPrep(ts[e]) || !OPENERS.has(ts[e]!.norm) || breakAfter(ts[e - 1])) return e;
  let end = e;
  /** The end before the latest preposition or "and": where a phrase cut at MAX_TOKENS falls back to. */
  let whole = e;
  let afterPrep = false;
  /** Whether a noun phrase is open: after a determiner, adjective, amount word or noun. */
  let inPhrase = false;
  for (let k = e; k < Math.min(ts.length, e + MAX_TOKENS); k++) {
    const t = ts[k]!;
    if (k > e && (breakAfter(ts[k - 1]) || breakBefore(t))) return end;
    if (!t.text) continue;
    if (timeAhead(ts, k)) return end;
    if (isPrep(t) && CONTINUERS.has(t.norm)) {
      whole = end;
      afterPrep = true;
      inPhrase = false;
      continue;
    }
    // "one of them": an object pronoun after a preposition ends the phrase; "he", "which" start a clause.
    if (clauseStart(t) && !(afterPrep && OBJECT_PRONOUNS.has(t.norm))) return end;
    const than = t.norm === 'than' && ['more', 'less', 'fewer'].includes(ts[k - 1]!.norm);
    if (than || (AMOUNT_WORDS.has(t.norm) && (afterPrep || isNounAt(ts, k + 1)))) {
      inPhrase = true;
      continue;
    }
    // "no intention of abolishing the tax" (not "accused the government of trying to confuse": control).
    const gerund = afterPrep && has(t, 'Gerund') && ts[k + 1]?.norm !== 'to';
    const word = isNounAt(ts, k) || gerund || (inPhrase && nounInPhrase(ts, k));
    if (word) {
      // The phrase ends on a noun, never on "the", "new" or "his".
      if (!['Determiner', 'Possessive'].some((g) => has(t, g)) && !(has(t, 'Adjective') && !has(t, 'Noun'))) end = k + 1;
      afterPrep = false;
      inPhrase = true;
      continue;
    }
    // "to O-levels and more classroom discipline": a noun phrase joined on, not a clause.
    const next = ts[k + 1];
    if (
      (t.norm === 'and' || t.norm === 'or') &&
      !afterPrep &&
      next &&
      (isNounAt(ts, k + 1) || AMOUNT_WORDS.has(next.norm)) &&
      !clauseStart(next)
    ) {
      whole = end;
      afterPrep = true; // a new noun phrase opens, as after a preposition
      inPhrase = false;
      continue;
    }
    return end;
  }
  // Cut at MAX_TOKENS: keep only the phrases that were complete.
  return e + MAX_TOKENS < ts.length ? whole : end;
}

/** The complement after mention span `m` of sentence `s`, as written, or undefined. */
export function argumentDetail(ts: readonly Token[], s: Sentence, m: Span): string | undefined {
  const end = complementEnd(ts, m.e);
  // Token offsets are the article's; the sentence text starts at `s.start`.
  return end > m.e + 1 ? s.text.slice(ts[m.e]!.start - s.start, ts[end - 1]!.end - s.start) : undefined;
}
