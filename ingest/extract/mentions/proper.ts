/**
 * Mentions (ingest/extract/mentions.ts): whether the word at i is part of a proper name (isProper):
 * its capital letter, tags and place in the sentence, weighed against how the article writes the
 * word elsewhere (caps: mid-sentence capitals, lowercase uses) and whether the sentence is a
 * headline. That evidence is per article and per sentence: mentions sets it through setCaps and
 * setHeadline before it reads a sentence, since an importer cannot assign a module's binding.
 */
import type { Token } from '../../parse.js';
import { LEX } from '../lexicon.js';
import { bracketJoin, type collectCaps, FUNCTION_WORD, unpossessed } from '../spans.js';
import { breakAfter, has, hasAny, isConj, isPrep, isVerbal } from '../tokens.js';
import { commonWord, gazetteerType } from '../typing.js';
import { capWord, isOrgLink, PROPER_TAGS, STRONG_TAGS } from './shared.js';

let caps: ReturnType<typeof collectCaps> = { mid: new Set(), pairs: new Set(), lower: new Set() }; // per article; headline per sentence
let headline = false;

/** Sets the article's capitalisation that isProper weighs (mentions, once per article). */
export function setCaps(c: ReturnType<typeof collectCaps>): void {
  caps = c;
}

/** Sets whether the sentence isProper reads is a headline (mentions, before each sentence and after the last). */
export function setHeadline(h: boolean): void {
  headline = h;
}

/** "iTunes", "iPod", "eBay": a brand written with a lowercase first letter. */
const CAMEL = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;
export const isProper = (ts: readonly Token[], i: number): boolean => {
  const t = ts[i];
  if (
    !t ||
    !(/^\p{Lu}/u.test(t.text) || CAMEL.test(t.text)) ||
    FUNCTION_WORD.test(t.norm) ||
    LEX.subordinators.has(t.norm) ||
    LEX.conditionals.has(t.norm) ||
    has(t, 'Pronoun') ||
    has(t, 'Determiner') ||
    has(t, 'Date') ||
    has(t, 'WeekDay') ||
    has(t, 'Month') ||
    (has(t, 'Money') && /\d/.test(t.text))
  )
    return false;
  const mid = caps.mid.has(unpossessed(t.norm));
  // A word ending like a common noun ("Investment", "Security") is no name at the start; a country or a city is ("France").
  // (nor is an institution word before "of"/"for" and a name: "Commission for Racial Equality chairman")
  const institution = LEX.namesBeforeOf.has(t.norm) && isOrgLink(ts[i + 1]) && capWord(ts[i + 2]);
  const common = commonWord(t) && !has(t, 'Country') && !has(t, 'City') && !institution;
  if ((headline || i === 0 || /[\u201c"]/.test(t.pre)) && (caps.lower.has(t.norm) || common) && !mid) return false;
  if (headline) return mid || STRONG_TAGS.some((g) => has(t, g));
  if (PROPER_TAGS.some((g) => has(t, g))) return true;
  // "Kilroy-Silk could be": a sentence's first word hyphened to a name is part of it.
  const next = ts[i + 1];
  if (i === 0 && /^-$/.test(t.post) && /^\p{Lu}/u.test(next?.text ?? '') && has(next, 'ProperNoun') && !has(next, 'Demonym')) return true;
  if (i === 0 && !breakAfter(t) && caps.pairs.has(`${t.norm} ${unpossessed(ts[1]?.norm ?? '')}`)) return true;
  if (has(t, 'Adjective')) return false;
  if (i === 0 && has(t, 'Singular') && t.tags.size <= 2 && isVerbal(ts, 1)) return true; // "Kadhimi has been ..."
  if (i === 0 && has(t, 'Noun') && !has(t, 'Plural') && t.tags.size <= 2 && timeThenVerb(ts, 1)) return true; // "Arnor on Thursday attacked"
  if (
    i === 0 &&
    t.tags.size <= 2 /* "Qasem Soleimani, ..." */ &&
    !breakAfter(t) &&
    /^\p{Lu}/u.test(ts[1]?.text ?? '') &&
    PROPER_TAGS.some((g) => has(ts[1], g))
  )
    return true;
  // "Britain and France signed": a first word the gazetteer knows as a place or an organisation.
  const known = ['Place', 'Organization'].includes(gazetteerType(t.text) ?? '');
  if (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !caps.lower.has(t.norm) && !has(t, 'Value') && known) return true;
  // "Britain, France, Gavi and the Gates Foundation have": the first of a list of names.
  if (
    i === 0 &&
    t.tags.size <= 2 &&
    /^,\s*$/.test(t.post) &&
    PROPER_TAGS.some((g) => has(ts[1], g)) &&
    (/,/.test(ts[1]!.post) || isConj(ts[2]))
  )
    return true;
  // "Merck's shares tumbled": a first word the article also capitalises mid-sentence, possessive or not.
  return (i > 0 && !/[\u201c"(]/.test(t.pre) && (!breakAfter(ts[i - 1]) || bracketJoin(ts, i))) || mid;
};
/** "Arnor | on Thursday attacked": a time phrase at `k` and the verb after it. */
function timeThenVerb(ts: readonly Token[], k: number): boolean {
  if (!isPrep(ts[k])) return false;
  let j = k + 1;
  while (j < k + 4 && hasAny(ts[j], 'Date', 'WeekDay', 'Month', 'Value') && !breakAfter(ts[j])) j++;
  return j > k + 1 && isVerbal(ts, j);
}
