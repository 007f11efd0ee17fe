/**
 * Subject layer (ingest/extract/subject.ts): the words and tests that more than one of its
 * modules read. Imports no other module of the layer.
 */
import type { Token } from '../../parse.js';
import type { Clause } from '../clauses.js';
import { LEX } from '../lexicon.js';
import { breakAfter, isConj } from '../tokens.js';

/** Participles of naming ("a system called Spotlight", "dubbed Qatargas-2"): word forms, not lexicon.ts's NAMING_VERBS lemmas. */
export const NAMING_VERBS = new Set([
  'called',
  'named',
  'dubbed',
  'titled',
  'entitled',
  'nicknamed',
  'branded',
  'labelled',
  'labeled',
  'codenamed',
]);

/** Words of a time phrase that opens a sentence ("Earlier that day", "On Sunday", "Last week"). */
export const TIME_LEAD_WORDS: ReadonlySet<string> = new Set([
  'earlier',
  'later',
  'last',
  'next',
  'this',
  'that',
  'on',
  'in',
  'late',
  'early',
]);

/** Whether a phrase starting at `s` opens a clause: sentence start, punctuation, "and", "that", a subordinator. */
export function opensClause(ts: readonly Token[], s: number): boolean {
  const pre = ts[s - 1];
  return !pre || breakAfter(pre) || isConj(pre) || pre.norm === 'that' || LEX.subordinators.has(pre.norm);
}

/** A clause with its own subject before its verb, not introduced by a subordinator or relative pronoun. */
export function mainClause(ts: readonly Token[], c: Clause): boolean {
  if (!c.subj || c.subj.s > c.vg.s || c.rules.includes('reduced-rel') || c.rules.includes('rel-subj')) return false;
  const w = ts[c.subj.s - 1]?.norm ?? '';
  return !LEX.relativePronouns.has(w) && !LEX.subordinators.has(w) && !LEX.conditionals.has(w);
}

/** Places a phrase of a noun is located by: "cinemas across the UK", "people in Bristol". */
export const LOCATING_PREPS: ReadonlySet<string> = new Set(['in', 'from', 'across', 'around', 'throughout']);
