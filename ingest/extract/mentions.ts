/**
 * Stage: tokens → Mention[] (+ mentionInfo). Reads noun-phrase chunks off the one parse: proper
 * names (titles stripped, typed by weighted evidence: names.ts, typing.ts), groups, events,
 * pronouns and role descriptions ("the prime minister") for coreference.
 */
import type { Token } from '../parse.js';
import type { Analysed, EntityType, Mention, Mentioned } from '../types.js';
import { LEX, nominalPredicate, relatesThroughOf, takesOwnPhrase } from './lexicon.js';
import { isFaith, partyOf, placeOf } from '../resolve/groups.js';
import { spellsOut } from '../resolve/local-rules.js';
import { HONORIFICS, ORG_NOUNS, ORG_NOUNS_QUALIFIED } from './entity-data.js';
import {
  cleanName,
  isRole,
  nameMention,
  personBySurname,
  rolePrefix,
  titleLength,
  type Found,
  type MentionInfo,
  type Reference,
} from './names.js';
import { MODIFIER_VERBS, PRO_WORD } from './nominal.js';
import { CONTACT_PRONOUNS } from './verbs.js';
import { newPhrase, recipientEnd } from './phrases.js';
import { THINGS, thingSpan } from './things.js';
import { breakAfter, glued, has, hasAny, hyphenLead, isConj, isNounAt, isPrep, isVerbal } from './tokens.js';
import { commonWord, gazetteerType, W, WORK_CUES } from './typing.js';
import {
  bracketJoin,
  collectCaps,
  unpossessed,
  FUNCTION_WORD,
  gluedParticle,
  isHeadline,
  isParticle,
  numberedEnd,
  pieces,
  sentenceBreak,
} from './spans.js';

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const STRONG_TAGS = ['Person', 'Place', 'Organization', 'Acronym', 'Country', 'City'];
let caps: ReturnType<typeof collectCaps> = { mid: new Set(), pairs: new Set(), lower: new Set() }; // per article; headline per sentence
let headline = false;
/** "iTunes", "iPod", "eBay": a brand written with a lowercase first letter. */
const CAMEL = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;
const isProper = (ts: readonly Token[], i: number): boolean => {
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
const SKIP_LEAD = ['Determiner', 'Value', 'Possessive', 'Pronoun'];
const NO_REFERENT = new Set(['no', 'any', 'every', 'each', 'neither']);
const ONE_OF_KIND = new Set(['a', 'an', 'another', 'one']);

/**
 * The reference of a group noun phrase [s, b) by the determiner before it, in the chunk or just
 * before it ("No" is no determiner to compromise): see Reference.
 */
function reference(ts: readonly Token[], a: number, s: number, b: number): Reference | undefined {
  const lead = [...ts.slice(Math.max(0, a - 1), s)]
    .reverse()
    .find((t) => has(t, 'Determiner') || NO_REFERENT.has(t.norm) || t.norm === 'one');
  if (!lead || breakAfter(lead)) return undefined;
  if (NO_REFERENT.has(lead.norm)) return 'none';
  return ONE_OF_KIND.has(lead.norm) && !has(ts[b - 1], 'Plural') ? 'member' : undefined;
}
const isOrgLink = (t: Token | undefined): boolean => !!t && (t.norm === 'of' || t.norm === 'for');
const capWord = (t: Token | undefined): boolean => /^\p{Lu}/u.test(t?.text ?? '') && !has(t, 'Determiner');
/** Prepositions inside the name of a law or convention. */
const LAW_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'against', 'for', 'to']);

/**
 * Where a name goes on after the preposition at `j` (its next capitalised word, past a "the"), or
 * -1: "of"/"for" after an organisation word ("Department of Health", "International Federation of
 * the Red Cross"); a preposition before the end of a law's name ("Freedom of Information Act",
 * "European Convention on Human Rights", "Consumer Protection Against Spyware Act").
 */
function nameLink(ts: readonly Token[], j: number): number {
  const t = ts[j];
  if (!t || !isProper(ts, j - 1)) return -1;
  const k = ts[j + 1]?.norm === 'the' ? j + 2 : j + 1;
  if (!capWord(ts[k])) return -1;
  if (k > j + 1) {
    // Past a "the", not when the name would stop short of another link ("Institute for the Study |
    // of Labor"), nor over a title ("the Office of the Deputy Prime Minister" is not John Prescott).
    let end = k;
    while (end < ts.length && capWord(ts[end]) && !breakAfter(ts[end])) end++;
    const run = ts
      .slice(k, end)
      .map((x) => x.norm)
      .join(' ');
    if ((isOrgLink(ts[end]) && capWord(ts[end + 1])) || LEX.titles.has(run) || LEX.titles.has(ts[k]!.norm)) return -1;
  }
  if (isOrgLink(t) && (LEX.orgHeads.has(ts[j - 1]!.norm) || LEX.namesBeforeOf.has(ts[j - 1]!.norm))) return k;
  // "Secretary of State Colin Powell": a title with its "of" (titles.json).
  if (k === j + 1 && LEX.titles.has(`${ts[j - 1]!.norm} ${t.norm} ${ts[k]!.norm}`)) return k;
  if (t.norm === 'of' && (workTitle(ts, j) || workAfter(ts, k))) return k;
  if (!LAW_LINKS.has(t.norm)) return -1;
  if (LEX.lawHeads.has(ts[j - 1]!.norm)) return k; // "Convention on Human Rights", "Code of Conduct"
  for (let n = k; n < ts.length && n < k + 6 && capWord(ts[n]); n++) if (LEX.lawHeads.has(ts[n]!.norm)) return k;
  return -1;
}

