/**
 * Type evidence for one name mention, each with a weight: the gazetteer (ingest/data/gazetteer.json),
 * heads and leading words of the name, and cues in the words around it. resolve/vote.ts adds the
 * weights of all of an entity's mentions, so one strong cue ("Mr", "Bank", "in") outweighs a guess.
 */
import known from '../data/companies.json' with { type: 'json' };
import gaz from '../data/gazetteer.json' with { type: 'json' };
import type { Token } from '../parse.js';
import type { EntityType } from '../types.js';
import { LEX } from './lexicon.js';
import { orgKind } from './things.js';
import { breakAfter, has } from './tokens.js';

export interface Evidence {
  type: EntityType;
  weight: number;
}

/** Weights: world knowledge > the name's own words > context > compromise's tags > a default. */
export const W = { gazetteer: 4, head: 3, title: 3, context: 2, tag: 1.5, cue: 1.25, weakTag: 1, weakContext: 1, guess: 0.5 } as const;

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
export const PLACES = set(gaz.places);
const ORGS = set([...gaz.organizations, ...known.companies]);
const WORKS = set(known.works);
/** Nouns right before the title of a work ('the game Halo'). */
export const WORK_CUES = set(gaz.workCues);
/** Name words a following number belongs to ("Number 10", "Radio 4"). */
export const NUMBERED = set(gaz.numberedNames);
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(gaz.demonyms));
const ORG_LEADS = set(gaz.orgLeads);
const PLACE_HEADS = set(gaz.placeHeads);
/** Last words that make a name a place ("Tiaret region", "Anbar province"). */
export const PLACE_HEAD: ReadonlySet<string> = PLACE_HEADS;
const CONCEPT_HEADS = set(gaz.conceptHeads);
const EVENT_NAME_HEADS = set(gaz.eventNameHeads);
const ORG_HEADS = set(gaz.orgHeads);
export const ORG_HEAD: ReadonlySet<string> = ORG_HEADS;
const ORG_CUES = set(gaz.orgCues);
/** Posts held in a company or body, before "of"/"at" and its name (gazetteer.json employerRoles). */
const EMPLOYER_ROLES = set(gaz.employerRoles);
const PERSON_CUES = set(gaz.personCues);
export const PERSON_CUE: ReadonlySet<string> = PERSON_CUES;
const ORG_AFTER = set(gaz.orgAfter);
const COMMON_SUFFIX = new RegExp(`(?:${gaz.commonSuffixes.join('|')})$`);
/** A word with a common-noun ending ("Strategy" no, "Equality" yes): not part of a person's name. */
export const commonWord = (t: Token): boolean => t.norm.length > 5 && COMMON_SUFFIX.test(t.norm);
export const NOT_NAMES = set(gaz.notNames);
const PLACE_PREPS = set(['in', 'from', 'near', 'across', 'throughout', 'inside', 'outside', 'around', 'towards', 'toward']);
const PERSON_PRONOUNS = set(['he', 'she']);
/** "Soleimani's successor", "X's death": what only people have. */
const PERSON_POSSESSED = set(gaz.personPossessed);
/** "X was killed", "X was elected": what happens only to people. */
const PERSON_FATES = set(gaz.personFates);
const BE_PAST = set(['was', 'were', 'had', 'has', 'been']);

