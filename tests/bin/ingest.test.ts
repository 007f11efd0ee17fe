/**
 * `ingest()` over an in-memory store (tests/utils/fake-store.ts): what it writes, what it skips,
 * and that the graph is a function of the set of articles, not of the order they came in.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../bin/commands/ingest.js';
import { loadWorld } from '../../ingest/world.js';
import { fakeStore, type FakeStore } from '../utils/fake-store.js';

const RELATED = join('tests', 'fixtures', 'graph-gold', 'data', 'related');
const FILES = [
  '03_overtdefense_pm_survives_drone_attempt.txt',
  '06_newarab_quds_chief_arrives_baghdad.txt',
  '11_tehrantimes_iran_condemns_assassination_attempt.txt',
];
const world = loadWorld();

function folder(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  for (const f of files) copyFileSync(join(RELATED, f), join(dir, f));
  return dir;
}
const run = (store: FakeStore, inputs: string[], batch = 50) => ingest(store, inputs, { workers: 0, batch, world });
/** Per article (by file name), its entity ids and relations as written. */
const graphOf = (store: FakeStore) =>
  Object.fromEntries(
    [...store.articles.values()].map((x) => [
      x.article.source.split('/').at(-1),
      {
        entities: x.entities.map((e) => `${e.id}:${e.name}`).sort(),
        relations: x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.polarity}`).sort(),
      },
    ]),
  );

describe('ingest (in-memory store)', () => {
  it('writes each new article once, and nothing when the same files come again', async () => {
    const store = fakeStore();
    const dir = folder(FILES);
    const first = await run(store, [dir]);
    expect([first.new, first.unchanged, first.failed]).toEqual([3, 0, 0]);
    expect(first.relations).toBeGreaterThan(0);
    const writes = store.writes.length;
    const again = await run(store, [dir]);
    expect([again.new, again.unchanged, again.replaced]).toEqual([0, 3, 0]);
    expect(store.writes.length).toBe(writes);
  });

  it('counts the same text under another name as a duplicate, not a second source', async () => {
    const store = fakeStore();
    const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
    const bbc = readFileSync(join('tests', 'fixtures', 'graph-gold', 'data', 'news', 'politics', '184.txt'));
    writeFileSync(join(dir, 'a.txt'), bbc);
    writeFileSync(join(dir, 'b.txt'), bbc);
    const s = await run(store, [dir]);
    expect([s.new, s.duplicate]).toEqual([1, 1]);
    expect(store.articles.size).toBe(1);
  });

  it('gives the same graph whether the articles come together or one run at a time, in any order', async () => {
    const together = fakeStore();
    await run(together, [folder(FILES)]);
    const oneByOne = fakeStore();
    for (const f of [...FILES].reverse()) await run(oneByOne, [folder([f])], 1);
    expect(graphOf(oneByOne)).toEqual(graphOf(together));
    expect(Object.keys(graphOf(together))).toHaveLength(3);
  });
});