/** "the Medal of | Honor series", "the Lord of the | Rings trilogy": a work's cue right after the name going on at `k`. */
function workAfter(ts: readonly Token[], k: number): boolean {
  let e = k;
  while (e < ts.length && e < k + 4 && capWord(ts[e]) && !breakAfter(ts[e])) e++;
  const cue = ts[e];
  return e > k && !!cue && /^\p{Ll}/u.test(cue.text) && WORK_CUES.has(cue.norm) && !breakAfter(ts[e - 1]);
}

/** "the PC title Call | of Duty", "the film Pirates | of the Caribbean": the name before `j` follows a work's cue. */
function workTitle(ts: readonly Token[], j: number): boolean {
  let s = j - 1;
  while (s > 0 && capWord(ts[s - 1]) && !breakAfter(ts[s - 1])) s--;
  return s > 0 && WORK_CUES.has(ts[s - 1]!.norm) && !breakAfter(ts[s - 1]);
}

/**
 * End of a name whose first words are coordinated at `j` ("Standards | and Privileges Committee",
 * "Food | and Drug Administration"), or -1: the words before are capitalised, no name or
 * organisation by themselves, and a name head ends the capitalised run after the "and".
 */
function coordinatedName(ts: readonly Token[], i: number, j: number): number {
  let s = i;
  while (s < j && has(ts[s], 'Determiner')) s++;
  if (s === j) return -1;
  for (let k = s; k < j; k++) if (!capWord(ts[k]) || breakAfter(ts[k])) return -1;
  if (LEX.orgHeads.has(ts[j - 1]!.norm) || gazetteerType(spanText(ts, s, j)) !== null) return -1;
  if (STRONG_TAGS.some((g) => has(ts[j - 1], g))) return -1;
  for (let r = j + 1; r < ts.length && r < j + 5 && capWord(ts[r]); r++) {
    if (LEX.coordinatedNameHeads.has(ts[r]!.norm)) return r + 1;
    if (breakAfter(ts[r])) break;
  }
  return -1;
}

/**
 * End of a name going on over "and" at `j` after an organisation link, or -1: "Department for
 * Work | and Pensions", "Department of Trade | and Industry" (not "... and Tony Blair").
 */
function linkedAnd(ts: readonly Token[], a: number, j: number): number {
  let k = j - 1;
  while (k > a && capWord(ts[k]) && !breakAfter(ts[k])) k--;
  if (ts[k]?.norm === 'the' && k < j - 1) k--; // "Federation of the Red Cross | and Red Crescent Societies"
  if (k === j - 1 || !isOrgLink(ts[k]) || nameLink(ts, k) < 0) return -1;
  let r = j + 1;
  while (r < ts.length && r < j + 4 && capWord(ts[r])) {
    if (hasAny(ts[r], 'Person', 'Country', 'City')) return -1;
    if (breakAfter(ts[r++])) break;
  }
  return r > j + 1 && gazetteerType(spanText(ts, j + 1, r)) === null ? r : -1;
}

/** End of a name with "and" at `j` inside it, or -1 (coordinatedName, linkedAnd). */
function andLink(ts: readonly Token[], a: number, j: number): number {
  const t = ts[j];
  if (!t || (t.norm !== 'and' && t.text !== '&') || breakAfter(ts[j - 1]) || breakAfter(t)) return -1;
  if (t.text === '&') return ampersandName(ts, j);
  return Math.max(coordinatedName(ts, a, j), linkedAnd(ts, a, j));
}

/** "Procter & Gamble", "Marsh & McLennan's": an ampersand between capitalised words is inside one name; its end, or -1. */
function ampersandName(ts: readonly Token[], j: number): number {
  if (!capWord(ts[j - 1])) return -1;
  let r = j + 1;
  while (r < ts.length && r < j + 4 && capWord(ts[r])) {
    const last = breakAfter(ts[r]) || has(ts[r], 'Possessive'); // "Deloitte & Touche, has": the word, then stop
    r++;
    if (last) break;
  }
  return r > j + 1 ? r : -1;
}

