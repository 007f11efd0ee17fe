/**
 * Neo4j going away and coming back, as the page sees it: the explorer's driver talks to Neo4j
 * through a TCP proxy; stopping the proxy is a stopped Neo4j (connections refused, open ones
 * cut). The page must show the API's message and hint, keep retrying, and carry on by itself
 * once Neo4j answers again. Then the real thing, when the tests run kg's own local server: the
 * explorer as `kg serve` opens it, `kg neo4j stop`, `kg neo4j start`, and the page recovers.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, settings } from '../../graph/config.js';
import { start, stop } from '../../graph/server/process.js';
import { openStore, type Store } from '../../graph/store.js';
import { findWebRoot, serve, type Served } from '../../viz/server/index.js';
import { TcpProxy } from '../utils/proxy.js';
import { openBrowser, type Browser, type Win } from './browser.js';
import { ingestFixtures, seedExtractions } from './fixture.js';

let store: Store;
let driver: Driver;
let proxy: TcpProxy;
let server: Served;
let browser: Browser;
let ids: string[] = [];

beforeAll(async () => {
  const cfg = loadConfig(process.env);
  store = await openStore(cfg);
  ids = await ingestFixtures(store, seedExtractions());
  const u = new URL(cfg.uri.replace(/^[a-z+]+:/, 'http:'));
  proxy = new TcpProxy({ host: u.hostname, port: Number(u.port || 7687) });
  const port = await proxy.start();
  driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(cfg.user, cfg.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 1000,
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  // Nothing memoised: every page load asks Neo4j (the claims snapshot is still kept, stale-while-revalidate).
  server = await serve({ port: 0, driver, webRoot: findWebRoot(), limits: { cacheMs: 0 } });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
  await proxy?.stop();
  await store?.deleteArticles(ids);
  await store?.close();
});

it('shows the API error and hint while Neo4j is down, retries, and recovers when it is back', async () => {
  const page = browser.page;
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  await proxy.stop();
  await page.reload();
  const banner = page.locator('#banner');
  await banner.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await banner.textContent()).toMatch(/Neo4j is not reachable.*kg neo4j start.*Retrying in \d+ s/);
  expect(await page.evaluate(() => (globalThis as unknown as Win).document.body.dataset.ready)).toBeUndefined();
  await proxy.start();
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  expect(await banner.isHidden()).toBe(true);
  expect(await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.graph.order)).toBeGreaterThan(0);
  // Down again while in use: a click that needs Neo4j shows the banner, which clears once it is back.
  await proxy.stop();
  await page.evaluate(() => void (globalThis as unknown as Win).kgExplorer.focus('iran').catch(() => {}));
  await banner.waitFor({ state: 'visible', timeout: 30_000 });
  await proxy.start();
  await banner.waitFor({ state: 'hidden', timeout: 30_000 });
  expect(browser.errors.filter((e) => !/503|Failed to load resource/.test(e))).toEqual([]);
});

// Restarts the server every other test file uses: only kg's own local one (KG_TEST_LOCAL_NEO4J).
(process.env.KG_TEST_LOCAL_NEO4J === '1' ? it : it.skip)(
  'recovers after the local Neo4j really restarts (kg neo4j stop, then start)',
  async () => {
    const env = settings();
    // No driver given: the explorer opens its own, exactly as `kg serve` does.
    const real = await serve({ port: 0, webRoot: findWebRoot(), limits: { cacheMs: 0 } });
    const page = browser.page;
    const banner = page.locator('#banner');
    try {
      await page.goto(real.url);
      await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
      expect((await stop({ env })).wasRunning).toBe(true);
      await page.reload();
      await banner.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await banner.textContent()).toMatch(/Neo4j is not reachable.*kg neo4j start/);
      await start({ env });
      await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
      expect(await banner.isHidden()).toBe(true);
      expect(await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.graph.order)).toBeGreaterThan(0);
      // And it keeps working: focusing an actor reads the graph again.
      await page.evaluate(() => void (globalThis as unknown as Win).kgExplorer.focus('iran'));
      await page.locator('[data-testid=entity-name]', { hasText: /^Iran$/ }).waitFor({ timeout: 30_000 });
    } finally {
      await start({ env }); // running already unless the test failed half-way
      await real.close();
    }
    expect(browser.errors.filter((e) => !/503|Failed to load resource/.test(e))).toEqual([]);
  },
  300_000,
);
