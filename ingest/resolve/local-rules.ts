/**
 * Rules that join two names only inside one article, where the other name is in plain view:
 *   company-form  "PayPerAction" = "PayPerAction LLC" (never "Leadplex Inc" = "Leadplex LLC", nor
 *                 "record" = "record company": the form must be written as one; nor "natural gas" =
 *                 "Natural Gas Corporation": the short name is capitalised as the long one);
 *   short-name    "Deutsche" = "Deutsche Bank" (an organisation's first word before its head
 *                 noun; not "Commons" = "Commons committee", a part of it: partHeads),
 *                 "Supreme Court" = "US Supreme Court" (the name without its place); not
 *                 when the dropped words name a unit ("Barclays Capital") and the article named the
 *                 bare first word first (namesUnit, checked in local.ts);
 *   given-name    "Phil" = "Phil Spector" (a lone first name of one person named in full).
 * `variants` lists the shorter names a longer one may be called by, for the matcher's blocking.
 */
import gaz from '../data/gazetteer.json' with { type: 'json' };
import groups from '../data/groups.json' with { type: 'json' };
import type { EntityType } from '../types.js';
import { LEADING_HEADS, LEGAL_SUFFIXES, PART_HEADS, SERVICE_WORDS, UNIT_WORDS } from './data.js';
import { hasCompanyForm } from './keys.js';
import type { NameInfo } from './normalize.js';

const HEADS = new Set([...gaz.orgHeads, ...groups.orgHeads]);
const PLACES = new Set([...gaz.places, ...Object.keys(gaz.demonyms)]);

/** Shorter names a non-person name may be called by in the same article. */
export function variants(n: NameInfo): string[] {
  const t = n.tokens;
  if (t.length < 2) return [];
  const out: string[] = [];
  if (hasCompanyForm(n)) out.push(t.slice(0, -1).join(' '));
  // "Deutsche" = "Deutsche Bank", but "Commons" is no "Commons committee" (names.json partHeads).
  if (HEADS.has(t.at(-1)!) && !PART_HEADS.has(t.at(-1)!) && !PLACES.has(t[0]!)) out.push(t[0]!);
  // "Menatep" = "Group Menatep" (names.json leadingHeads)
  if (LEADING_HEADS.has(t[0]!)) out.push(t.slice(1).join(' '));
  let i = 0;
  while (i < t.length - 1 && PLACES.has(t[i]!)) i++;
  if (i > 0 && t.length - i >= 2) out.push(t.slice(i).join(' '));
  return out.filter((v) => v && v !== n.norm);
}

const initials = (n: NameInfo): boolean[] =>
  n.raw
    .split(/[\s&-]+/)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => /^[^\p{L}]*\p{Lu}/u.test(w));

/**
 * Whether the short name's words start with a capital where the long name's first words do, as
 * written: "eBay" is "eBay Inc", the fuel in "liquefied natural gas from Iran" (business/420) is not
 * "Natural Gas Corporation" (the Oil & Natural Gas Corporation, its name cut at "&").
 */
const sameCapitals = (short: NameInfo, long: NameInfo): boolean => {
  const s = initials(short);
  const l = initials(long);
  return s.length > 0 && s.length < l.length && s.every((c, i) => c === l[i]);
};

/**
 * The rule joining non-person names a and b in one article, or null (initials: see spellsOut).
 * A short name that names something of its own is no short name of a longer one it starts:
 * an acronym ("PC" is no "PC division", "OCC" no "OCC board") or a name that `listed` knows, the
 * alias file or acronym table ("BBC" is no "BBC World Service", "Labor" no "Labor Department",
 * "IAAF" no "IAAF Council"). Such a name joins a longer one only as its company form ("BT plc").
 */
export function localNameRule(a: NameInfo, b: NameInfo, listed: (n: NameInfo) => boolean = () => false): string | null {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length === long.tokens.length) return null;
  if (LEGAL_SUFFIXES.has(short.tokens.at(-1)!)) return null;
  if (!variants(long).includes(short.norm)) return null;
  if (hasCompanyForm(long) && long.tokens.slice(0, -1).join(' ') === short.norm) return sameCapitals(short, long) ? 'company-form' : null;
  // ... and a lower-case word is no name at all ("world" is no short name of "World Health Organization").
  return short.acronym || listed(short) || !/^\p{Lu}/u.test(short.raw.trim()) ? null : 'short-name';
}

/**
 * Whether `long` names a unit of its own beside the organisation its short name `short` names
 * (data: names.json unitWords, among the words the short name drops): "Barclays Capital" and
 * "Barclays Capital investment bank" beside "Barclays", "Sky News" beside "Sky".
 * Such a pair is one organisation only when the article introduces it by the long name (the
 * caller knows the order): "Cairn Energy ... Cairn" is one company, "Barclays, the UK's
 * third-biggest bank ... Barclays Capital investment bank" two.
 */
export const namesUnit = (long: NameInfo, short: NameInfo, words: ReadonlySet<string> = UNIT_WORDS): boolean =>
  variants(long).includes(short.norm) && long.tokens.some((w) => words.has(w) && !short.tokens.includes(w));

/** Whether `long` is a service of what `short` names ("Google News" of "Google"; names.json serviceWords). */
export const namesService = (long: NameInfo, short: NameInfo): boolean => namesUnit(long, short, SERVICE_WORDS);

/** "Phil" = "Phil Spector": a one-word person name that is the first name of a person named in full. */
export function givenNameRule(a: NameInfo, ta: EntityType, b: NameInfo, tb: EntityType): string | null {
  if (ta !== 'Person' || tb !== 'Person') return null;
  const [one, full] = a.tokens.length === 1 ? [a, b] : [b, a];
  if (one.tokens.length !== 1 || full.tokens.length < 2) return null;
  return one.tokens[0] === full.tokens[0] && one.tokens[0] !== full.tokens.at(-1) ? 'given-name' : null;
}

const SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * Whether `long` spells out the short form `short` letter by letter: "Popular Mobilization Forces"
 * (PMF), "UK Independence Party" (UKIP: a capitalised short word gives all its letters), "the
 * Associated Press" (AP), "Islamic State" (ISIS: the start of it). A bracketed short form after a name is its definition only then:
 * "Andy Roddick (US)" is a nationality, not a definition.
 */
export function spellsOut(long: string, short: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2) return false;
  const words = long
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''));
  const initials = (skip: boolean): string =>
    words
      .filter((w) => w && !(skip && SKIP.has(w.toLowerCase())))
      .map((w) => (/^\p{Lu}{2,5}$/u.test(w) ? w.toLowerCase() : w[0]!.toLowerCase()))
      .join('');
  if (initials(true) === letters || initials(false) === letters) return true;
  // "Islamic State (ISIS)": the name spells out the start of a longer short form.
  if (initials(true).length >= 2 && letters.startsWith(initials(true)) && words.length >= 2) return true;
  // "US Federal Trade Commission (FTC)": the place before the name is no part of its short form.
  return words.length > 2 && PLACES.has(words[0]!.toLowerCase()) && spellsOut(words.slice(1).join(' '), short);
}
