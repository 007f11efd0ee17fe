import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AliasTable, DEFAULT_ALIAS_FILE, loadAliasTable, parseAliases, userAliasFile } from '../../../ingest/resolve/aliases.js';
import { isKgError } from '../../../ingest/errors.js';

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('alias files', () => {
  it('parses canonical<TAB>alias lines, skipping comments and blank lines', () => {
    expect(parseAliases('# header\n\nUnited States\tUS\tU.S.\n', 'a.tsv')).toEqual([
      { canonical: 'United States', names: ['United States', 'US', 'U.S.'] },
    ]);
  });

  it.each([
    ['no TAB', 'United States US U.S.', 1],
    ['empty field', '# c\nUnited States\t\tUS', 2],
    ['trailing TAB', 'United States\tUS\t', 1],
    ['name listed twice', 'United States\tUS\nUSA\tUS', 2],
    ['no letters', 'United States\t--', 1],
  ])('rejects a malformed file (%s) with BAD_ALIAS_FILE naming file and line', (_label, text, line) => {
    const err = errorOf(() => parseAliases(text, '/x/aliases.tsv'));
    expect(isKgError(err, 'BAD_ALIAS_FILE')).toBe(true);
    expect((err as Error).message).toContain(`/x/aliases.tsv, line ${line}`);
  });

  it('ships a valid default file with the usual groups', () => {
    const t = loadAliasTable([DEFAULT_ALIAS_FILE()]);
    expect(t.groupOf('U.S.')?.canonical).toBe('United States');
    expect(t.groupOf('Tories')?.canonical).toBe('Conservative Party');
    expect(t.groupOf('Hashed al-Shaabi')?.canonical).toBe('Popular Mobilization Forces');
    expect(t.groupOf('Hezbollah')).toBeUndefined();
  });

  it('matches an acronym only in its capitals (tech/325: "what we are doing is making it")', () => {
    const t = loadAliasTable([DEFAULT_ALIAS_FILE()]);
    expect(t.groupOf('IS')?.canonical).toBe('Islamic State');
    expect(t.groupOf('is')).toBeUndefined();
    expect(t.groupOf('Us')).toBeUndefined();
    expect(t.groupOf('Nato')?.canonical).toBe('North Atlantic Treaty Organization');
  });

  it('lets a user file move an alias to a new entity', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-alias-'));
    writeFileSync(join(dir, 'aliases.tsv'), 'Hezbollah\tKataib Hezbollah\n');
    expect(userAliasFile({}, dir)).toBe(join(dir, 'aliases.tsv'));
    const t = loadAliasTable([DEFAULT_ALIAS_FILE(), userAliasFile({}, dir)]);
    expect(t.groupOf('Kataib Hezbollah')).toBe(t.groupOf('Hezbollah'));
  });

  it('reports a missing $KG_ALIASES file', () => {
    expect(
      isKgError(
        errorOf(() => userAliasFile({ KG_ALIASES: '/nonexistent/a.tsv' })),
        'BAD_ALIAS_FILE',
      ),
    ).toBe(true);
    expect(new AliasTable().groupOf('anything')).toBeUndefined();
  });
});
