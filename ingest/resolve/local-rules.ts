/**
 * Rules that join two names only inside one article, where the other name is in plain view:
 *   company-form  "PayPerAction" = "PayPerAction LLC" (never "Leadplex Inc" = "Leadplex LLC");
 *   short-name    "Deutsche" = "Deutsche Bank" (an organisation's first word before its head
 *                 noun), "Supreme Court" = "US Supreme Court" (the name without its place);
 *   given-name    "Phil" = "Phil Spector" (a lone first name of one person named in full).
 * `variants` lists the shorter names a longer one may be called by, for the matcher's blocking.
 */
import gaz from '../data/gazetteer.json' with { type: 'json' };
import groups from '../data/groups.json' with { type: 'json' };
import type { EntityType } from '../types.js';
import { LEGAL_SUFFIXES } from './data.js';
import type { NameInfo } from './normalize.js';

const HEADS = new Set([...gaz.orgHeads, ...groups.orgHeads]);
const PLACES = new Set([...gaz.places, ...Object.keys(gaz.demonyms)]);

/** Shorter names a non-person name may be called by in the same article. */
export function variants(n: NameInfo): string[] {
  const t = n.tokens;
  if (t.length < 2) return [];
  const out: string[] = [];
  if (LEGAL_SUFFIXES.has(t.at(-1)!)) out.push(t.slice(0, -1).join(' '));
  if (HEADS.has(t.at(-1)!) && !PLACES.has(t[0]!)) out.push(t[0]!);
  let i = 0;
  while (i < t.length - 1 && PLACES.has(t[i]!)) i++;
  if (i > 0 && t.length - i >= 2) out.push(t.slice(i).join(' '));
  return out.filter((v) => v && v !== n.norm);
}

/** The rule joining non-person names a and b in one article, or null. */
export function localNameRule(a: NameInfo, b: NameInfo): string | null {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length === long.tokens.length) return null;
  if (LEGAL_SUFFIXES.has(short.tokens.at(-1)!)) return null;
  if (!variants(long).includes(short.norm)) return null;
  return LEGAL_SUFFIXES.has(long.tokens.at(-1)!) && long.tokens.slice(0, -1).join(' ') === short.norm ? 'company-form' : 'short-name';
}

/** "Phil" = "Phil Spector": a one-word person name that is the first name of a person named in full. */
export function givenNameRule(a: NameInfo, ta: EntityType, b: NameInfo, tb: EntityType): string | null {
  if (ta !== 'Person' || tb !== 'Person') return null;
  const [one, full] = a.tokens.length === 1 ? [a, b] : [b, a];
  if (one.tokens.length !== 1 || full.tokens.length < 2) return null;
  return one.tokens[0] === full.tokens[0] && one.tokens[0] !== full.tokens.at(-1) ? 'given-name' : null;
}
