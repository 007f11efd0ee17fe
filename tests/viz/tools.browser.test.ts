/**
 * Pictures, data exports and Neo4j's own tools, in real chromium on the seed graph: PNG (2×) and
 * SVG of the whole view carry the title and legend; GraphML carries evidence and attribution;
 * a README query with parameters runs in the Cypher box and its result can be pinned; Neo4j
 * Browser loads from the local server at the URL `kg neo4j start` prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { loadConfig } from '../../graph/config.js';
import { status } from '../../graph/server/process.js';
import { openStore, type Store } from '../../graph/store.js';
import { findWebRoot, serve, type Served } from '../../viz/server/index.js';
import { openBrowser, openExplorer, still, type Browser, type Win } from './browser.js';
import { ingestFixtures, seedExtractions } from './fixture.js';

let store: Store;
let server: Served;
let browser: Browser;
let page: Page;
let ids: string[] = [];

/** The README's Cypher blocks, as written there. */
const readmeQueries = (): string[] =>
  [...readFileSync(join(process.cwd(), 'README.md'), 'utf8').matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

async function exported(kind: string): Promise<Buffer> {
  const [dl] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.selectOption('select[aria-label="export format"]', kind),
  ]);
  return readFileSync((await dl.path())!);
}

beforeAll(async () => {
  store = await openStore(loadConfig(process.env));
  ids = await ingestFixtures(store, seedExtractions());
  server = await serve({ port: 0, driver: store.driver, webRoot: findWebRoot() });
  browser = await openBrowser();
  page = browser.page;
  await openExplorer(page, server.url, '?focus=iran');
  await still(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.deleteArticles(ids);
  await store?.close();
});

describe('pictures and exports', () => {
  it('exports the whole view as SVG with title, date, legend and every actor label', async () => {
    const svg = (await exported('svg')).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>Iran and its relationships</text>');
    expect(svg).toMatch(/kg explorer · \d{4}-\d{2}-\d{2}/);
    expect(svg).toContain('>Legend</text>');
    expect(svg).toContain('>negated (&quot;did not …&quot;)</text>');
    expect(svg).toContain('>Iran</text>');
  });

  it('exports a PNG at twice the size of the picture, legend band drawn', async () => {
    const svg = (await exported('svg')).toString('utf8');
    const size = { w: Number(/width="(\d+)"/.exec(svg)![1]), h: Number(/height="(\d+)"/.exec(svg)![1]) };
    const png = await exported('png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size.w * 2, size.h * 2]);
    // Inked pixels in the legend band (the bottom 76 px of the picture, at 2×).
    const inked = await page.evaluate(async (b64) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const w = globalThis as any;
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const bmp = await w.createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new w.OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bmp, 0, 0);
      const band = ctx.getImageData(0, bmp.height - 140, bmp.width, 130).data;
      let dark = 0;
      for (let i = 0; i < band.length; i += 4) if (band[i]! < 140) dark++;
      return dark;
    }, png.toString('base64'));
    expect(inked).toBeGreaterThan(200);
  });

  it('exports GraphML whose relationships carry their evidence and attribution', async () => {
    const xml = (await exported('graphml')).toString('utf8');
    expect(xml).toContain('attr.name="evidence"');
    expect(xml).toContain('attr.name="attribution"');
    expect(xml).toMatch(/<data key="e_evidence">\[\{&quot;[^<]*&quot;text&quot;:&quot;/);
  });
});

describe('the Cypher box', () => {
  it('runs a README query unchanged with its parameter, tables the rows and pins the result', async () => {
    const query = readmeQueries().find((q) => q.includes("queryNodes('entity_names', $name)"))!;
    await page.locator('#cypher textarea[aria-label="Cypher query"]').fill(query);
    await page.locator('#cypher textarea[aria-label="Cypher parameters"]').fill('name=Kadhimi');
    await page.locator('#cypher button', { hasText: 'Run' }).click();
    await page.locator('[data-testid=cypher-table]').waitFor();
    expect(await page.locator('[data-testid=cypher-error]').count()).toBe(0);
    expect(await page.locator('[data-testid=cypher-table] tbody tr').count()).toBeGreaterThan(0);

    await openExplorer(page, server.url, '?types=Person');
    const before = await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.graph.nodes() as string[]);
    await page.locator('#cypher textarea[aria-label="Cypher query"]').fill('MATCH (a:Entity {id: $id})-[r]->(b:Entity) RETURN a, r, b');
    await page.locator('#cypher textarea[aria-label="Cypher parameters"]').fill('{"id": "iran"}');
    await page.locator('[data-action=pin]').click();
    await page.locator('[data-testid=cypher-summary]', { hasText: 'pinned' }).waitFor();
    const after = await page.evaluate(() => {
      const ex = (globalThis as unknown as Win).kgExplorer;
      return {
        nodes: ex.graph.nodes() as string[],
        pinned: ex.pinned.has('iran') as boolean,
        visible: ex.view.visible.nodes.has('iran') as boolean,
      };
    });
    // Pinning adds to the canvas: what was drawn before is still there.
    expect(after.nodes).toEqual(expect.arrayContaining(before));
    // Iran is a Place, filtered out by types=Person, yet a pinned result stays on the canvas.
    expect(after).toMatchObject({ pinned: true, visible: true });
  });

  it('asks for a missing parameter instead of sending the query', async () => {
    await page.locator('#cypher textarea[aria-label="Cypher parameters"]').fill('');
    await page.locator('#cypher textarea[aria-label="Cypher query"]').fill(readmeQueries()[0]!);
    await page.locator('#cypher button', { hasText: 'Run' }).click();
    expect(await page.locator('[data-testid=cypher-error]').textContent()).toMatch(/parameters needed: \$name/);
  });
});

describe("Neo4j's own tools", () => {
  it('serves Neo4j Browser from the local server, and its discovery document names the real Bolt port', async () => {
    const s = await status(process.env);
    if (!s.running) return void process.stderr.write('skipped: no local Neo4j managed by kg (NEO4J_URI points elsewhere)\n');
    await page.goto(`${s.httpUrl}/browser/`);
    expect(await page.title()).toBe('Neo4j Browser');
    const discovery = (await (await fetch(`${s.httpUrl}/`)).json()) as { bolt_direct: string };
    expect(discovery.bolt_direct).toBe(s.uri);
  });
});
