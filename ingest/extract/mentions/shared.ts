/**
 * Mentions (ingest/extract/mentions.ts): the tags that mark a proper or a strong name, the
 * capitalised-word and organisation-link tests, and the text of a token span, which more than one
 * of its modules read. Imports no other module of the stage.
 */
import type { Token } from '../../parse.js';
import { has } from '../tokens.js';

export const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
export const STRONG_TAGS = ['Person', 'Place', 'Organization', 'Acronym', 'Country', 'City'];
export const isOrgLink = (t: Token | undefined): boolean => !!t && (t.norm === 'of' || t.norm === 'for');
export const capWord = (t: Token | undefined): boolean => /^\p{Lu}/u.test(t?.text ?? '') && !has(t, 'Determiner');

export const spanText = (ts: readonly Token[], s: number, e: number): string =>
  ts
    .slice(s, e)
    .map((t, i) => t.text + (i < e - s - 1 ? t.post : ''))
    .join('');
