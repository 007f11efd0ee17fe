/**
 * The shipped acronym table (ingest/data/resolve/acronyms.tsv): well-known short forms, the one
 * entity each names everywhere, and that entity's type. Loaded into an AliasTable so lookups fold
 * case and punctuation the same way ("U.K." = "UK"). A short form the table marks `ambiguous` has
 * other well-known meanings: it names the table's entity only where its article names that entity
 * in full (corpus.ts). A malformed line is BAD_ALIAS_FILE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kgError } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { AliasTable, DEFAULT_ALIAS_FILE, type AliasGroup } from './aliases.js';
import { parseName } from './normalize.js';

export interface AcronymTable {
  table: AliasTable;
  typeOf: ReadonlyMap<string, EntityType>;
  /** Short forms with several well-known meanings, folded (parseName(...).norm: "C.S.A." = "CSA"). */
  ambiguous: ReadonlySet<string>;
}

export interface ParsedAcronyms {
  groups: AliasGroup[];
  types: Map<string, EntityType>;
  ambiguous: Set<string>;
}

const AMBIGUOUS = 'ambiguous';

function bad(file: string, line: number, why: string): Error {
  return kgError(
    'BAD_ALIAS_FILE',
    `acronym table ${file}, line ${line}: ${why}`,
    `TYPE<TAB>name<TAB>other names, TYPE one of ${ENTITY_TYPES.join(', ')}; or ${AMBIGUOUS}<TAB>short form<TAB>its other meanings`,
  );
}

export function parseAcronyms(text: string, file: string): ParsedAcronyms {
  const out: ParsedAcronyms = { groups: [], types: new Map(), ambiguous: new Set() };
  const marks: [string, number][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [type, ...names] = line.split('\t').map((f) => f.trim());
    if (names.some((n) => !n)) throw bad(file, i + 1, 'empty field');
    if (type === AMBIGUOUS) {
      if (names.length < 2) throw bad(file, i + 1, 'an ambiguous short form needs its other meanings');
      marks.push([names[0]!, i + 1]);
      return;
    }
    if (!ENTITY_TYPES.includes(type as EntityType) || !names.length) throw bad(file, i + 1, 'expected TYPE<TAB>name<TAB>other names');
    out.groups.push({ canonical: names[0]!, names });
    out.types.set(names[0]!, type as EntityType);
  });
  const folded = new Set(out.groups.flatMap((g) => g.names.map((n) => parseName(n).norm)));
  for (const [short, line] of marks) {
    const norm = parseName(short).norm;
    if (!folded.has(norm)) throw bad(file, line, `"${short}" is no name of the table`);
    out.ambiguous.add(norm);
  }
  return out;
}

export const ACRONYM_FILE = (): string => join(DEFAULT_ALIAS_FILE(), '..', 'resolve', 'acronyms.tsv');

export function loadAcronyms(file = ACRONYM_FILE()): AcronymTable {
  const { groups, types, ambiguous } = parseAcronyms(readFileSync(file, 'utf8'), file);
  return { table: new AliasTable().addGroups(groups), typeOf: types, ambiguous };
}

let cached: AcronymTable | undefined;
export const defaultAcronyms = (): AcronymTable => (cached ??= loadAcronyms());
