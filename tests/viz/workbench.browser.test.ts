/**
 * The investigator's workbench in real chromium, on the seed and related articles (through the
 * real reader and pipeline) plus two dated fixture articles: whole-graph facets against Cypher
 * counts, the timeline window, the actor panel's relationships, the article reader, the
 * contradictions view, zoom-to-fit, selective expand and the path list's hop directions.
 * Assertions read the app's state and DOM, never pixels.
 */
import type { Page } from 'playwright-core';
import { loadConfig } from '../../graph/config.js';
import { runRead } from '../../graph/read.js';
import { openStore, type Store } from '../../graph/store.js';
import { lemmasOf } from '../../viz/shared/families.js';
import { findWebRoot, serve, type Served } from '../../viz/server/index.js';
import { openBrowser, openExplorer, still, type Browser, type Win } from './browser.js';
import { datedExtractions, haveRelated, ingestFixtures, seedAndRelatedExtractions } from './fixture.js';

let store: Store;
let server: Served;
let browser: Browser;
let page: Page;
let ids: string[] = [];

const ex = <T>(fn: string): Promise<T> => page.evaluate(fn) as Promise<T>;
const count = async (cypher: string, params: Record<string, unknown> = {}): Promise<number> => Number((await runRead(store.driver, cypher, params)).rows[0]?.n ?? -1);
const visibleEdges = (): Promise<string[]> => page.evaluate(() => [...((globalThis as unknown as Win).kgExplorer.view.visible.edges as Set<string>)]);

