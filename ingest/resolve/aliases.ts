/**
 * The alias table: groups of names that denote one entity (format in ingest/data/aliases.tsv).
 * Shipped defaults, then an optional user file ($KG_ALIASES, else ./aliases.tsv). A malformed
 * file is a configuration error (KgError BAD_ALIAS_FILE naming file and line).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kgError } from '../errors.js';
import { parseName } from './normalize.js';

export interface AliasGroup {
  canonical: string;
  names: string[];
}

/** Letters a name needs before its transliteration key is looked up. */
const MIN_TRANSLIT = 5;

/** An acronym as the table writes it ("IS", "UN"): it names only the same capitals, never the word "is". */
const ACRONYM = /^[\p{Lu}\d&.]{2,5}$/u;

/** Keys under which a name is looked up in the table: folded form and transliteration key, or an acronym as written. */
const keysOf = (name: string): string[] => {
  if (ACRONYM.test(name)) return [`a:${name}`];
  const n = parseName(name);
  return [...new Set([`n:${n.norm}`, `t:${n.tkey}`])];
};

export class AliasTable {
  private readonly byKey = new Map<string, AliasGroup>();
  private readonly memo = new Map<string, AliasGroup | null>();
  private readonly all: AliasGroup[] = [];

  /** Add groups; a later group takes over names already claimed by an earlier one. */
  addGroups(groups: AliasGroup[]): this {
    this.all.push(...groups);
    for (const g of groups) for (const name of g.names) for (const k of keysOf(name)) this.byKey.set(k, g);
    this.memo.clear();
    return this;
  }

  /** Every group added, in order (adding them again rebuilds the table). */
  groups(): AliasGroup[] {
    return [...this.all];
  }

  /** The group a name belongs to, if any. */
  groupOf(name: string): AliasGroup | undefined {
    let g = this.memo.get(name);
    if (g === undefined) {
      const n = parseName(name);
      // Spelling variants only for names long enough to have them: "OS" is no "US".
      g =
        this.byKey.get(`a:${name}`) ??
        this.byKey.get(`n:${n.norm}`) ??
        (n.letters >= MIN_TRANSLIT ? this.byKey.get(`t:${n.tkey}`) : undefined) ??
        null;
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(name, g);
    }
    return g ?? undefined;
  }
}

function bad(file: string, line: number, why: string): Error {
  return kgError(
    'BAD_ALIAS_FILE',
    `alias file ${file}, line ${line}: ${why}`,
    'one entity per line: canonical<TAB>alias<TAB>alias...; # starts a comment',
  );
}

/** Parse alias-file text; `file` names it in errors. */
export function parseAliases(text: string, file: string): AliasGroup[] {
  const groups: AliasGroup[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const no = i + 1;
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!line.includes('\t')) throw bad(file, no, 'expected at least two TAB-separated names');
    const names = line.split('\t').map((f) => f.trim());
    if (names.some((n) => !n)) throw bad(file, no, 'empty name (two TABs in a row or a trailing TAB)');
    if (names.some((n) => !parseName(n).norm)) throw bad(file, no, 'a name has no letters or digits');
    for (const n of names) {
      const key = parseName(n).norm;
      const prev = seen.get(key);
      if (prev !== undefined && prev !== no) throw bad(file, no, `"${n}" is already listed on line ${prev}`);
      seen.set(key, no);
    }
    groups.push({ canonical: names[0]!, names });
  });
  return groups;
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const DEFAULT_ALIAS_FILE = (): string => join(repoRoot(), 'ingest', 'data', 'aliases.tsv');

/** The user's alias file: $KG_ALIASES (must exist) or ./aliases.tsv when present. */
export function userAliasFile(env = process.env, cwd = process.cwd()): string | null {
  if (env.KG_ALIASES) {
    const p = resolve(env.KG_ALIASES);
    if (!existsSync(p)) throw kgError('BAD_ALIAS_FILE', `alias file ${p} (from KG_ALIASES) does not exist`, 'fix or unset KG_ALIASES');
    return p;
  }
  const local = join(cwd, 'aliases.tsv');
  return existsSync(local) ? local : null;
}

/** The groups of the shipped file, then of the user's file (a later group wins a name). */
export function loadAliasGroups(env = process.env, files: (string | null)[] = [DEFAULT_ALIAS_FILE(), userAliasFile(env)]): AliasGroup[] {
  return files.flatMap((f) => (f && existsSync(f) ? parseAliases(readFileSync(f, 'utf8'), f) : []));
}

export const loadAliasTable = (files?: (string | null)[]): AliasTable => new AliasTable().addGroups(loadAliasGroups(process.env, files));
