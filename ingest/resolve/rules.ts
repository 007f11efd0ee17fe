/**
 * When two names denote the same entity, and by which rule. Each rule is a small pure test;
 * `matchRule` tries them in order of strength. Person names never match non-person names.
 */
import type { EntityType } from '../types.js';
import type { AliasTable } from './aliases.js';
import type { NameInfo } from './normalize.js';
import { givenNameRule, localNameRule, spellsOut } from './local-rules.js';
import { defaultAcronyms } from './tables.js';
import { editDistance } from './translit.js';

export type Rule =
  | 'exact'
  | 'alias-file'
  | 'acronym'
  | 'company-form'
  | 'transliteration'
  | 'compact'
  | 'surname'
  | 'short-name'
  | 'spelling'
  | 'given-name';
/** Strongest first; a lookup keeps the candidates matched by the strongest rule. */
export const RULE_ORDER: readonly Rule[] = [
  'exact',
  'alias-file',
  'acronym',
  'company-form',
  'transliteration',
  'compact',
  'surname',
  'short-name',
  'spelling',
  'given-name',
];

const FAMILY: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'org',
  Group: 'org',
  Place: 'place',
  Event: 'event',
  Concept: 'concept',
};

/** Same family (Organization and Group are one family); `loose` lets non-person families mix. */
export function typesCompatible(a: EntityType, b: EntityType, loose: boolean): boolean {
  if ((a === 'Person') !== (b === 'Person')) return false;
  return loose || FAMILY[a] === FAMILY[b];
}

/** Spelling variants need long keys; shorter tokens must agree on the transliteration key. */
const MIN_FUZZY = 6;
const MIN_TRANSLIT = 4;

type TokenMatch = 'same' | 'translit' | 'spelling' | null;

/** Inside one article a long surname may be two edits off ("Khordokovsky" ... "Khodorkovsky"). */
const MIN_FUZZY2 = 9;

export function tokenMatch(a: string, b: string, ka: string, kb: string, local = false): TokenMatch {
  if (a === b) return 'same';
  if (ka === kb && Math.min(a.length, b.length) >= MIN_TRANSLIT) return 'translit';
  if (Math.min(ka.length, kb.length) >= MIN_FUZZY && editDistance(ka, kb, 1) <= 1) return 'spelling';
  if (local && Math.min(ka.length, kb.length) >= MIN_FUZZY2 && editDistance(ka, kb, 2) <= 2) return 'spelling';
  return null;
}

/**
 * Given names agree when either side has none, or when the shorter list matches, in order, tokens
 * of the longer one ("Mustafa" ~ "Iraq Mustafa", "George" ~ "George W."; not "John" ~ "Jane").
 * An initial matches its letter.
 */
function givensMatch(a: NameInfo, b: NameInfo): TokenMatch {
  const ga = a.tokens.slice(0, -1).map((t, i) => [t, a.keys[i]!] as const);
  const gb = b.tokens.slice(0, -1).map((t, i) => [t, b.keys[i]!] as const);
  if (!ga.length || !gb.length) return 'same';
  const [short, long] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
  let worst: TokenMatch = 'same';
  let j = 0;
  for (const [t, k] of short) {
    let m: TokenMatch = null;
    for (; j < long.length && !m; j++) {
      const [u, ku] = long[j]!;
      m = (t.length === 1 || u.length === 1) && t[0] === u[0] ? 'same' : tokenMatch(t, u, k, ku);
    }
    if (!m) return null;
    if (m === 'spelling' || (m === 'translit' && worst === 'same')) worst = m;
  }
  return worst;
}

const givensOk = (a: NameInfo, b: NameInfo): boolean => givensMatch(a, b) !== null;

/** Surname must match; given names must be compatible. */
export function personRule(a: NameInfo, b: NameInfo, local = false): Rule | null {
  const sur = tokenMatch(a.tokens.at(-1)!, b.tokens.at(-1)!, a.keys.at(-1)!, b.keys.at(-1)!, local);
  if (!sur) return null;
  const giv = givensMatch(a, b);
  // One misspelt token is a variant; two (given name and surname) is another person.
  if (!giv || (sur === 'spelling' && giv === 'spelling')) return null;
  if (sur === 'spelling' || giv === 'spelling') return 'spelling';
  if (sur === 'translit' || giv === 'translit') return 'transliteration';
  return 'surname';
}

