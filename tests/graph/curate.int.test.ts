/**
 * Curation against the real Neo4j: each operation is recorded in the log, applied to the stored
 * graph at once, kept by a later ingest (unchanged or edited articles alike), and undone by
 * `undo`. Articles are real sentences from ../shared/data/related.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../bin/commands/ingest.js';
import { curate } from '../../graph/curate.js';
import { loadStored } from '../../graph/locals.js';
import { reconcile } from '../../graph/reconcile.js';
import { runRead } from '../../graph/read.js';
import type { Store } from '../../graph/store.js';
import { defaultTables } from '../../ingest/resolve/global.js';
import { kg } from '../utils/cli.js';
import { articleIdsUnder, tempArticles, testStore } from '../utils/neo4j.js';

const A =
  "Esmail Qaani, head of the IRGC's Quds Force, flew into Baghdad on Sunday night, according to local Iraqi media. Tehran at first denied the trip, but Reuters and an Iraqi member of parliament who spoke to IranWire later confirmed it. In the meeting, Qaani condemned the attack on the prime minister and offered Tehran's help with the investigation.\n";
const B =
  'Current and former US military officials said on Saturday that Iran probably did not order the drone strike on the home of Iraqi Prime Minister Mustafa Kazemi the previous week. Officials in Washington believe Iran backs several Shia militias in Iraq.\n';
const C =
  'Iraqi Prime Minister Mustafa al-Kadhimi survived the attack. He met Esmail Qaani in Baghdad, where Qaani warned the Shia militias.\n';

describe('kg curate (real Neo4j)', () => {
  let store: Store;
  let dir: string;
  const run = () => ingest(store, [dir], { workers: 0, batch: 50 });
  const q = async (cypher: string, params: Record<string, unknown> = {}) => (await runRead(store.driver, cypher, params)).rows;
  // An entity as this test's articles see it (the shared test database holds other suites' articles too).
  const entity = async (id: string) =>
    (
      await q(
        `MATCH (a:Article)-[:MENTIONS]->(e:Entity {id: $id}) WHERE a.source STARTS WITH $dir
       RETURN e.name AS name, e.type AS type, e.aliases AS aliases, labels(e) AS labels, e.mergeRules AS rules LIMIT 1`,
        { id, dir },
      )
    )[0];
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: { code?: string }) => e.code ?? String(e),
    );
  const rejected = async () => (await q('MATCH (:Entity)-[r]->(:Entity) WHERE r.rejected RETURN r.key AS key')).map((r) => r.key);

  beforeAll(async () => {
    store = await testStore();
    dir = tempArticles({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
    process.env.KG_CURATION = join(dir, 'curation.jsonl');
    await run();
  });
  afterAll(async () => {
    await store.deleteArticles(await articleIdsUnder(store, dir));
    delete process.env.KG_CURATION;
    await reconcile(store, await loadStored(store), defaultTables({ curation: [] }));
    await store.close();
  });

  it('merges two entities at once, with the audit in the graph, and a re-ingest keeps it', async () => {
    const r = await curate(store, { op: 'merge', into: 'iran', from: 'tehran' });
    expect(r.entity).toBe('iran');
    expect(await entity('tehran')).toBeUndefined();
    expect((await entity('iran'))!.aliases).toContain('Tehran');
    expect((await entity('iran'))!.rules).toContain('curation');
    await run();
    expect(await entity('tehran')).toBeUndefined();
    expect(readFileSync(process.env.KG_CURATION!, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('splits an alias off, renames and retypes; an edited article keeps the corrections', async () => {
    const split = await curate(store, { op: 'split', entity: 'mustafa-al-kadhimi', alias: 'Mustafa Kazemi' });
    expect(split.entity).toBe('mustafa-kazemi');
    expect((await entity('mustafa-al-kadhimi'))!.aliases).not.toContain('Mustafa Kazemi');
    await curate(store, { op: 'rename', entity: 'esmail-qaani', name: 'Esmail Ghaani' });
    await curate(store, { op: 'retype', entity: 'reuters', type: 'Group' });
    expect(await entity('esmail-ghaani')).toMatchObject({ name: 'Esmail Ghaani', type: 'Person' });
    expect((await entity('reuters'))!.labels).toContain('Group');
    writeFileSync(join(dir, 'c.txt'), `${C}Qaani left for Tehran on Monday.\n`);
    const s = await run();
    expect(s.replaced).toBe(1);
    expect(await entity('esmail-ghaani')).toMatchObject({ name: 'Esmail Ghaani' });
    expect(await entity('mustafa-kazemi')).toBeDefined();
    expect((await entity('reuters'))!.type).toBe('Group');
  });

  it('rejects a relationship: hidden by the flag, kept after re-extraction, shown by kg extract', async () => {
    // One of this test's own relationships (the shared test graph holds other articles' too).
    const ids = await articleIdsUnder(store, dir);
    const [rel] = await q(
      "MATCH (s:Statement {subjectId: 'iran'})-[:FROM]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT s.relKey AS key, s.predicate AS predicate ORDER BY key",
      { ids },
    );
    expect(rel).toBeDefined();
    await curate(store, { op: 'reject', key: String(rel!.key) });
    expect(await rejected()).toEqual([rel!.key]);
    writeFileSync(join(dir, 'b.txt'), `${B}The claim was repeated.\n`);
    expect((await run()).replaced).toBe(1);
    expect(await rejected()).toEqual([rel!.key]);
    const out = kg(['extract', dir, '--workers', '0'], { KG_CURATION: process.env.KG_CURATION! });
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; predicate?: string; subject?: string; rejected?: boolean });
    expect(lines.some((l) => l.kind === 'relation' && l.subject === 'iran' && l.predicate === rel!.predicate && l.rejected === true)).toBe(
      true,
    );
  });

  it('undo restores what the last operation changed, one operation at a time', async () => {
    await curate(store, { op: 'undo' });
    expect(await rejected()).toEqual([]);
    for (let i = 0; i < 4; i++) await curate(store, { op: 'undo' });
    expect(await entity('tehran')).toBeDefined();
    expect(await entity('esmail-qaani')).toMatchObject({ name: 'Esmail Qaani' });
    expect(await entity('mustafa-kazemi')).toBeUndefined();
    expect(await failure(curate(store, { op: 'undo' }))).toBe('CURATION_INVALID');
    expect(readFileSync(process.env.KG_CURATION!, 'utf8').trim().split('\n')).toHaveLength(10);
  });

  it('refuses unknown entities and aliases with a typed error, from the CLI too', async () => {
    expect(await failure(curate(store, { op: 'merge', into: 'iran', from: 'no-such-entity' }))).toBe('CURATION_NOT_FOUND');
    expect(await failure(curate(store, { op: 'split', entity: 'iran', alias: 'Atlantis' }))).toBe('CURATION_NOT_FOUND');
    const r = kg(['curate', 'retype', 'iran', 'Planet'], { KG_CURATION: process.env.KG_CURATION! });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: curate: "Planet" is not a type/);
  });
});