/** Lookup key of a name: numeric character references decoded and accents folded ("S&#227;o Paulo" → "sao paulo"). */
const key = (name: string): string =>
  name
    .replace(/&#(\d{1,6});/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const word = (t: Token | undefined): string =>
  t
    ? t.text
        .toLowerCase()
        .replace(/[.]$/, '')
        .replace(/['’]s?$/u, '')
    : '';

/** The gazetteer's type for a whole name, if it lists it. */
export function gazetteerType(name: string): EntityType | null {
  const k = key(name);
  if (WORKS.has(k)) return 'Concept';
  if (ORGS.has(k)) return 'Organization';
  if (PLACES.has(k)) return 'Place';
  return DEMONYMS.has(k) ? 'Place' : null;
}

const PRODUCT_CASE = /^(?:\p{Ll}{1,2}|I)\p{Lu}\p{Ll}/u;

/** Evidence from the name's own words: its last word (head) or first word ("Kataib X", "Bank of X"). */
export function headType(ts: readonly Token[], s: number, e: number): EntityType | null {
  const last = word(ts[e - 1]);
  // "iPod", "Apple iPod", "iTunes" (headlines: "ITunes"): a brand written in camel case names a
  // product, never a person.
  if (PRODUCT_CASE.test(ts[e - 1]!.text) && (e - s === 1 || !PRODUCT_CASE.test(ts[s]!.text))) return 'Concept';
  if (LEX.orgHeads.has(last) || ORG_HEADS.has(last) || (e - s > 1 && LEX.groupHeads.has(last) && /^\p{Lu}/u.test(ts[e - 1]!.text)))
    return 'Organization';
  // "Federal Bureau of Investigation", "Department of Health": the body before "of" is the head.
  for (let i = s; i < e - 1; i++) {
    if (
      (ts[i + 1]!.norm === 'of' || ts[i + 1]!.norm === 'for') &&
      /^\p{Lu}/u.test(ts[i]!.text) &&
      (LEX.orgHeads.has(word(ts[i])) || LEX.namesBeforeOf.has(word(ts[i])) || ORG_HEADS.has(word(ts[i])) || ORG_LEADS.has(word(ts[i])))
    )
      return 'Organization';
  }
  if (e - s > 1 && PLACE_HEADS.has(last)) return 'Place';
  // "Hunting Bill", "Booker Prize": a law or a prize; "Brit Awards": a ceremony (gazetteer.json).
  if (e - s > 1 && /^\p{Lu}/u.test(ts[e - 1]!.text)) {
    if (CONCEPT_HEADS.has(last)) return 'Concept';
    if (EVENT_NAME_HEADS.has(last)) return 'Event';
  }
  if (e - s > 1 && LEX.eventHeads.has(last)) return 'Event';
  if (e - s > 1 && ORG_LEADS.has(word(ts[s]))) return 'Organization';
  if (ts.slice(s + 1, e - 1).some((t) => t.text === '&')) return 'Organization'; // "Ernst & Young", "Marks & Spencer"
  return null;
}

/**
 * "Rockstar Games, the makers of Manhunt,", "Nokia, the Finnish handset maker,": a company noun
 * heads the description after the name (a maker or makers of something, a bank, an airline).
 */
function companyAfter(ts: readonly Token[], e: number): boolean {
  if (!/^(?:the|a|an)$/.test(ts[e]?.norm ?? '')) return false;
  for (let k = e + 1; k < e + 5 && ts[k]; k++) {
    const w = ts[k]!.norm;
    if (orgKind(w) === 'company' || (/s$/.test(w) && orgKind(w.slice(0, -1)) === 'company' && ts[k + 1]?.norm === 'of'))
      return (
        !LEX.personRoles.has(w) &&
        (breakAfter(ts[k]) || ts[k + 1]?.norm === 'of' || /^(?:in|for|by|which|that)$/.test(ts[k + 1]?.norm ?? ''))
      );
    // (a modifier may be an -ing word or a hyphenated one: "the Gibraltar-based holding company which")
    if (breakAfter(ts[k]) || (!has(ts[k], 'Noun') && !has(ts[k], 'Adjective') && !has(ts[k], 'Gerund') && !has(ts[k], 'Hyphenated')))
      return false;
  }
  return false;
}

/** Evidence from the words around a name [s, e): descriptors before it, a preposition, a pronoun after "said". */
export function contextType(ts: readonly Token[], s: number, e: number): Evidence | null {
  const before = ts[s - 1];
  const bw = word(before);
  // "who presents The Weakest Link", "told The Observer": a capital "The" inside a sentence
  // belongs to the title of a work, a paper or a band, never to a person's name.
  if ((before?.text === 'The' && s > 1) || (ts[s]!.text === 'The' && s > 0 && e - s > 1))
    return { type: 'Organization', weight: W.context };
  if (before && !/[,;:()]/.test(before.post)) {
    // Two-word cues first: "music producer Phil Spector" is a person, "oil producer Yukos" a company.
    if (s >= 2 && !/[,;:()]/.test(ts[s - 2]!.post) && PERSON_CUES.has(`${word(ts[s - 2])} ${bw}`))
      return { type: 'Person', weight: W.context };
    if (WORK_CUES.has(bw)) return { type: 'Concept', weight: W.context };
    if (ORG_CUES.has(bw)) return { type: 'Organization', weight: W.context };
    if (PERSON_CUES.has(bw)) return { type: 'Person', weight: W.context };
    if (PLACE_PREPS.has(bw) && e - s === 1 && !has(ts[e], 'Possessive')) return { type: 'Place', weight: W.weakContext };
    // "chief executive of Telewest Broadband", "president at Telewest": a post's employer
    if (/^(?:of|at)$/.test(bw) && s >= 2 && !/[,;:()]/.test(ts[s - 2]!.post) && EMPLOYER_ROLES.has(word(ts[s - 2])))
      return { type: 'Organization', weight: W.context };
  }
  const after = ts[e];
  const last = ts[e - 1]!;
  if (after && /,/.test(last.post) && after.norm === 'who') return { type: 'Person', weight: W.context };
  if (after && /,/.test(last.post) && companyAfter(ts, e)) return { type: 'Organization', weight: W.context };
  if (after && !/[,;:()]/.test(last.post) && ORG_AFTER.has(after.norm)) return { type: 'Organization', weight: W.cue };
  if (after && /['’]s?$/u.test(last.text) && PERSON_POSSESSED.has(after.norm)) return { type: 'Person', weight: W.context };
  if (after && BE_PAST.has(after.norm)) {
    const v = ts[e + 1]?.norm === 'been' ? ts[e + 2] : ts[e + 1];
    if (v && PERSON_FATES.has(v.norm)) return { type: 'Person', weight: W.context };
  }
  // "X said he ...", "X says it will ..."
  if (after && LEX.reporting.has(after.root) && !/[,;:]/.test(last.post)) {
    const p = ts[e + 1]?.norm === 'that' ? ts[e + 2] : ts[e + 1];
    if (p && PERSON_PRONOUNS.has(p.norm)) return { type: 'Person', weight: W.context };
    if (p && p.norm === 'it') return { type: 'Organization', weight: W.weakContext };
  }
  return null;
}
