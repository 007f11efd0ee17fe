/**
 * Mentions (ingest/extract/mentions.ts): the noun-phrase chunks of one sentence (chunks): nounish
 * runs, cut where a new phrase or a clause's pronoun starts, proper names joined over their links
 * (links.ts). Re-exported by mentions.ts; the CaRB evaluation reads them too.
 */
import { SWITCHES, type Token } from '../../parse.js';
import { LEX } from '../lexicon.js';
import { addresseeEnd, newPhrase, recipientEnd } from '../phrases.js';
import { bracketJoin, sentenceBreak } from '../spans.js';
import { breakAfter, has, hasAny, isNounAt } from '../tokens.js';
import { CONTACT_PRONOUNS } from '../verbs.js';
import { andLink, knownNameGoesOn, nameLink } from './links.js';
import { capWord } from './shared.js';

const NUMBER_PRONOUNS = new Set(['it', 'we', 'they']);

/**
 * "two men | it says are", "his constituency chairman | he wrote": a personal pronoun after a noun
 * starts a clause, not more of the phrase (after a singular, a lowercase subject pronoun: not in
 * "Do They Know It's Christmas"). So does "it", "we" or "they" after a number or date ("in 2001 |
 * it employed"); "he" and "she" there are left in the phrase, as before: the person chains they
 * would open ran to the last name in reach, wrongly more often than not (politics/053).
 */
const pronounAfter = (ts: readonly Token[], j: number): boolean =>
  has(ts[j], 'Pronoun') &&
  !has(ts[j], 'Possessive') &&
  (has(ts[j - 1], 'Plural') ||
    (has(ts[j - 1], 'Noun') && CONTACT_PRONOUNS.has(ts[j]!.text)) ||
    (hasAny(ts[j - 1], 'Value', 'Date') && NUMBER_PRONOUNS.has(ts[j]!.text))) &&
  !has(ts[j - 1], 'Pronoun');

/** A lowercase noun that names a thing, not people ("ruling", not "officials", "governor"). */
const thingAfterName = (t: Token | undefined): boolean =>
  !!t &&
  /^\p{Ll}/u.test(t.text) &&
  !has(t, 'Actor') &&
  ![LEX.groupHeads, LEX.titles, LEX.personRoles, LEX.orgHeads].some((s) => s.has(t.norm));

const QUOTE_LEADS = ['Determiner', 'Adjective', 'Possessive', 'Value'];

/**
 * "the traditional \"strong dollar\" policy", "producing \"export quality\" rap": a quoted run of
 * up to three words, opening the chunk or after its determiner or modifier (not "saying \"several
 * hundred\" people"), closed right before a common noun, modifies it.
 */
function quotedModifier(ts: readonly Token[], i: number, j: number): boolean {
  const next = ts[j];
  if (!next || !/^["\u201d]\s+$/u.test(ts[j - 1]!.post) || !/^\p{Ll}/u.test(next.text)) return false;
  if (!has(next, 'Noun') || has(next, 'Pronoun') || has(next, 'Date') || has(next, 'Value')) return false;
  for (let k = j - 1; k >= Math.max(i, j - 3); k--) {
    if (/["\u201c]$/u.test(ts[k]!.pre)) return k === i || QUOTE_LEADS.some((g) => has(ts[k - 1], g));
    if (k < j - 1 && breakAfter(ts[k])) return false;
  }
  return false;
}

/** A lowercase common noun that may modify the next one: not a person, verb or pronoun. */
const commonModifier = (t: Token | undefined): boolean =>
  !!t &&
  /^\p{Ll}/u.test(t.text) &&
  has(t, 'Noun') &&
  !['Plural', 'Pronoun', 'Possessive', 'Verb', 'Actor', 'Value', 'Date'].some((g) => has(t, g));

/**
 * "the science and technology committee", "Russian oil and gas company": two modifiers joined by
 * "and" before their head noun are one phrase; not after a compound's head ("the housing market
 * and consumer debt" is a list).
 */
function modifierAnd(ts: readonly Token[], i: number, j: number): boolean {
  if (ts[j]?.norm !== 'and' || j === i || breakAfter(ts[j - 1]) || breakAfter(ts[j + 1])) return false;
  if (!commonModifier(ts[j - 1]) || !commonModifier(ts[j + 1])) return false;
  if (j - 1 > i && commonModifier(ts[j - 2]) && !has(ts[j - 2], 'Adjective')) return false;
  // "take quick corrective action and cut rates": a word that may be a verb before a plural
  // joins only right after the phrase's determiner or preposition ("its trade and budget deficits").
  const verbFirst = SWITCHES[ts[j + 1]!.norm] === 'Noun|Verb' && has(ts[j + 2], 'Plural');
  if (verbFirst && !['Determiner', 'Possessive', 'Preposition'].some((g) => has(ts[j - 2], g))) return false;
  const head = ts[j + 2];
  // Not before a name the chunk would run into ("defence and aerospace group EADS Philippe Camus").
  if (!head || !/^\p{Ll}/u.test(head.text) || capWord(ts[j + 3])) return false;
  return isNounAt(ts, j + 2) && !has(head, 'Pronoun') && !newPhrase(ts, j + 2);
}

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
    // ("offered China | wide-ranging access", "told BBC News | schools had")
    const given = Math.max(recipientEnd(ts, i), addresseeEnd(ts, i));
    while (
      j < ts.length &&
      j !== given &&
      (!breakAfter(ts[j - 1]) || bracketJoin(ts, j) || quotedModifier(ts, i, j)) &&
      !sentenceBreak(ts[j - 1]) &&
      ((isNounAt(ts, j) && !newPhrase(ts, j) && !pronounAfter(ts, j)) || knownNameGoesOn(ts, i, j) || modifierAnd(ts, i, j))
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
