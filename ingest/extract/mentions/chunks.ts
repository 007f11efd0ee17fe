/**
 * Mentions (ingest/extract/mentions.ts): the noun-phrase chunks of one sentence (chunks): nounish
 * runs, cut where a new phrase or a clause's pronoun starts, proper names joined over their links
 * (links.ts). Re-exported by mentions.ts; the CaRB evaluation reads them too.
 */
import type { Token } from '../../parse.js';
import { LEX } from '../lexicon.js';
import { newPhrase, recipientEnd } from '../phrases.js';
import { bracketJoin, sentenceBreak } from '../spans.js';
import { breakAfter, has, isNounAt } from '../tokens.js';
import { CONTACT_PRONOUNS } from '../verbs.js';
import { andLink, knownNameGoesOn, nameLink } from './links.js';
import { capWord } from './shared.js';

/**
 * "two men | it says are", "his constituency chairman | he wrote": a personal pronoun after a noun
 * starts a clause, not more of the phrase (after a singular, a lowercase subject pronoun: not in
 * "Do They Know It's Christmas").
 */
const pronounAfter = (ts: readonly Token[], j: number): boolean =>
  has(ts[j], 'Pronoun') &&
  !has(ts[j], 'Possessive') &&
  (has(ts[j - 1], 'Plural') || (has(ts[j - 1], 'Noun') && CONTACT_PRONOUNS.has(ts[j]!.text))) &&
  !has(ts[j - 1], 'Pronoun');

/** A lowercase noun that names a thing, not people ("ruling", not "officials", "governor"). */
const thingAfterName = (t: Token | undefined): boolean =>
  !!t &&
  /^\p{Ll}/u.test(t.text) &&
  !has(t, 'Actor') &&
  ![LEX.groupHeads, LEX.titles, LEX.personRoles, LEX.orgHeads].some((s) => s.has(t.norm));

/** Noun-phrase chunks [s, e) of one sentence: nounish runs, proper names joined over "of"/"for". */
export function chunks(ts: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < ts.length) {
    // "Marks & Spencer": a first word compromise reads as a verb, joined by "&" to a name;
    // "Industrial | and Commercial Bank": an adjective coordinated inside a name.
    const joinedFirst = capWord(ts[i]) && (ts[i + 1]?.text === '&' ? capWord(ts[i + 2]) : andLink(ts, i, i + 1) > 0);
    if (!isNounAt(ts, i) && !joinedFirst) {
      i++;
      continue;
    }
    let j = i + 1;
    const given = recipientEnd(ts, i); // "offered China | wide-ranging access"
    while (
      j < ts.length &&
      j !== given &&
      (!breakAfter(ts[j - 1]) || bracketJoin(ts, j)) &&
      !sentenceBreak(ts[j - 1]) &&
      ((isNounAt(ts, j) && !newPhrase(ts, j) && !pronounAfter(ts, j)) || knownNameGoesOn(ts, i, j))
    )
      j++;
    while (j < ts.length && !breakAfter(ts[j - 1])) {
      const joined = andLink(ts, i, j);
      if (joined > 0) {
        j = joined;
        continue;
      }
      const k = nameLink(ts, j);
      if (k < 0) break;
      j = k;
      while (j < ts.length && !breakAfter(ts[j - 1]) && capWord(ts[j])) j++;
      // "a House of Lords ruling": the common nouns a linked name modifies stay in its phrase (not
      // its people: "Department of Health officials", "Bank of England governor Mervyn King").
      while (j < ts.length && !breakAfter(ts[j - 1]) && thingAfterName(ts[j]) && isNounAt(ts, j) && !newPhrase(ts, j)) j++;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}
