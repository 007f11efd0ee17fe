/**
 * The claims snapshot follows curations made outside the explorer (`kg curate`, here its
 * function): a reject changes no count, yet the whole-graph facets leave the relationship out
 * once the server has checked the graph's version again (the curation rewrote the article, so
 * its last write changed), and count it again after an undo.
 */
import { join } from 'node:path';
import { ingest } from '../../bin/commands/ingest.js';
import { curate } from '../../graph/curate.js';
import { loadStored } from '../../graph/locals.js';
import { reconcile } from '../../graph/reconcile.js';
import type { Store } from '../../graph/store.js';
import { defaultTables } from '../../ingest/resolve/global.js';
import { serve, type Served } from '../../viz/server/index.js';
import { articleIdsUnder, tempArticles, testStore } from '../utils/neo4j.js';

const TEXT =
  'Current and former US military officials said on Saturday that Iran probably did not order the drone strike on the home of Iraqi Prime Minister Mustafa Kazemi the previous week.\n';

let store: Store;
let server: Served;
let dir: string;

const relationships = async (): Promise<number> =>
  ((await fetch(new URL('api/facets', server.url)).then((r) => r.json())) as { relationships: number }).relationships;

/** Ask until the answer is `n` (the snapshot is rebuilt in the background after a version check). */
async function until(n: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await relationships()) !== n) {
    if (Date.now() > deadline) throw new Error(`facets never counted ${n} relationships`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  store = await testStore();
  dir = tempArticles({ 'a.txt': TEXT });
  process.env.KG_CURATION = join(dir, 'curation.jsonl');
  await ingest(store, [dir], { workers: 0, batch: 50 });
  server = await serve({ port: 0, driver: store.driver, webRoot: null, limits: { snapshotMs: 200 } });
});

afterAll(async () => {
  await server?.close();
  await store.deleteArticles(await articleIdsUnder(store, dir));
  delete process.env.KG_CURATION;
  await reconcile(store, await loadStored(store), defaultTables({ curation: [] }));
  await store.close();
});

it('leaves out a relationship rejected by kg curate, and counts it again after an undo', async () => {
  const before = await relationships();
  const iran = (await fetch(new URL('api/entity/iran', server.url)).then((r) => r.json())) as { relations: { edge: { id: string } }[] };
  const key = iran.relations[0]!.edge.id;
  await curate(store, { op: 'reject', key });
  await until(before - 1);
  await curate(store, { op: 'undo' });
  await until(before);
});
