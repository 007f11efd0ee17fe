/**
 * What the browser shows, in headless chromium against a real Neo4j: search, focus, evidence,
 * filters, Cypher on the canvas, URL state, and that hostile article text stays text. Ends by
 * saving docs/screenshot.png of the seeds graph.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../graph/config.js';
import { openStore, type Store } from '../../graph/store.js';
import { findWebRoot, serve, type Served } from '../../viz/server/index.js';
import { openBrowser, settled, type Browser } from './browser.js';
import { ingestFixtures, maliciousExtraction, seedExtractions } from './fixture.js';

let store: Store;
let server: Served;
let browser: Browser;
let page: Page;
let ids: string[] = [];

/** The page's window, typed loosely (the test project has no DOM lib). */
type Win = { kgExplorer: { graph: any; view: any; renderer: any }; __xss?: unknown; document: { getElementById(id: string): { getBoundingClientRect(): { left: number; top: number } } } };


/**
 * Click the middle of a relationship touching `node`; returns the key sigma selected. Points that
 * sigma's picking layer already maps to the relationship go first (a 2-pixel relationship is 1
 * pixel wide in its half-resolution picking layer). The view is drawn before its layout ends, so
 * a miss waits for the layout to settle and aims again, a pixel to either side.
 */
async function clickEdgeOf(node: string): Promise<string> {
  const offsets = [0, 1, -1, 2, -2, 0];
  for (const offset of offsets) {
    const key = await tryClickEdgeOf(node, offset);
    if (key) return key;
    await page.waitForTimeout(500);
    await settled(page);
  }
  throw new Error(`could not click any relationship of ${node}`);
}

async function tryClickEdgeOf(node: string, offset: number): Promise<string | null> {
  const targets = await page.evaluate(({ id, offset }) => {
    const w = globalThis as unknown as Win;
    const ex = w.kgExplorer;
    ex.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    ex.renderer.refresh();
    const box = w.document.getElementById('graph').getBoundingClientRect();
    const nodes = (ex.graph.nodes() as string[]).map((n) => {
      const p = ex.renderer.graphToViewport(ex.graph.getNodeAttributes(n));
      return { x: p.x, y: p.y, r: (ex.renderer.getNodeDisplayData(n)?.size ?? 5) + 4 };
    });
    // For each relationship, the point along it farthest from any actor (so the click hits the edge).
    return (ex.graph.edges(id) as string[])
      .map((e) => {
        const [s, t] = ex.graph.extremities(e) as [string, string];
        const a = ex.renderer.graphToViewport(ex.graph.getNodeAttributes(s));
        const b = ex.renderer.graphToViewport(ex.graph.getNodeAttributes(t));
        let best = { e, x: 0, y: 0, clear: -Infinity };
        for (let k = 2; k <= 8; k++) {
          const x = a.x + ((b.x - a.x) * k) / 10;
          const y = a.y + ((b.y - a.y) * k) / 10;
          const clear = Math.min(...nodes.map((n) => Math.hypot(n.x - x, n.y - y) - n.r));
          if (clear > best.clear) best = { e, x, y, clear };
        }
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const [nx, ny] = [-(b.y - a.y) / len, (b.x - a.x) / len];
        // Prefer a pixel where sigma's own picking layer already finds this relationship.
        const shift = [offset, offset + 1, offset - 1, offset + 2, offset - 2].find((o) => ex.renderer.getEdgeAtPoint(best.x + nx * o, best.y + ny * o) === e);
        const o = shift ?? offset;
        return { e, x: box.left + best.x + nx * o, y: box.top + best.y + ny * o, clear: best.clear, picked: shift !== undefined };
      })
      .sort((p, q) => Number(q.picked) - Number(p.picked) || q.clear - p.clear);
  }, { id: node, offset });
  for (const t of targets.slice(0, 8)) {
    await page.mouse.click(t.x, t.y);
    const selected = await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.view.selectedEdge as string | null);
    if (selected) return selected;
    await page.waitForTimeout(350); // two clicks within sigma's 300 ms would be a double-click: a zoom
  }
  return null;
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
    await settled(page);
    const focus = await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.view.focus as string);
    const key = await clickEdgeOf(focus);
    const evidence = page.locator('[data-testid=evidence] blockquote').first();
    await evidence.waitFor();
    const res = await fetch(new URL(`api/evidence?key=${encodeURIComponent(key)}`, server.url));
    const body = (await res.json()) as { statements: { text: string }[] };
    expect(await evidence.textContent()).toBe(body.statements[0]!.text);
    expect(await page.locator('[data-testid=evidence] mark').count()).toBeGreaterThan(0);
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
    await settled(page);
    await clickEdgeOf('viz-xss-commander');
    const quote = page.locator('[data-testid=evidence] blockquote').first();
    await quote.waitFor();
    expect(await quote.textContent()).toContain("<script>window.__xss='text'</script>");
    expect(await page.locator('#details .article-title').first().textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('#details script, #details img, #search script, #search img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as Win).__xss)).toBeUndefined();
  });

  it('runs a Cypher query, draws it and tables it; a write is refused', async () => {
    await page.locator('#cypher textarea').fill('MATCH (a:Entity {id: "viz-xss-commander"})-[r]->(b:Entity) RETURN a.id AS a, r, b');
    await page.locator('#cypher button', { hasText: 'Run' }).click();
    await page.locator('[data-testid=cypher-table]').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.graph.order)).toBe(2);
    expect(await page.locator('[data-testid=cypher-table] tbody tr').count()).toBe(1);
    await page.locator('#cypher textarea').fill('MATCH (n) DETACH DELETE n');
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
      const node = (i: number) => ({ id: `lod-${i}`, label: `actor ${i}`, kind: 'Entity', type: 'ORG', aliases: [], mentions: 1, articles: 1, degree: 2 });
      const edge = (i: number) => ({ id: `lod-e${i}`, source: `lod-${i}`, target: `lod-${(i + 1) % n}`, type: 'REL', predicate: 'meets', polarity: 'positive', certainty: 'asserted', confidence: 1, count: 1, articles: 1, firstSeen: null, lastSeen: null });
      await ex.merge({ nodes: Array.from({ length: n }, (_, i) => node(i)), edges: Array.from({ length: n }, (_, i) => edge(i)) });
      const during = { lod: ex.view.lod as boolean, drawnNodes: ex.renderer.getGraph().order as number, drawnEdges: ex.renderer.getGraph().size as number, edges: ex.graph.size as number };
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

  it('saves docs/screenshot.png of the seeds graph (Iran focused, evidence open)', async () => {
    await store.deleteArticles(['viz-xss-article']);
    const hits = (await fetch(new URL('api/search?q=Iran', server.url)).then((r) => r.json())) as { hits: { id: string; name: string }[] };
    const iran = hits.hits.find((h) => h.name === 'Iran')?.id ?? hits.hits[0]!.id;
    await page.goto(new URL(`?focus=${encodeURIComponent(iran)}`, server.url).toString());
    await page.waitForSelector('body[data-ready=true]');
    await settled(page);
    await clickEdgeOf(iran);
    await page.locator('[data-testid=evidence] blockquote').first().waitFor();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(process.cwd(), 'docs', 'screenshot.png') });
  });
});