/** The letters of a name, spaced or not ("TimeWarner" and "Time Warner"), when six or more: else ''. */
export const compactName = (n: NameInfo): string => (n.acronym || n.letters < 6 ? '' : n.tokens.join(''));

/**
 * Whole-name variants for organisations, places, events: same key, or one letter apart if long,
 * or the same letters spaced otherwise ("Plus.net" and "Plusnet", "Sony BMG" and "SonyBMG").
 */
export function wholeNameRule(a: NameInfo, b: NameInfo): Rule | null {
  const letters = compactName(a);
  if (letters && letters === compactName(b) && a.tokens.length !== b.tokens.length) return 'compact';
  if (a.tokens.length !== b.tokens.length || Math.min(a.letters, b.letters) < 5) return null;
  if (a.tkey === b.tkey) return 'transliteration';
  if (Math.min(a.tkey.length, b.tkey.length) >= 8 && editDistance(a.tkey, b.tkey, 1) <= 1) return 'spelling';
  return null;
}

export const isShort = (n: NameInfo, type: EntityType): boolean => n.tokens.length === 1 && n.letters <= (type === 'Person' ? 3 : 4);

/**
 * Inside one article, a one-word organisation name may be a person's surname mistyped by the
 * mention tagger ("Kadimi's office"): it may join a person. Places never join people.
 */
function localPersonOrg(a: NameInfo, ta: EntityType, b: NameInfo, tb: EntityType): boolean {
  const [p, o, on] = ta === 'Person' ? [ta, tb, b] : [tb, ta, a];
  return p === 'Person' && FAMILY[o] === 'org' && on.tokens.length === 1;
}

/**
 * The rule by which name `a` (type ta) denotes the same entity as name `b` (type tb), or null.
 * `local`: both names come from one article (same spelling always merges; see localPersonOrg).
 */
export function matchRule(a: NameInfo, ta: EntityType, b: NameInfo, tb: EntityType, aliases: AliasTable, local = false): Rule | null {
  if (a.norm === b.norm) return local || typesCompatible(ta, tb, true) ? 'exact' : null;
  // Two names listed in the alias file: on one line they merge (whatever types the mentions
  // were given), on different lines they never do.
  const ga = aliases.groupOf(a.raw);
  const gb = aliases.groupOf(b.raw);
  if (ga && gb) return ga === gb ? 'alias-file' : null;
  if (local && localPersonOrg(a, ta, b, tb)) return isShort(a, 'Person') || isShort(b, 'Person') ? null : personRule(a, b);
  if (!typesCompatible(ta, tb, true)) return null;
  // Initials in the same article: three letters or more, never a word of the long name ("US Senate" is no "US").
  if (ta !== 'Person' && tb !== 'Person') {
    const [short, long] = a.acronym ? [a, b] : [b, a];
    if (short.acronym && short.acronym.length >= 3 && !long.tokens.includes(short.acronym) && spellsOut(long.raw, short.raw))
      return 'acronym';
  }
  // A place is never the short name of what bears its name ("US" is no "US company").
  if (local && ta !== 'Person' && tb !== 'Person' && (ta === 'Place') === (tb === 'Place')) {
    const r = localNameRule(a, b, (n) => !!aliases.groupOf(n.raw) || !!defaultAcronyms().table.groupOf(n.raw));
    if (r) return r as Rule;
  }
  if (local && givenNameRule(a, ta, b, tb)) return 'given-name';
  // A short surname ("Bryn Fôn" ... "Fôn") joins its full name in the same article when spelt the same.
  if (local && ta === 'Person' && tb === 'Person' && (isShort(a, ta) || isShort(b, tb)))
    return a.tokens.at(-1) === b.tokens.at(-1) && Math.min(a.letters, b.letters) >= 2 && givensOk(a, b) ? 'surname' : null;
  if (isShort(a, ta) || isShort(b, tb) || !typesCompatible(ta, tb, false)) return null;
  return ta === 'Person' ? personRule(a, b, local) : wholeNameRule(a, b);
}