(haveRelated ? describe : describe.skip)('the workbench in the browser', () => {
  beforeAll(async () => {
    const webRoot = findWebRoot();
    if (!webRoot) throw new Error('viz/web/dist is missing: run `npm run build:web` first');
    store = await openStore(loadConfig(process.env));
    ids = await ingestFixtures(store, [...(await seedAndRelatedExtractions()), ...datedExtractions()]);
    server = await serve({ port: 0, driver: store.driver, webRoot });
    browser = await openBrowser();
    page = browser.page;
    await openExplorer(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.deleteArticles(ids);
    await store?.close();
  });

  it('counts facets over the whole graph, as Cypher counts them, and says how many are shown', async () => {
    const deny = page.locator('[data-filter=families] .family-row[data-value=deny] > label .count');
    const search = page.locator('input[aria-label="search predicates"]');
    await search.fill('deny');
    await deny.waitFor();
    const cypherDeny = await count('MATCH (:Entity)-[r]->(:Entity) WHERE r.predicate IN $lemmas RETURN count(r) AS n', { lemmas: lemmasOf('deny') });
    expect(cypherDeny).toBeGreaterThan(0);
    expect(await deny.textContent()).toMatch(new RegExp(`^ ${cypherDeny} — \\d+ shown$`));
    const negative = await count("MATCH (:Entity)-[r]->(:Entity) WHERE r.polarity = 'negative' RETURN count(r) AS n");
    expect(await page.locator('[data-filter=polarity] [data-value=negative] .count').textContent()).toMatch(new RegExp(`^ ${negative} — `));
    await page.locator('[data-filter=polarity] input[value=negative]').check();
    await page.waitForFunction((n) => (globalThis as unknown as Win).document.querySelector('[data-testid=match-count]')?.textContent === String(n), negative);
    // "Show matches" draws the whole graph's negated relationships, not only those loaded.
    await page.locator('[data-action=show-matches]').click();
    await page.waitForFunction((n) => (globalThis as unknown as Win).kgExplorer.view.visible.edges.size === n, negative);
    await page.locator('[data-filter=polarity] input[value=negative]').uncheck();
    await search.fill('');
  });

  it('filters statements by the timeline window: a 2020 statement hides, a 2021 one shows', async () => {
    await openExplorer(page, server.url, '?focus=vizdate-target');
    await page.waitForFunction(() => (globalThis as unknown as Win).kgExplorer.view.visible.edges.size === 2);
    const key = (pred: string): Promise<string> => page.evaluate((p) => {
      const g = (globalThis as unknown as Win).kgExplorer.graph;
      return (g.edges() as string[]).find((e) => g.getEdgeAttribute(e, 'predicate') === p)!;
    }, pred);
    const [strike2020, visit2021] = [await key('strike'), await key('visit')];
    await page.locator('input[aria-label="window from"]').fill('2021-11-01');
    await page.locator('input[aria-label="window to"]').fill('2021-11-30');
    await page.locator('input[aria-label="window to"]').dispatchEvent('change');
    await page.waitForFunction(() => (globalThis as unknown as Win).kgExplorer.filters.to === '2021-11-30');
    expect(page.url()).toMatch(/from=2021-11-01&to=2021-11-30/);
    const shown = await visibleEdges();
    expect(shown).toContain(visit2021);
    expect(shown).not.toContain(strike2020);
    // The brush: drag across the first bar only → a window over its bin.
    await page.locator('button', { hasText: 'whole span' }).click();
    const bar = page.locator('[data-testid=timeline-chart] rect.bar').first();
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
    await page.mouse.up();
    const from = await bar.getAttribute('data-from');
    await page.waitForFunction((f) => (globalThis as unknown as Win).kgExplorer.filters.from === f, from);
    expect(await ex('kgExplorer.filters.to')).toBe(await bar.getAttribute('data-to'));
    await page.locator('button', { hasText: 'clear window' }).click();
  });

  it("lists an actor's relationships by predicate family and opens one's evidence without touching the canvas", async () => {
    await openExplorer(page, server.url, '?focus=iran');
    const families = await page.locator('[data-testid=relations] details.family').evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { family: string } }).dataset.family));
    expect(families).toContain('order or authorise');
    const item = page.locator('details[data-family="order or authorise"] [data-testid=relation]').first();
    expect(await item.locator('.badge').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/source/)]));
    const key = await item.getAttribute('data-key');
    await item.locator('a').click();
    await page.locator('[data-testid=evidence] blockquote').first().waitFor();
    expect(await ex('kgExplorer.view.selectedEdge')).toBe(key);
  });

  it('opens a sentence in its article: outlet, date, a safe link, the sentence and its actors highlighted', async () => {
    await openExplorer(page, server.url, '?focus=iran');
    await page.locator('details[data-family="order or authorise"] [data-testid=relation] a').first().click();
    const read = page.locator('[data-testid=evidence] [data-action=read]').last();
    const sentenceText = await page.locator('[data-testid=evidence] blockquote').last().textContent();
    await read.click();
    const mark = page.locator('[data-testid=reader-sentence]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(sentenceText);
    expect(await mark.locator('mark.subject, mark.object').count()).toBeGreaterThan(0);
    const link = page.locator('#details a.external');
    if (await link.count()) {
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(await page.locator('#details .reader-meta').textContent()).toMatch(/\d{4}-\d{2}-\d{2}|undated/);
  });

  it('lists Iran → order with both polarities, side by side, in the contradictions view', async () => {
    await page.locator('[data-action=contradictions]').click();
    const pair = page.locator('[data-testid=contradiction][data-subject=iran][data-family="order or authorise"]').first();
    await pair.waitFor();
    expect(await pair.locator('[data-testid=side-positive] li').count()).toBeGreaterThan(0);
    expect(await pair.locator('[data-testid=side-negative] li').count()).toBeGreaterThan(0);
    expect(await pair.locator('[data-testid=side-negative]').textContent()).toMatch(/did not order|not order/);
  });

  it('fits every actor of a focused view on screen, and again with the Fit button', async () => {
    await openExplorer(page, server.url, '?focus=drone-strike');
    await still(page);
    const inside = async (): Promise<string[]> => page.evaluate(() => {
      const e = (globalThis as unknown as Win).kgExplorer;
      const p = e.viewportPositions();
      return (e.around(e.view.focus) as string[]).filter((n) => { const q = p.nodes[n]; return !q || q.x < 0 || q.y < 0 || q.x > p.width || q.y > p.height; });
    });
    expect(await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.around('drone-strike').length)).toBeGreaterThan(2);
    expect(await inside()).toEqual([]);
    await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.renderer.getCamera().setState({ x: 3, y: 3, ratio: 0.2 }));
    expect((await inside()).length).toBeGreaterThan(0);
    await page.locator('[data-action=fit]').click();
    await still(page);
    const all = await page.evaluate(() => {
      const p = (globalThis as unknown as Win).kgExplorer.viewportPositions();
      return Object.values(p.nodes as Record<string, { x: number; y: number }>).filter((q) => q.x < 0 || q.y < 0 || q.x > p.width || q.y > p.height).length;
    });
    expect(all).toBe(0);
  });

  it('asks which families to follow before expanding a hub, and expands through those only', async () => {
    await openExplorer(page, server.url, '?focus=iran');
    await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.graph.setNodeAttribute('iran', 'degree', 500));
    await page.locator('[data-action=expand]').click();
    const list = page.locator('[data-testid=expand-families]');
    await list.waitFor();
    for (const box of await list.locator('input').all()) await box.uncheck();
    await list.locator('input[value="condemn or criticise"]').check();
    const before = await ex<number>('kgExplorer.graph.order');
    const response = page.waitForResponse((r) => r.url().includes('/api/neighbourhood/iran') && r.url().includes('families='));
    await page.locator('[data-action=expand-chosen]').click();
    expect(new URL((await response).url()).searchParams.get('families')).toBe('condemn or criticise');
    await page.waitForFunction(() => (globalThis as unknown as Win).kgExplorer.asking === null);
    expect(await ex<number>('kgExplorer.graph.order')).toBeGreaterThanOrEqual(before);
  });

  it('names every hop of a path in the direction it is walked, ending at the chosen actor', async () => {
    const r = (await runRead(store.driver, `MATCH (a:Entity)-[r1]->(x:Entity)<-[r2]-(b:Entity)
      WHERE a <> b AND a <> x AND b <> x AND NOT (a)--(b) RETURN a.id AS a, b.id AS b, b.name AS name LIMIT 1`)).rows[0] as { a: string; b: string; name: string };
    await openExplorer(page, server.url, `?pathFrom=${encodeURIComponent(r.a)}&pathTo=${encodeURIComponent(r.b)}`);
    const path = page.locator('[data-testid=path]').first();
    await path.waitFor();
    const text = (await path.textContent())!;
    expect(text.endsWith(r.name)).toBe(true);
    expect(text).toMatch(/—.+→/);
    expect(text).toMatch(/←.+—/);
  });

  it('logged no errors in the console', () => {
    expect(browser.errors).toEqual([]);
  });
});
