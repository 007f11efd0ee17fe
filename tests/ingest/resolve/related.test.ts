/**
 * End-to-end over /work/shared/data/related (15 articles on one story): every spelling listed
 * in MENTIONS.tsv must resolve, across all files, to one entity id per column; look-alikes stay
 * apart. Every spelling must also be detected as a mention (al-Kadhimi, Popular Mobilization
 * Forces (PMF), Asaib Ahl al-Haq, ...): a spelling that stops being detected fails the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractLocal, resolveAll } from '../../../ingest/pipeline.js';
import { normName } from '../../../ingest/resolve/normalize.js';
import type { Extraction } from '../../../ingest/types.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();

const DIR = '/work/shared/data/related';
const have = existsSync(join(DIR, 'MENTIONS.tsv'));

function runAll(): { files: string[]; columns: string[]; rows: string[][]; out: Map<string, Extraction> } {
  const [header, ...lines] = readFileSync(join(DIR, 'MENTIONS.tsv'), 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t').slice(1);
  const rows = lines.map((l) => l.split('\t'));
  const locals = rows.map((row) => extractLocal({ source: row[0]!, text: readFileSync(join(DIR, row[0]!), 'utf8'), format: 'txt' }, world));
  const out = new Map<string, Extraction>(resolveAll(locals).map((x) => [x.article.source, x]));
  return { files: rows.map((r) => r[0]!), columns, rows, out };
}

const idOf = (x: Extraction, name: string): string | undefined =>
  x.entities.find((e) => [e.name, ...e.aliases].some((n) => normName(n) === normName(name)))?.id;

(have ? describe : describe.skip)('resolution over the related articles', () => {
  const { columns, rows, out } = have ? runAll() : { columns: [], rows: [], out: new Map() };

  it('resolves each MENTIONS.tsv column to one entity id', () => {
    const missing: string[] = [];
    const split: string[] = [];
    columns.forEach((col, c) => {
      const ids = new Map<string, string[]>();
      for (const row of rows) {
        for (const name of (row[c + 1] ?? '')
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const id = idOf(out.get(row[0]!)!, name);
          if (!id) missing.push(`${col}: "${name}" in ${row[0]}`);
          else ids.set(id, [...(ids.get(id) ?? []), `${name} (${row[0]!.slice(0, 2)})`]);
        }
      }
      if (ids.size > 1) split.push(`${col}: ${JSON.stringify(Object.fromEntries(ids))}`);
    });
    expect(missing).toEqual([]);
    expect(split).toEqual([]);
  });

  it('gives the same entity ids whatever the order of the articles', () => {
    const locals = rows.map((row) =>
      extractLocal({ source: row[0]!, text: readFileSync(join(DIR, row[0]!), 'utf8'), format: 'txt' }, world),
    );
    const ids = (xs: Extraction[]) =>
      xs
        .map((x) => [x.article.source, x.entities.map((e) => `${e.id}:${e.name}:${e.type}`).sort()] as const)
        .sort((a, b) => a[0].localeCompare(b[0]));
    expect(ids(resolveAll([...locals].reverse()))).toEqual(ids([...out.values()]));
  });

  it('keeps Soleimani and Silliman, Iran and Iraq apart', () => {
    const all = [...out.values()].flatMap((x) => x.entities);
    const ids = (name: string) =>
      new Set(all.filter((e) => [e.name, ...e.aliases].some((n) => normName(n) === normName(name))).map((e) => e.id));
    for (const [a, b] of [
      ['Soleimani', 'Silliman'],
      ['Iran', 'Iraq'],
    ] as const) {
      for (const id of ids(a)) expect(ids(b).has(id)).toBe(false);
    }
  });
});
