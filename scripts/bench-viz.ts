/**
 * `npm run bench:viz` — the explorer's performance, measured (a script, not a timed test):
 *   API: neighbourhood and evidence medians over a sample of actors and relationships;
 *   browser (headless chromium): overview first frame, and a 5,000-node expansion watched with a
 *   PerformanceObserver for long tasks (layout runs in the ForceAtlas2 worker).
 * If the graph is empty it ingests ../shared/data/news (or KG_BENCH_DATA) through the store.
 * Prints the medians and writes docs/bench-viz.md.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../graph/config.js';
import { runRead } from '../graph/read.js';
import { openStore, type Store } from '../graph/store.js';
import { EntityIndex, extractLocal, resolve } from '../ingest/pipeline.js';
import type { Extraction } from '../ingest/types.js';
import { openBrowser } from '../tests/viz/browser.js';
import { findWebRoot, serve } from '../viz/server/index.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))).filter((f) => f.endsWith('.txt') && statSync(f).isFile()).sort();

async function ensureData(store: Store): Promise<void> {
  if ((await store.counts()).articles > 0) return;
  const dir = process.env.KG_BENCH_DATA ?? join(process.cwd(), '..', 'shared', 'data', 'news');
  process.stderr.write(`bench-viz: the graph is empty, ingesting ${dir}…\n`);
  await store.ensureSchema();
  const index = new EntityIndex();
  let batch: Extraction[] = [];
  for (const f of files(dir)) {
    batch.push(resolve(extractLocal({ source: f, text: readFileSync(f, 'utf8'), format: 'txt' }), index));
    if (batch.length >= 100) {
      await store.write(batch);
      batch = [];
    }
  }
  if (batch.length) await store.write(batch);
}

async function timed(url: URL): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return performance.now() - t;
}

async function main(): Promise<void> {
  const store = await openStore(loadConfig());
  await ensureData(store);
  const counts = await store.counts();
  const server = await serve({ port: 0, driver: store.driver, webRoot: findWebRoot() });
  const sample = await runRead(store.driver, `MATCH (a:Entity)-[r]->(:Entity) WITH a, r ORDER BY a.mentions DESC LIMIT 400
    WITH collect(DISTINCT a.id)[..40] AS ents, collect(r.key)[..40] AS keys RETURN ents, keys`);
  const { ents, keys } = sample.rows[0] as { ents: string[]; keys: string[] };
  for (const id of ents.slice(0, 5)) await timed(new URL(`api/neighbourhood/${encodeURIComponent(id)}`, server.url)); // warm-up
  const nb: number[] = [];
  for (const id of ents) nb.push(await timed(new URL(`api/neighbourhood/${encodeURIComponent(id)}?limit=50`, server.url)));
  const ev: number[] = [];
  for (const k of keys) ev.push(await timed(new URL(`api/evidence?key=${encodeURIComponent(k)}`, server.url)));

  const browser = await openBrowser();
  const firstFrames: number[] = [];
  for (let i = 0; i < 3; i++) {
    await browser.page.goto(server.url);
    await browser.page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    await browser.page.waitForFunction(() => performance.getEntriesByName('kg-first-frame').length > 0);
    firstFrames.push(await browser.page.evaluate(() => performance.getEntriesByName('kg-first-frame')[0]!.startTime));
  }
  const hub = ents[0]!;
  const expansion = await browser.page.evaluate(async (id) => {
    const tasks: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration))) as unknown as { observe(o: { type: string }): void };
    obs.observe({ type: 'longtask' });
    const ex = (globalThis as unknown as { kgExplorer: { merge(s: unknown, around?: string): Promise<void>; graph: { order: number } } }).kgExplorer;
    const t = performance.now();
    const sub = await fetch(`api/neighbourhood/${encodeURIComponent(id)}?depth=3&limit=5000`).then((r) => r.json());
    const fetched = performance.now() - t;
    await ex.merge(sub, id);
    await new Promise((r) => setTimeout(r, 500));
    return { nodes: ex.graph.order, fetchMs: fetched, totalMs: performance.now() - t, longTasks: tasks.length, maxLongTask: Math.max(0, ...tasks) };
  }, hub);
  await browser.close();
  await server.close();
  await store.close();

  const r = (n: number): string => n.toFixed(0);
  const lines = [
    '# Explorer benchmark (`npm run bench:viz`)',
    '',
    `Graph: ${counts.articles} articles, ${counts.entities} entities, ${counts.relations} relationships, ${counts.statements} statements. Machine: shared 2-core VM, headless chromium with SwiftShader WebGL.`,
    '',
    '| measure | result | target |',
    '|---|---|---|',
    `| API neighbourhood (limit 50), median of ${nb.length} | ${r(median(nb))} ms | < 100 ms |`,
    `| API evidence, median of ${ev.length} | ${r(median(ev))} ms | < 100 ms |`,
    `| overview first frame, median of ${firstFrames.length} loads | ${r(median(firstFrames))} ms | < 2000 ms |`,
    `| expansion to ${expansion.nodes} nodes: fetch / total | ${r(expansion.fetchMs)} / ${r(expansion.totalMs)} ms | interactive |`,
    `| expansion: long tasks (> 50 ms), longest | ${expansion.longTasks}, ${r(expansion.maxLongTask)} ms | none over 200 ms |`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  writeFileSync(join(process.cwd(), 'docs', 'bench-viz.md'), `${lines.join('\n')}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`bench-viz: ${e.message}\n`);
  process.exitCode = 1;
});
