/**
 * What the browser shows, in headless chromium against a real Neo4j: search, focus, evidence,
 * filters, Cypher on the canvas, URL state, and that hostile article text stays text.
 * (docs/screenshot.png is made by `npm run screenshot` from a clean graph, not here.)
 */
import type { Page } from 'playwright-core';
import { loadConfig } from '../../graph/config.js';
import { openStore, type Store } from '../../graph/store.js';
import { findWebRoot, serve, type Served } from '../../viz/server/index.js';
import { openBrowser, type Browser } from './browser.js';
import { ingestFixtures, maliciousExtraction, seedExtractions } from './fixture.js';

let store: Store;
let server: Served;
let browser: Browser;
let page: Page;
let ids: string[] = [];

type Win = { kgExplorer: { graph: any; view: any; renderer: any }; __xss?: unknown };

/** Open the evidence of one of the focused actor's relationships from the actor panel (no pixel hunting). */
async function openRelation(filter?: (key: string) => boolean): Promise<string> {
  const items = page.locator('[data-testid=relations] [data-testid=relation]');
  await items.first().waitFor();
  const keys = await items.evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { key: string } }).dataset.key));
  const key = keys.find((k) => !filter || filter(k)) ?? keys[0]!;
  await page.locator(`[data-testid=relation][data-key="${key}"] a`).click();
  await page.locator('[data-testid=evidence] blockquote').first().waitFor();
  return key;
}

async function searchAndPick(text: string, expect: RegExp): Promise<void> {
  const input = page.locator('#search input');
  await input.fill(text);
  const option = page.locator('#search li', { hasText: expect }).first();
  await option.waitFor();
  await option.click();
  await page.locator('[data-testid=entity-name]', { hasText: expect }).waitFor();
}

beforeAll(async () => {
  const webRoot = findWebRoot();
  if (!webRoot) throw new Error('viz/web/dist is missing: run `npm run build:web` first');
  store = await openStore(loadConfig(process.env));
  ids = await ingestFixtures(store, [...seedExtractions(), maliciousExtraction()]);
  server = await serve({ port: 0, driver: store.driver, webRoot });
  browser = await openBrowser();
  page = browser.page;
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.deleteArticles(ids);
  await store?.close();
});

