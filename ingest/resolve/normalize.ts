/**
 * Name normalisation: fold accents and case, drop titles (people), articles ("al-", "the") and
 * punctuation, then derive the keys the matcher compares: per-token transliteration keys, the
 * surname key, initials and, for all-caps short names, the acronym.
 */
import type { EntityType } from '../types.js';
import { HYPHEN_ONLY, INITIALS_SKIP, LEADING, PARTICLES, TITLES } from './data.js';
import { translitKey } from './translit.js';
import { Lru } from '../lru.js';

export interface NameInfo {
  /** As given. */
  raw: string;
  /** Folded tokens without titles and articles: "Mustafa al-Kadhimi" → ["mustafa", "kadhimi"]. */
  tokens: string[];
  /** tokens joined by spaces ('' when nothing is left). */
  norm: string;
  /** Per-token transliteration keys. */
  keys: string[];
  /** keys joined by spaces. */
  tkey: string;
  /** Initials of a multi-word name ("cia"), else ''. */
  initials: string;
  /** The letters of an all-caps short name ("U.S." → "us"), else ''. */
  acronym: string;
  /** Letters in the name (short names merge only by exact match, alias or acronym). */
  letters: number;
}

/** Lowercase, accents removed, apostrophes dropped, other punctuation → space. */
export const normName = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function dropTitles(tokens: string[]): string[] {
  for (let changed = true; changed && tokens.length > 1; ) {
    changed = false;
    const t = TITLES.find((title) => title.length < tokens.length && title.every((w, i) => tokens[i] === w));
    if (t) [tokens, changed] = [tokens.slice(t.length), true];
  }
  return tokens;
}

/** Split on spaces and hyphens; "al-X" loses its article, and so does "Al X" (a lone "Al" falls back in parseName). */
function splitTokens(raw: string): string[] {
  const out: string[] = [];
  for (const word of raw.split(/\s+/).filter(Boolean)) {
    const parts = word
      .split(/[-‐‑–]/)
      .map(normName)
      .filter(Boolean);
    parts.forEach((p, i) => {
      const hyphenated = i < parts.length - 1;
      if (PARTICLES.has(p) && (hyphenated || !HYPHEN_ONLY.has(p))) return;
      out.push(...p.split(' '));
    });
  }
  return out;
}

const ACRONYM = /^(?:[A-Z]\.?){2,6}$/;

/**
 * Names parsed and kept, those used last: an article names the same few over and over, and a
 * huge one names tens of thousands (kept all, they were some 40 MB of a 5 MB article's heap).
 * A name parsed again gives an equal NameInfo; nothing compares them by identity but caches.
 */
const memo = new Lru<string, NameInfo>(8192);

/** Parse a name (memoised: the same names recur within and across articles). */
export function parseName(raw: string, type?: EntityType): NameInfo {
  const key = `${type === 'Person' ? 'P' : '-'}${raw}`;
  return memo.get(key) ?? memo.set(key, parseNameUncached(raw, type));
}

function parseNameUncached(raw: string, type?: EntityType): NameInfo {
  const compact = raw.replace(/\s+/g, '');
  const acronym = ACRONYM.test(compact) ? compact.replace(/\./g, '').toLowerCase() : '';
  let tokens = acronym ? [acronym] : splitTokens(raw.replace(/['’]s$/u, ''));
  while (tokens.length > 1 && LEADING.has(tokens[0]!)) tokens = tokens.slice(1);
  if (type === 'Person') tokens = dropTitles(tokens);
  if (!tokens.length) tokens = normName(raw).split(' ').filter(Boolean);
  const keys = tokens.map(translitKey);
  const content = tokens.filter((t) => !INITIALS_SKIP.has(t));
  return {
    raw,
    tokens,
    norm: tokens.join(' '),
    keys,
    tkey: keys.join(' '),
    initials: content.length >= 2 ? content.map((t) => t[0]).join('') : '',
    acronym,
    letters: tokens.join('').length,
  };
}

/** How full a name is: more tokens, then more letters. */
export const fullness = (n: NameInfo): number => n.tokens.length * 1000 + n.letters;