/** A capitalised word that completes a known name ("General Mills", where compromise reads "Mills" as a verb). */
function knownNameGoesOn(ts: readonly Token[], i: number, j: number): boolean {
  if (!/^\p{Lu}/u.test(ts[j]?.text ?? '')) return false;
  let r = j;
  while (r > i && /^\p{Lu}/u.test(ts[r - 1]!.text)) r--;
  return r < j && gazetteerType(spanText(ts, r, j + 1)) !== null;
}

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

/**
 * Title at the start, or after a modifier ("Metropolitan Police Commissioner Sir John Stevens",
 * "Home Office Minister Lord Falconer"); `at` is where the title starts. Never inside an
 * "X of Y" name ("Association of Chief Police Officers").
 */
function innerTitle(ts: readonly Token[], s: number, e: number): { n: number; title: string; at: number } {
  // (no name starts at an "of": "US Secretary | of State" is all title)
  const none = { n: 0, title: '', at: s };
  const first = { ...titleLength(ts, s, e), at: s };
  if (first.n) return ts[s + first.n]?.norm === 'of' ? none : first;
  for (let i = s + 1; i < e - 1; i++) {
    if (ts[i - 1]!.norm === 'of' || ts[i - 1]!.norm === 'for') break;
    const t = titleLength(ts, i, e);
    if (ts[i + t.n]?.norm === 'of') continue;
    const honorific = HONORIFICS.has(t.title.split(' ').at(-1) ?? '');
    if (t.n && e - (i + t.n) >= (honorific ? 1 : 2)) return { n: t.n, title: t.title, at: i };
  }
  return first;
}

/** The name in "Iran-backed militias", "pro-Iranian militias": a mention of its own (nominal.ts relates it). */
function hyphenNames(ts: readonly Token[], s: number, b: number, out: Found[]): void {
  for (let k = s; k + 1 < b; k++) {
    if (!/^[-‐‑]$/.test(ts[k]!.post) || !/^\p{Lu}/u.test(ts[k]!.text)) continue;
    const after = ts[k + 1]!.norm;
    if (!MODIFIER_VERBS.has(after)) continue;
    let i = k;
    while (i > s && /^\p{Lu}/u.test(ts[i - 1]!.text) && !/[-‐‑]$/.test(ts[i - 1]!.post)) i--;
    pushNameOrCountry(ts, i, k + 1, out);
  }
  for (let k = s; k + 1 < b; k++) {
    if (ts[k]!.norm === 'pro' && /^[-‐‑]$/.test(ts[k]!.post) && /^\p{Lu}/u.test(ts[k + 1]!.text)) pushNameOrCountry(ts, k + 1, k + 2, out);
  }
  // "pro-Iranian militias" parsed as one word: the country its second part names
  for (let k = s; k + 1 < b; k++) {
    const place = PRO_WORD.exec(ts[k]!.text)?.[1];
    const country = place ? placeOf(place) : null;
    if (country) out.push({ s: k, e: k + 1, kind: 'name', type: 'Place', place: titled(country) });
  }
}

const titled = (place: string): string => place.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** A name [s, e), or the country of a lone nationality word ("Iranian-backed", "pro-Iranian": Iran). */
function pushNameOrCountry(ts: readonly Token[], s: number, e: number, out: Found[]): void {
  const f = nameMention(ts, s, e);
  if (f.kind === 'name') out.push(f);
  else if (e - s === 1 && f.kind === 'drop') out.push(...countryOf(ts, s));
}

/** The country a nationality word at `s` names, as a Place mention of that word ("Israeli" → Israel), if any. */
function countryOf(ts: readonly Token[], s: number): Found[] {
  const place = placeOf(ts[s]!.text);
  return place ? [{ s, e: s + 1, kind: 'name', type: 'Place', place: titled(place) }] : [];
}

/**
 * "the US attack on Baghdad", "the Israeli raid on Gaza", "US support for": a place or nationality
 * opening a phrase whose noun carries a relation (predicates.json nominal) is its agent, a mention
 * of its own (nominal.ts relates it). Not "US drone strike kills": no preposition follows the noun.
 */
function agentModifiers(ts: readonly Token[], s: number, b: number, out: Found[]): void {
  const head = ts[b - 1]!.norm;
  if (b - s < 2 || !isPrep(ts[b]) || !nominalPredicate(head, ts[b]!.norm)) return;
  let e = s;
  while (e < b - 1 && /^\p{Lu}/u.test(ts[e]!.text) && !/[-‐‑]$/.test(ts[e]!.post)) e++;
  if (e === s) return;
  const f = nameMention(ts, s, e);
  if (f.kind === 'name' && f.type === 'Place') out.push(f);
  else if (e - s === 1 && has(ts[s], 'Demonym')) out.push(...countryOf(ts, s)); // "the Israeli raid on": the country
}

