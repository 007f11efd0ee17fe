/**
 * The cross-article identity key of one article's entity, from the article's own evidence only
 * (so resolution never depends on which other articles were seen first):
 *   person  `n:<given> <surname>`  when the article names the person in full (the same key a
 *           two-word name mistyped as an organisation gets); a bare surname ("Mr Howard") stays
 *           in its article.
 *   name    `n:<transliteration key>` of the fullest name (company forms dropped); a short form
 *           of 2-3 letters with no expansion in the article ("IBM", "DS") stays in its article
 *           unless the alias file or the acronym table names it (applied across articles).
 *   group   `grp:<head>|<qualifiers>` when qualified ("US officials"), else article-scoped.
 *   event   `ev:<family>|<target key>|<date>` when target and date are known, else article-scoped.
 */
import type { EntityKind, EntityType, Scope } from '../types.js';
import { LEGAL_SUFFIXES } from './data.js';
import { groupKey, type GroupSig } from './groups.js';
import type { NameInfo } from './normalize.js';

export interface Keyed {
  key: string;
  scope: Scope;
}

/** A short form: an acronym of at most three letters, or a one-word name of at most three letters. */
export const isShortForm = (n: NameInfo): boolean => (n.acronym ? n.acronym.length <= 3 : n.tokens.length === 1 && n.letters <= 3);

/** The transliteration key of a non-person name, company forms ("Inc", "LLC") dropped. */
export function nameKey(n: NameInfo): string {
  let keys = n.keys;
  while (keys.length > 1 && LEGAL_SUFFIXES.has(n.tokens[keys.length - 1]!)) keys = keys.slice(0, -1);
  return keys.join(' ');
}

export function personKey(n: NameInfo): Keyed {
  if (n.tokens.length >= 2) return { key: `n:${n.keys[0]} ${n.keys.at(-1)}`, scope: 'global' };
  return { key: `p:${n.tkey}`, scope: 'article' };
}

/** Key of a named (non-person) entity known by `names`, fullest first. */
export function namedKey(names: readonly NameInfo[]): Keyed {
  const long = names.find((n) => !isShortForm(n));
  if (long) return { key: `n:${nameKey(long)}`, scope: 'global' };
  const n = names[0]!;
  return { key: `s:${n.acronym || n.norm}`, scope: 'article' };
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
