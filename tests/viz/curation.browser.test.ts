/**
 * Curation in the explorer, in headless chromium against a real Neo4j: the actor panel shows how
 * each alias joined ("Mustafa Kazemi — transliteration — from …"), merges another actor in and
 * splits an alias off (after a confirmation), and the evidence panel rejects a relationship,
 * which disappears unless "show rejected" is on. Articles are real sentences from the related set.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ingest } from '../../bin/commands/ingest.js';
import { loadStored } from '../../graph/locals.js';
import { reconcile } from '../../graph/reconcile.js';
import type { Store } from '../../graph/store.js';
import { defaultTables } from '../../ingest/resolve/global.js';
import { findWebRoot, serve, type Served } from '../../viz/server/index.js';
import { articleIdsUnder, tempArticles, testStore } from '../utils/neo4j.js';
import { openBrowser, type Browser } from './browser.js';

const A =
  "Esmail Qaani, head of the IRGC's Quds Force, flew into Baghdad on Sunday night, according to local Iraqi media. Tehran at first denied the trip, but Reuters and an Iraqi member of parliament who spoke to IranWire later confirmed it.\n";
// B and C both name the Green Zone: a person's two spellings join across articles only when the
// articles share a rarely named entity (ingest/resolve/corpus.ts), as the related articles do.
const B =
  'Current and former US military officials said on Saturday that Iran probably did not order the drone strike on the home of Iraqi Prime Minister Mustafa Kazemi the previous week. ' +
  "Three drones targeted the prime minister's home in the heavily fortified Green Zone, where foreign embassies, consulates and state institutions are located, at dawn on Sunday.\n";
const C =
  'Iraqi Prime Minister Mustafa al-Kadhimi survived the attack. Speaking at a cabinet session, Kadhimi said the security forces knew who was behind it. ' +
  "Two Iraqi officials, speaking anonymously to the Associated Press, said two armed drones were used and seven of Kadhimi's security guards were injured inside Baghdad's heavily fortified Green Zone, which contains government offices and foreign embassies.\n";

type Win = { kgExplorer: { graph: any; view: any; selectEdge(k: string): void } };
let store: Store;
let server: Served;
let browser: Browser;
let page: Page;
let dir: string;

async function open(focus: string, name: RegExp): Promise<void> {
  await page.goto(new URL(`?focus=${encodeURIComponent(focus)}`, server.url).toString());
  await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  await page.locator('[data-testid=entity-name]', { hasText: name }).waitFor();
}

beforeAll(async () => {
  const webRoot = findWebRoot();
  if (!webRoot) throw new Error('viz/web/dist is missing: run `npm run build:web` first');
  store = await testStore();
  dir = tempArticles({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
  process.env.KG_CURATION = join(dir, 'curation.jsonl');
  await ingest(store, [dir], { workers: 0, batch: 50 });
  server = await serve({ port: 0, driver: store.driver, webRoot });
  browser = await openBrowser();
  page = browser.page;
  page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store.deleteArticles(await articleIdsUnder(store, dir));
  delete process.env.KG_CURATION;
  await reconcile(store, await loadStored(store), defaultTables({ curation: [] }));
  await store.close();
});

describe('curation in the explorer', () => {
  it('shows how each alias joined the actor, with the rule and the article', async () => {
    await open('mustafa-al-kadhimi', /Kadhimi/);
    const rows = await page.locator('[data-testid=merge-record]').allTextContents();
    expect(rows.some((r) => /^Mustafa Kazemi — transliteration — from kg-test-\w+\/b/.test(r))).toBe(true);
  });

  it('splits an alias off after a confirmation', async () => {
    await page.locator('[data-testid=merge-record]', { hasText: 'Mustafa Kazemi' }).locator('button').click();
    await page.locator('[data-testid=entity-name]', { hasText: 'Mustafa Kazemi' }).waitFor({ timeout: 60_000 });
    const kadhimi = await fetch(new URL('api/entity/mustafa-al-kadhimi', server.url)).then(
      (r) => r.json() as Promise<{ node: { aliases: string[] } }>,
    );
    expect(kadhimi.node.aliases).not.toContain('Mustafa Kazemi');
  });

  it('merges another actor into the focused one after a confirmation', async () => {
    await open('islamic-revolutionary-guard-corps', /Islamic Revolutionary Guard Corps/);
    await page.locator('[data-testid=merge-search] input').fill('Quds');
    const done = page.waitForResponse((r) => r.url().endsWith('/api/curate'), { timeout: 60_000 });
    await page.locator('[data-testid=merge-search] li', { hasText: 'Quds Force' }).first().click();
    expect((await done).status()).toBe(200);
    await page.locator('[data-testid=merge-record]', { hasText: 'Quds Force — curation' }).waitFor({ timeout: 60_000 });
    expect((await fetch(new URL('api/entity/quds-force', server.url))).status).toBe(404);
  });

  it('rejects a relationship: hidden by default, shown on request, flagged on the server', async () => {
    await open('iran', /^Iran$/);
    const key = await page.evaluate(() => {
      const ex = (globalThis as unknown as Win).kgExplorer;
      const k = (ex.graph.edges('iran') as string[])[0]!;
      ex.selectEdge(k);
      return k;
    });
    const facets = (q = ''): Promise<{ relationships: number }> =>
      fetch(new URL(`api/facets${q}`, server.url)).then((r) => r.json() as Promise<{ relationships: number }>);
    const before = (await facets()).relationships;
    await page.locator('[data-testid=reject-edge]').click();
    await page.waitForFunction((k) => !((globalThis as unknown as Win).kgExplorer.view.visible.edges as Set<string>).has(k), key);
    const ev = await fetch(new URL(`api/evidence?key=${encodeURIComponent(key)}`, server.url)).then(
      (r) => r.json() as Promise<{ edge: { rejected?: boolean } }>,
    );
    expect(ev.edge.rejected).toBe(true);
    // The whole-graph counts leave it out at once, unless rejected ones are asked for.
    expect((await facets()).relationships).toBe(before - 1);
    expect((await facets('?rejected=1')).relationships).toBe(before);
    await page.locator('[data-testid=show-rejected]').check();
    await page.waitForFunction((k) => ((globalThis as unknown as Win).kgExplorer.view.visible.edges as Set<string>).has(k), key);
    expect(page.url()).toMatch(/[?&]rejected=1\b/);
  });

  it('logged no errors in the console', () => {
    expect(browser.errors).toEqual([]);
  });
});