/**
 * The text from `start` to `end`, with the words of tokens `s`..`e` as parsed: a title-case
 * headline's common words in lowercase ("Drone Assassination Attempt" → "assassination attempt").
 */
function parsedSlice(text: string, ts: readonly Token[], s: number, e: number, start: number, end: number): string {
  let out = text.slice(start, end);
  for (let k = s; k < e; k++) {
    const t = ts[k]!;
    if (t.start < start || t.end > end || t.text.length !== t.end - t.start || text.slice(t.start, t.end) === t.text) continue;
    out = out.slice(0, t.start - start) + t.text + out.slice(t.end - start);
  }
  return out;
}

/** Company nouns that, with "the", stand for one company named before ("the firm", not "the network"). */
const PLAIN_COMPANY: ReadonlySet<string> = new Set(['firm', 'company', 'club', 'bank']);

/** "the 64-year-old": a person the article has named, found as "he" or "she" is (coref/pronouns.ts). */
export const AGE_DESCRIPTION = /^the\s+\d+[-‐]years?[-‐]old$/i;

function classify(ts: readonly Token[], a: number, b: number, out: Found[]): void {
  const last = ts[b - 1]!;
  if (last.norm.endsWith('old') && ts[a]!.norm === 'the' && AGE_DESCRIPTION.test(spanText(ts, a, b))) {
    out.push({ s: a, e: b, kind: 'pronoun', type: 'Person' });
    return;
  }
  if (b - a === 1 && has(last, 'Pronoun')) {
    const w = last.norm;
    const type: EntityType | null =
      LEX.pronounPerson.has(w) || LEX.pronounSpeaker.has(w)
        ? 'Person'
        : LEX.pronounPlural.has(w)
          ? 'Group'
          : LEX.pronounThing.has(w)
            ? 'Organization'
            : null;
    if (type) out.push({ s: a, e: b, kind: 'pronoun', type });
    return;
  }
  // Inside a name: a particle ("bin", "al-"), a linking preposition (nameLink) and its "the".
  const link = (i: number): boolean => {
    if (i <= a) return false;
    if (ts[i]!.norm === 'the') return nameLink(ts, i - 1) === i + 1;
    if (ts[i]!.text === '&') return andLink(ts, a, i) > 0;
    if (isConj(ts[i])) return capWord(ts[i - 1]) && andLink(ts, a, i) > 0; // "Industrial and Commercial Bank"
    if (!isProper(ts, i - 1)) return false;
    if (isParticle(ts[i])) return isProper(ts, i + 1) || gluedParticle(ts[i + 1]);
    return nameLink(ts, i) > 0;
  };
  const start = (e: number): number => {
    let k = e;
    while (
      k > a &&
      (k === e || !sentenceBreak(ts[k - 1])) &&
      (isProper(ts, k - 1) ||
        link(k - 1) ||
        (gluedParticle(ts[k - 1]) && isProper(ts, k)) ||
        ts[k]?.text === '&' ||
        (isConj(ts[k]) && link(k)))
    )
      k--;
    while (k < e && isParticle(ts[k]) && !gluedParticle(ts[k])) k++;
    // A sentence-initial title compromise does not tag as a name ("Lord Falconer told ...").
    // So its first word, when that word and the title after it make a longer one ("Home Secretary", "Deputy Prime Minister").
    const titled = (i: number): boolean => {
      const w = ts[i]!.norm.replace(/\.$/, '');
      const longer = [`${w} ${ts[i + 1]?.norm}`, `${w} ${ts[i + 1]?.norm} ${ts[i + 2]?.norm}`];
      return (
        LEX.titles.has(w) || longer.some((x) => LEX.titles.has(x)) || (LEX.roleModifiers.has(w) && LEX.titles.has(ts[i + 1]?.norm ?? ''))
      );
    };
    while (k > a && k < e && /^\p{Lu}/u.test(ts[k - 1]!.text) && titled(k - 1)) k--;
    return k;
  };
  const numbered = numberedEnd(ts, a, b);
  const k = numbered ? Math.min(start(b - 1), b - 2) : start(b);
  if (k < b && (numbered || isProper(ts, b - 1))) {
    // "Mexican in US send $16bn home", "South Koreans are defaulting": a nationality as the head is its people.
    const single = b - k === 1 ? nameMention(ts, k, b) : null;
    if (single?.place) {
      out.push(has(ts[b - 1], 'Plural') ? { s: k, e: b, kind: 'group', type: 'Group' } : { ...single, kind: 'drop' });
      return;
    }
    namesAt(ts, a, k, b, out);
    return;
  }
  let s = a;
  // Determiners, and words that only precede a phrase ("once an attack", "condemning the attack").
  while (
    s < b - 1 &&
    ((SKIP_LEAD.some((g) => has(ts[s], g)) && !hyphenLead(ts[s]!)) ||
      ((has(ts[s], 'Adverb') || has(ts[s], 'Gerund') || has(ts[s], 'Conjunction')) && !has(ts[s], 'Adjective') && !glued(ts[s]!)))
  )
    s++;
  hyphenNames(ts, s, b, out);
  agentModifiers(ts, s, b, out);
  const head = last.norm.replace(/['’]s?$/u, '');
  const two = b - 2 >= s ? `${ts[b - 2]!.norm} ${head}` : '';
  // "a lawsuit against two men": counted people are a group of the article (the number stays in the name).
  const counted = s > a && b - s === 1 && LEX.countedPeople.has(head) && has(ts[s - 1], 'Cardinal');
  const ref = reference(ts, a, s, b);
  const refer = ref ? { reference: ref } : {};
  if (counted) out.push({ s: s - 1, e: b, kind: 'group', type: 'Group' });
  else if (LEX.groupHeads.has(head) || LEX.groupHeads.has(two)) out.push({ s, e: b, kind: 'group', type: 'Group', ...refer });
  else if (LEX.eventHeads.has(head)) out.push({ s, e: b, kind: 'event', type: 'Event' });
  else if ((ORG_NOUNS.has(head) || ORG_NOUNS_QUALIFIED.has(head)) && orgNounPhrase(ts, s, b, ORG_NOUNS.has(head)))
    out.push({ s, e: b, kind: 'group', type: 'Organization', ...refer });
  else {
    const role =
      a < s && ts[a]!.norm === 'the' ? (LEX.titles.has(two) || LEX.personRoles.has(two) ? two : LEX.personRoles.has(head) ? head : '') : '';
    if (role) {
      const r = b - role.split(' ').length;
      // "the former WorldCom boss", "the Wales captain": the organisation or place before the role is
      // a mention of its own (not a name read as a person's: "the 1998 French Open champion").
      const n = Math.max(s, start(r));
      const named = n < r && !has(ts[r - 1], 'Possessive') ? nameMention(ts, n, r) : null;
      if (named && named.type !== 'Person') out.push(named);
      out.push({ s: r, e: b, kind: 'description', type: 'Person', role });
      return;
    }
    // A name used as a modifier: "the Arab Gulf States Institute think tank", "the Asaib Ahl al-Haq party".
    let e = b - 1;
    while (e > s && !isProper(ts, e - 1)) e--;
    const st = Math.max(s, start(e));
    // "Roman Catholic organisations": a faith word before a plural noun qualifies the noun; the phrase is a group.
    if (st < e && e < b && isFaith(ts[e - 1]!.text) && has(last, 'Plural')) {
      out.push({ s, e: b, kind: 'group', type: 'Group', ...refer });
      return;
    }
    let named: Found | null = null;
    if (st < e && innerTitle(ts, st, e).n) {
      namesAt(ts, a, st, e, out);
      return;
    } // "Iraqi Prime Minister X the previous week"
    if (st < e && (e - st >= 2 || PROPER_TAGS.some((g) => has(ts[st], g)))) {
      const f = nameMention(ts, st, e);
      named = f;
      // "the Bush administration", "the Kremlin regime": the person's or place's institution.
      if (
        (ORG_NOUNS.has(head) || ORG_NOUNS_QUALIFIED.has(head)) &&
        b - e === 1 &&
        f.kind === 'name' &&
        (f.type === 'Person' || f.type === 'Place' || (f.weight ?? 0) < W.head)
      ) {
        // ("A Tory government would ...": one government of the kind, as "a new government" is)
        out.push({ s: st, e: b, kind: 'group', type: 'Organization', ...refer });
        return;
      }
      out.push(f);
      if (f.kind === 'name' && !f.place && (LEX.orgHeads.has(head) || LEX.groupHeads.has(head)) && (f.weight ?? 0) < W.head)
        Object.assign(f, { type: 'Organization', weight: W.context });
    }
    // The phrase itself, headed by a common noun: "US company", "letter bombs" (never the modifier alone).
    const referent =
      named && named.kind === 'name' && !named.place && named.type !== 'Place' && e === b - 1 && THINGS.classifiers.has(head);
    const thing = referent ? null : thingSpan(ts, a, s, b);
    // "the firm", "the company": a definite organisation noun may name one met before (coref/organisations.ts).
    // ("19.9% of the firm", "The company, which ...": the phrase may keep its "the" for a plain company noun)
    const bare = thing && (thing.e - thing.s === 1 || (thing.e - thing.s === 2 && ts[thing.s]!.norm === 'the' && PLAIN_COMPANY.has(head)));
    const definite = ts[a]?.norm === 'the' && bare && THINGS.companies.has(head);
    if (thing) out.push({ ...thing, kind: 'thing', ...(definite ? { role: head } : {}) });
  }
}

const spanText = (ts: readonly Token[], s: number, e: number): string =>
  ts
    .slice(s, e)
    .map((t, i) => t.text + (i < e - s - 1 ? t.post : ''))
    .join('');

/**
 * A proper name [k, b) (chunk from a). A known name is whole ("General Mills", not General +
 * Mills); an organisation before a title or role is a mention of its own ("Home Office Minister
 * Lord Falconer", "BBC news correspondent Gary O'Donoghue"); so is the place in "Prime Minister
 * of Iraq Mustafa Al-Kadhimi".
 */
function namesAt(ts: readonly Token[], a: number, k: number, b: number, out: Found[]): void {
  if (gazetteerType(spanText(ts, k, b))) {
    out.push({ ...nameMention(ts, k, b), from: k });
    return;
  }
  if (ts[k - 1]?.norm === 'of' && k === a && LEX.titles.has(ts[k - 2]?.norm ?? '')) {
    const len = [2, 1].find((l) => k + l < b && gazetteerType(spanText(ts, k, k + l)) === 'Place');
    if (len) {
      out.push(nameMention(ts, k, k + len));
      k += len;
    }
  }
  // "BBC Michael Howard", "Iraq Mustafa Al-Kadhimi": a known organisation or place run into a person's name.
  for (const len of [3, 2, 1]) {
    const known = k + len + 2 <= b && has(ts[k + len], 'FirstName') ? gazetteerType(spanText(ts, k, k + len)) : null;
    if (known && known !== 'Concept') {
      out.push(nameMention(ts, k, k + len));
      k += len;
      break;
    }
  }
  const { n, title, at } = innerTitle(ts, k, b);
  if (at + n >= b) return;
  // "Conservative leader Michael Howard", "Lib Dem leader Charles Kennedy": a party before the role.
  let r = k - 1; // over "shadow", "former": "Tory shadow chancellor Oliver Letwin"
  while (r - 1 > a && (LEX.roleModifiers.has(ts[r - 1]!.norm) || LEX.roleTimes.has(ts[r - 1]!.norm))) r--;
  const party = at === k && r > a && isRole(ts[k - 1]!) ? partyBefore(ts, a, r) : null;
  if (party) {
    out.push(party);
    out.push(nameMention(ts, at, b, title));
    return;
  }
  let pre = at > k ? [k, at] : rolePrefix(ts, a, k, (i) => isProper(ts, i));
  // "Metropolitan Police Commissioner Sir John Stevens": the role closing the prefix is not the organisation.
  while (pre && pre[1]! > pre[0]! && isRole(ts[pre[1]! - 1]!)) pre = [pre[0]!, pre[1]! - 1];
  if (pre && pre[1]! > pre[0]!) {
    const f = nameMention(ts, pre[0]!, pre[1]!);
    if (f.kind === 'name' && (f.weight ?? 0) < W.context) Object.assign(f, { type: 'Organization', weight: W.context });
    out.push(f);
  }
  out.push(nameMention(ts, at, b, title));
}

/** A party named by its capitalised qualifier right before token `e` ("Conservative", "Lib Dem"), as a mention. */
function partyBefore(ts: readonly Token[], a: number, e: number): Found | null {
  for (const len of [2, 1]) {
    const s = e - len;
    if (s < a || ts.slice(s, e).some((t) => !/^\p{Lu}/u.test(t.text) || /[,;:()]/.test(t.post))) continue;
    const name = partyOf(spanText(ts, s, e));
    if (name) return { s, e, kind: 'name', type: 'Organization', place: name, weight: W.gazetteer };
  }
  return null;
}

/**
 * "the Iraqi government", "Iran's foreign ministry", "the US bankruptcy court": a lowercase
 * organisation noun with only common words, places and demonyms before it (not "the Asaib Ahl
 * al-Haq party", whose name is the mention); some nouns need a place before them (`bare`).
 */
function orgNounPhrase(ts: readonly Token[], s: number, b: number, bare: boolean): boolean {
  if (!/^\p{Ll}/u.test(ts[b - 1]!.text)) return false;
  let placed = false;
  for (let i = s; i < b - 1; i++) {
    const t = ts[i]!;
    const place =
      has(t, 'Place') ||
      has(t, 'Country') ||
      has(t, 'City') ||
      has(t, 'Demonym') ||
      /^[A-Z]{2,3}$/.test(t.text) ||
      gazetteerType(t.text) === 'Place';
    if (/^\p{Lu}/u.test(t.text) && !place && !(i === s && !isProper(ts, i))) return false;
    placed ||= place;
  }
  return bare || placed;
}

export function mentions(c: Analysed): Mentioned {
  const text = c.article?.text ?? '';
  const out: Mention[] = [];
  const info: MentionInfo[] = [];
  const all = c.tokens;
  const headlines = Array.from({ length: all.length }, (_, si) => isHeadline(all.at(si)!));
  caps = collectCaps(all, headlines);
  const messages = [...c.messages];
  for (let si = 0; si < all.length; si++) {
    headline = headlines[si]!;
    try {
      sentenceMentions(text, all.at(si)!, si, out, info);
    } catch (e) {
      messages.push({
        code: 'MENTIONS_FAILED',
        message: `could not read the mentions of sentence ${si}: ${(e as Error).message}`,
        source: c.record.source,
      });
    }
  }
  headline = false;
  personBySurname(out, info);
  return { ...c, mentions: out, mentionInfo: info, messages };
}

function sentenceMentions(text: string, ts: readonly Token[], si: number, out: Mention[], info: MentionInfo[]): void {
  const first = out.length;
  const cs = chunks(ts);
  chunkMentions(text, ts, cs, si, out, info);
  ownedNouns(text, ts, first, out, info);
  ofThings(text, ts, cs, first, out, info);
}

/**
 * A noun owned by a name is named with it. "India's government", "Russia's foreign ministry": a
 * government noun owned by a place, as "the Indian government" is, so that resolution reads it as
 * that country's (resolve/metonymy.ts) instead of an article's unnamed "government". "reforming
 * India's tax system", "riled by Oracle's takeover strategy": a thing owned by any name, whose
 * owner is what tells the reader which system or strategy is meant.
 */
function ownedNouns(text: string, ts: readonly Token[], first: number, out: Mention[], info: MentionInfo[]): void {
  for (let m = first; m < out.length; m++) {
    const at = info[m]!;
    const government = at.kind === 'group' && out[m]!.type === 'Organization';
    // So a collective ("Malaysia's central bank", "China's media"): its owner says which one.
    const thing = at.kind === 'thing' && (out[m]!.type === 'Concept' || out[m]!.type === 'Group') && !at.role;
    if (!(government || thing) || at.s === 0) continue;
    const owner = ts[at.s - 1]!;
    if (!/^\p{Lu}/u.test(owner.text) || !/['’]s?$/u.test(owner.text)) continue;
    const p = info.findIndex((x, j) => j >= first && x.e === at.s && x.kind === 'name' && (thing || out[j]!.type === 'Place'));
    if (p < 0 || /[,;()]/.test(out[p]!.name)) continue;
    const start = out[p]!.start;
    out[m] = { ...out[m]!, text: text.slice(start, out[m]!.end), name: `${out[p]!.name}'s ${out[m]!.name}`, start };
    info[m] = { ...at, s: info[p]!.s };
  }
}

const owner = (t: Token | undefined): boolean => has(t, 'Pronoun') || has(t, 'Possessive') || /['’]s?$/u.test(t?.text ?? '');
/** Nouns whose "of" phrase is no part of their name: a table relation, a quantity, a role or a speaker. */
const keepsOwnName = (w: string): boolean =>
  relatesThroughOf(w) ||
  THINGS.quantity.has(w) ||
  THINGS.namedOf.has(w) ||
  LEX.personRoles.has(w) ||
  LEX.titles.has(w) ||
  THINGS.speakers.has(w);

/**
 * Whether the phrase at `k` ("to", "in" …) belongs to the thing `head` before it: the tables say
 * the noun takes it ("access to telecoms", "a rise in coal prices"), and it is neither a relation
 * of its own ("talks with") nor a fixed adverbial ("a pay cut in return for").
 */
function complementOf(ts: readonly Token[], k: number, head: Token): boolean {
  const prep = ts[k]!.norm;
  if (!takesOwnPhrase(head.norm, prep) || nominalPredicate(head.norm, prep)) return false;
  return !LEX.adverbials.has(`${prep} ${ts[k + 1]?.norm ?? ''}`);
}

/**
 * "visited the tomb of Yasser Arafat", "outraged at the treatment of the detainees": a common-noun
 * thing before "of" and a name or group is named with it, since the point is in the "of" phrase.
 * A noun whose "of" carries a relation in the tables keeps its own name ("the sale of Yukos").
 * Other phrases only where the noun owns them (complementOf): "a rise in coal prices".
 */
function ofThings(
  text: string,
  ts: readonly Token[],
  cs: readonly [number, number][],
  first: number,
  out: Mention[],
  info: MentionInfo[],
): void {
  for (let m = first; m < out.length; m++) {
    const at = info[m]!;
    const head = ts[at.e - 1]!;
    const prep = ts[at.e]?.norm ?? '';
    if (!prep || at.kind !== 'thing' || out[m]!.type !== 'Concept' || at.role || /[,;:]/.test(head.post)) continue;
    if (prep === 'of') {
      // Nor a role or a speaker ("president of the Arab Gulf States Institute" is a person).
      if (keepsOwnName(head.norm) || keepsOwnName(head.root)) continue;
    } else if (!complementOf(ts, at.e, head)) continue;
    const k = at.e + (ts[at.e + 1]?.norm === 'the' ? 2 : 1);
    const b = cs.find(([a, e]) => a <= k && k < e)?.[1];
    // The "of" phrase is one whole name or group phrase: not the first of a list ("of X, Y and Z"),
    // not a possessor cut from its noun ("of Fiat's" before a misread "carmaking operations").
    if (b === undefined || owner(ts[b - 1]) || /,/.test(ts[b - 1]!.post)) continue;
    if (/^(?:and|or)$/.test(ts[b]?.norm ?? '') || (/^\p{Ll}/u.test(ts[b]?.text ?? '') && has(ts[b], 'Noun'))) continue;
    // After a phrase other than "of", a present-tense word is more likely a noun compromise misread
    // ("access to the US market for apparel", "to North American markets") than the sentence's verb.
    const misread = /^\p{Ll}/u.test(ts[b]?.text ?? '') && has(ts[b], 'PresentTense') && !has(ts[b], 'Auxiliary');
    if (prep !== 'of' && misread) continue;
    // Among the mentions after m (this sentence's: later ones are not read yet), not the whole article.
    let c = -1;
    for (let j = m + 1; j < info.length && c < 0; j++) {
      const x = info[j]!;
      if (x.s >= k && x.e === b && (x.kind === 'name' || x.kind === 'group' || x.kind === 'thing' || x.kind === 'event')) c = j;
    }
    // A pronoun possessor is no part of a name ("details of his budget" → "details of budget").
    const from = has(ts[k], 'Pronoun') || (has(ts[k], 'Possessive') && /^\p{Ll}/u.test(ts[k]!.text)) ? out[c]?.start : ts[k]!.start;
    const of = c < 0 ? '' : info[c]!.kind === 'name' && info[c]!.s === k ? out[c]!.name : text.slice(from, out[c]!.end);
    if (!of || /[,;()]/.test(of)) continue;
    const end = out[c]!.end;
    const name = `${out[m]!.name} ${prep} ${of}`;
    out[m] = { ...out[m]!, text: text.slice(out[m]!.start, end), name, end };
    info[m] = { ...at, e: info[c]!.e };
  }
}

function chunkMentions(
  text: string,
  ts: readonly Token[],
  cs: readonly [number, number][],
  si: number,
  out: Mention[],
  info: MentionInfo[],
): void {
  for (const [a, b] of cs) {
    const found: Found[] = [];
    for (const [s, e] of pieces(ts, a, b)) classify(ts, s, e, found);
    for (const f of found) {
      if (f.kind === 'drop') continue;
      const start = ts[f.s]!.start;
      const end = ts[f.e - 1]!.end;
      const nameStart = f.from !== undefined ? ts[f.from]!.start : f.kind === 'name' ? ts[f.s + innerTitle(ts, f.s, f.e).n]!.start : start;
      let name = f.place ?? cleanName(parsedSlice(text, ts, f.s, f.e, nameStart, end));
      if (f.kind === 'event') name = name.replace(/^(?:recent|latest|last|first|second|alleged|failed|attempted|deadly|fatal|new)\s+/i, '');
      // Generic phrases start lowercase ("The militias" → "militias"), unless they start with a name ("Iran-backed militias").
      if (
        f.kind !== 'name' &&
        !PROPER_TAGS.some((g) => has(ts[f.s], g)) &&
        !has(ts[f.s], 'Demonym') &&
        !placeOf(ts[f.s]!.text.split(/[-‐‑]/)[0] ?? '') &&
        !((f.kind === 'thing' || (f.kind === 'group' && f.e - f.s > 1)) && isProper(ts, f.s))
      )
        name = name.replace(/^\p{Lu}(?=\p{Ll})/u, (x) => x.toLowerCase());
      if (!name) continue;
      // "Popular Mobilization Forces (PMF)": the bracketed acronym is another name of the mention before it.
      const prev = out.length - 1;
      const paren =
        f.kind === 'name' &&
        f.e - f.s === 1 &&
        /\(/.test(ts[f.s]!.pre) &&
        /^\)/.test(ts[f.s]!.post) &&
        /^\p{Lu}[\p{Lu}.&-]{1,7}$/u.test(name);
      const aliasOf =
        paren &&
        prev >= 0 &&
        info[prev]!.kind === 'name' &&
        info[prev]!.sentence === si &&
        info[prev]!.e === f.s &&
        spellsOut(out[prev]!.name, name)
          ? prev
          : undefined;
      out.push({ text: text.slice(start, end), name, type: aliasOf !== undefined ? out[prev]!.type : f.type, sentence: si, start, end });
      info.push({
        sentence: si,
        s: f.s,
        e: f.e,
        kind: f.kind,
        ...(f.role ? { role: f.role } : {}),
        ...(f.weight ? { weight: f.weight } : {}),
        ...(aliasOf !== undefined ? { aliasOf } : {}),
        ...(f.reference ? { reference: f.reference } : {}),
      });
    }
  }
}
