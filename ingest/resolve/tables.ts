/**
 * The shipped acronym table (ingest/data/resolve/acronyms.tsv): well-known short forms, the one
 * entity each names everywhere, and that entity's type. Loaded into an AliasTable so lookups fold
 * case and punctuation the same way ("U.K." = "UK"). A malformed line is BAD_ALIAS_FILE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kgError } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { AliasTable, DEFAULT_ALIAS_FILE, type AliasGroup } from './aliases.js';

export interface AcronymTable {
  table: AliasTable;
  typeOf: ReadonlyMap<string, EntityType>;
}

export function parseAcronyms(text: string, file: string): { groups: AliasGroup[]; types: Map<string, EntityType> } {
  const groups: AliasGroup[] = [];
  const types = new Map<string, EntityType>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [type, ...names] = line.split('\t').map((f) => f.trim());
    if (!ENTITY_TYPES.includes(type as EntityType) || !names.length || names.some((n) => !n)) {
      throw kgError(
        'BAD_ALIAS_FILE',
        `acronym table ${file}, line ${i + 1}: expected TYPE<TAB>name<TAB>other names`,
        `TYPE is one of ${ENTITY_TYPES.join(', ')}`,
      );
    }
    groups.push({ canonical: names[0]!, names });
    types.set(names[0]!, type as EntityType);
  });
  return { groups, types };
}

export const ACRONYM_FILE = (): string => join(DEFAULT_ALIAS_FILE(), '..', 'resolve', 'acronyms.tsv');

export function loadAcronyms(file = ACRONYM_FILE()): AcronymTable {
  const { groups, types } = parseAcronyms(readFileSync(file, 'utf8'), file);
  return { table: new AliasTable().addGroups(groups), typeOf: types };
}

let cached: AcronymTable | undefined;
export const defaultAcronyms = (): AcronymTable => (cached ??= loadAcronyms());