describe('explorer in the browser', () => {
  it('opens on an overview of the most connected actors', async () => {
    const order = await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.graph.order as number);
    expect(order).toBeGreaterThan(5);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
  });

  it('searches "Kadhimi", focuses him and shows the evidence sentence behind a relationship', async () => {
    await searchAndPick('Kadhimi', /Kadhimi/);
    expect(page.url()).toMatch(/focus=/);
    const key = await openRelation();
    expect(await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.view.selectedEdge)).toBe(key);
    const evidence = page.locator('[data-testid=evidence] blockquote').first();
    await evidence.waitFor();
    const res = await fetch(new URL(`api/evidence?key=${encodeURIComponent(key)}`, server.url));
    const body = (await res.json()) as { statements: { text: string }[] };
    expect(await evidence.textContent()).toBe(body.statements[0]!.text);
    expect(await page.locator('[data-testid=evidence] mark').count()).toBeGreaterThan(0);
  });

  it('reads a statement in full where its object goes on past its name ("attack on Kadhimi")', async () => {
    const query =
      'MATCH (s:Statement) WHERE s.objectDetail IS NOT NULL RETURN s.relKey AS key, s.subjectId AS subject, s.objectDetail AS detail';
    const res = await fetch(new URL('api/cypher', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const rows = ((await res.json()) as { rows: { key: string; subject: string; detail: string }[] }).rows;
    expect(rows.length).toBeGreaterThan(0);
    const row = rows[0]!;
    await page.goto(new URL(`?focus=${encodeURIComponent(row.subject)}`, server.url).toString());
    await page.waitForSelector('body[data-ready=true]');
    const key = await openRelation((k) => rows.some((r) => r.key === k));
    const full = page.locator('[data-testid=evidence] .in-full').first();
    await full.waitFor();
    const text = (await full.textContent()) ?? '';
    expect(rows.filter((r) => r.key === key).some((r) => text.endsWith(r.detail))).toBe(true);
  });

  it('applies a filter: only negated relationships stay visible, and the URL says so', async () => {
    await page.locator('[data-filter=polarity] input[value=negative]').check();
    expect(page.url()).toMatch(/pol=negative/);
    const polarities = await page.evaluate(() => {
      const ex = (globalThis as unknown as Win).kgExplorer;
      return [...(ex.view.visible.edges as Set<string>)].map((e) => ex.graph.getEdgeAttribute(e, 'polarity') as string);
    });
    expect(polarities.length).toBeGreaterThan(0);
    expect(new Set(polarities)).toEqual(new Set(['negative']));
    await page.locator('[data-filter=polarity] input[value=negative]').uncheck();
  });

  it('restores the focused actor and filters from the URL', async () => {
    await page.goto(new URL('?focus=viz-xss-brigade&cert=alleged', server.url).toString());
    await page.waitForSelector('body[data-ready=true]');
    await page.locator('[data-testid=entity-name]', { hasText: 'Saraya Vizxss Brigade' }).waitFor();
    expect(await page.locator('[data-filter=certainty] input[value=alleged]').isChecked()).toBe(true);
  });

  it('shows hostile article text as characters and runs none of it', async () => {
    await searchAndPick('Vizxss Commander', /Vizxss Commander/);
    await openRelation();
    const quote = page.locator('[data-testid=evidence] blockquote').first();
    await quote.waitFor();
    expect(await quote.textContent()).toContain("<script>window.__xss='text'</script>");
    expect(await page.locator('#details .article-title').first().textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('#details script, #details img, #search script, #search img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as Win).__xss)).toBeUndefined();
  });

  it('runs a Cypher query, draws it and tables it; a write is refused', async () => {
    await page
      .locator('#cypher textarea[aria-label="Cypher query"]')
      .fill('MATCH (a:Entity {id: "viz-xss-commander"})-[r]->(b:Entity) RETURN a.id AS a, r, b');
    await page.locator('#cypher button', { hasText: 'Run' }).click();
    await page.locator('[data-testid=cypher-table]').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.graph.order)).toBe(2);
    expect(await page.locator('[data-testid=cypher-table] tbody tr').count()).toBe(1);
    await page.locator('#cypher textarea[aria-label="Cypher query"]').fill('MATCH (n) DETACH DELETE n');
    await page.locator('#cypher button', { hasText: 'Run' }).click();
    await page.locator('[data-testid=cypher-error]').waitFor();
    expect(await page.locator('[data-testid=cypher-error]').textContent()).toMatch(/read-only/);
    const still = await fetch(new URL('api/stats', server.url)).then((r) => r.json() as Promise<{ entities: number }>);
    expect(still.entities).toBeGreaterThan(0);
  });

  it('draws a large view without relationships while it is laid out, then brings them back', async () => {
    await page.goto(server.url); // no filters left over from the tests above
    await page.waitForSelector('body[data-ready=true]');
    const seen = await page.evaluate(async () => {
      type Ex = { merge(s: unknown): Promise<void>; layoutDone: Promise<void>; graph: any; renderer: any; view: any };
      const ex = (globalThis as unknown as { kgExplorer: Ex }).kgExplorer;
      // A synthetic ring of 1,200 actors (client-side only): over the level-of-detail threshold.
      const n = 1200;
      const node = (i: number) => ({
        id: `lod-${i}`,
        label: `actor ${i}`,
        kind: 'Entity',
        type: 'ORG',
        aliases: [],
        mentions: 1,
        articles: 1,
        degree: 2,
      });
      const edge = (i: number) => ({
        id: `lod-e${i}`,
        source: `lod-${i}`,
        target: `lod-${(i + 1) % n}`,
        type: 'REL',
        predicate: 'meets',
        polarity: 'positive',
        certainty: 'asserted',
        confidence: 1,
        count: 1,
        articles: 1,
        firstSeen: null,
        lastSeen: null,
      });
      await ex.merge({ nodes: Array.from({ length: n }, (_, i) => node(i)), edges: Array.from({ length: n }, (_, i) => edge(i)) });
      const during = {
        lod: ex.view.lod as boolean,
        drawnNodes: ex.renderer.getGraph().order as number,
        drawnEdges: ex.renderer.getGraph().size as number,
        edges: ex.graph.size as number,
      };
      await ex.layoutDone;
      return { during, after: { sameGraph: ex.renderer.getGraph() === ex.graph, drawnEdges: ex.renderer.getGraph().size as number } };
    });
    expect(seen.during).toEqual({ lod: true, drawnNodes: expect.any(Number), drawnEdges: 0, edges: expect.any(Number) });
    expect(seen.during.drawnNodes).toBeGreaterThanOrEqual(1200);
    expect(seen.during.edges).toBeGreaterThanOrEqual(1200);
    expect(seen.after).toEqual({ sameGraph: true, drawnEdges: seen.during.edges });
  });

  it('logged no errors in the console (other than the refused write)', () => {
    expect(browser.errors.filter((e) => !/403/.test(e))).toEqual([]);
  });
});
