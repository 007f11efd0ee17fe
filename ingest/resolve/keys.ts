/**
 * The cross-article identity key of one article's entity, from the article's own evidence only
 * (so resolution never depends on which other articles were seen first):
 *   person  `n:<given> <middle names> <surname>` (transliteration keys; initials left out) when
 *           the article names the person in full (the same key a proper name of two words or more
 *           mistyped as an organisation gets): "Jerry Lee Lewis" is not "Jerry Lewis", "George W
 *           Bush" is "George Bush"; a bare surname ("Mr Howard") stays in its article.
 *   name    `n:<key>` of the fullest name: the transliteration key for a proper name of two words
 *           or more ("Diamound Multimedia"), else the spelling (one word, or lower case: "Nike" is
 *           not "Nikkei", "new rules" not "new roles"); company forms dropped when written as one
 *           ("Sony Corporation" = "Sony", not "record company" = "record"), unless that leaves
 *           one common English word: "Good Company" (the film In Good Company, cut) keys as
 *           "good|co", never as the "Good" of another article (commonWord). A short form of 2-3
 *           letters with no expansion in the article ("IBM", "DS") stays in its article unless
 *           the alias file or the acronym table names it (applied across articles).
 *   common  a name with no capital ("party", "report", "people") stays in its article.
 *   group   `grp:<head>|<qualifiers>` when qualified ("US officials"), else article-scoped.
 *   event   `ev:<family>|<target key>|<date>` when target and date are known, else article-scoped.
 */
import type { EntityKind, EntityType, Scope } from '../types.js';
import { lexiconTags } from '../parse.js';
import { COMMON_WORD_TAGS, LEGAL_SUFFIX_SHORT, LEGAL_SUFFIXES } from './data.js';
import { groupKey, type GroupSig } from './groups.js';
import type { NameInfo } from './normalize.js';

export interface Keyed {
  key: string;
  scope: Scope;
}

/** A short form: an acronym of at most three letters, or a one-word name of at most three letters. */
export const isShortForm = (n: NameInfo): boolean => (n.acronym ? n.acronym.length <= 3 : n.tokens.length === 1 && n.letters <= 3);

/** Every word of the name as written starts with a capital (or a digit): a proper name, not "new rules". */
const proper = (n: NameInfo): boolean =>
  n.raw
    .split(/[\s-]+/)
    .filter((w) => /\p{L}/u.test(w) && !/^(?:of|the|and|for|de|du|des|la|le|al|el|&)$/i.test(w))
    .every((w) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w));

/** A company form ends the name as written ("Sony Corporation", "BT plc"), not a common noun ("record company"). */
export const hasCompanyForm = (n: NameInfo): boolean =>
  n.tokens.length > 1 && LEGAL_SUFFIXES.has(n.tokens.at(-1)!) && /(?:^|\s)(?:\p{Lu}|plc\b|ag\b)[^\s]*$/u.test(n.raw.trim());

/** Spelling key of one token: "-isation" = "-ization"; nothing else ("pool" is not "poll", "Leeds" not "LEDs"). */
const spelling = (t: string): string => t.replace(/isation/g, 'ization');

/**
 * A common English word: one compromise's word list gives an open-class tag (names.json
 * commonWordTags: "good" an adjective, "steel" a mass noun), not a name ("sony" an organisation)
 * or a word it does not list ("yukos"). Such a word alone names nothing in particular: "Good"
 * and "Steel" of one article (film and TV titles) are not "Good Company" and "Steel Co" of another.
 */
export const commonWord = (token: string): boolean => lexiconTags(token).some((t) => COMMON_WORD_TAGS.has(t));

/**
 * The cross-article key of a non-person name (see the header), company forms dropped, unless
 * they leave one common word: then the name keeps its forms, in their short spelling ("Good
 * Company" → "good|co"), and meets only the same name with its form.
 */
export function nameKey(n: NameInfo): string {
  let len = n.tokens.length;
  if (hasCompanyForm(n)) while (len > 1 && LEGAL_SUFFIXES.has(n.tokens[len - 1]!)) len--;
  if (len === 1 && n.tokens.length > 1 && commonWord(n.tokens[0]!))
    return [n.tokens[0]!, ...n.tokens.slice(1).map((t) => LEGAL_SUFFIX_SHORT.get(t) ?? t)].join('|');
  return len >= 2 && proper(n) ? n.keys.slice(0, len).join(' ') : n.tokens.slice(0, len).map(spelling).join(' ');
}

export function personKey(n: NameInfo): Keyed {
  if (n.tokens.length < 2) return { key: `p:${n.tkey}`, scope: 'article' };
  const middle = n.keys.slice(1, -1).filter((_, i) => n.tokens[i + 1]!.length > 1);
  return { key: `n:${[n.keys[0], ...middle, n.keys.at(-1)].join(' ')}`, scope: 'global' };
}

/** Key of a named (non-person) entity known by `names`, fullest first. */
export function namedKey(names: readonly NameInfo[]): Keyed {
  const long = names.find((n) => !isShortForm(n));
  if (long) return { key: `n:${nameKey(long)}`, scope: 'global' };
  const n = names[0]!;
  return { key: `s:${n.acronym || n.norm}`, scope: 'article' };
}

/**
 * The key of an entity known by `names` (fullest first) that is neither a generic group nor an
 * event. A common noun ("party", "report", "people", "spokesman": no capital in any of its names)
 * names no one beyond its article, so it stays there.
 */
export function namesKey(type: EntityType, names: readonly NameInfo[]): Keyed {
  if (!names.some((n) => /\p{Lu}/u.test(n.raw))) return { key: `c:${names[0]!.norm}`, scope: 'article' };
  return type === 'Person' ? personKey(names[0]!) : namedKey(names);
}

export function groupKeyed(g: GroupSig): Keyed {
  const key = groupKey(g);
  return key ? { key, scope: 'global' } : { key: `grp:${g.head}`, scope: 'article' };
}

export function eventKeyed(family: string, plural: boolean, targetKey: string | undefined, time: string | undefined): Keyed {
  if (!plural && targetKey && time) return { key: `ev:${family}|${targetKey}|${time}`, scope: 'global' };
  return { key: `ev:${family}${plural ? '+' : ''}`, scope: 'article' };
}

export function kindOf(type: EntityType, mentionKind: string | undefined, fullest: NameInfo): EntityKind {
  if (mentionKind === 'group') return 'group';
  if (mentionKind === 'event') return 'event';
  if (type === 'Person') return 'person';
  return isShortForm(fullest) ? 'short' : 'name';
}
