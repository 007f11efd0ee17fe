/**
 * `npm run bench:viz` — the explorer's performance, measured (a script, not a timed test):
 *   API: neighbourhood, evidence and overview medians over a sample of actors and relationships;
 *   the workbench's whole-graph facets (a mix of filters) and the actor panel (an actor with its
 *   relationships), and how long the claims snapshot takes to build cold;
 *   browser (headless chromium): the overview's first frame over several loads; a real depth-3
 *   expansion of the biggest hub (fetched and merged as the app does); and a ≥5,000-node
 *   expansion. The corpus has fewer connected actors than that (about 3,900), so that subgraph is
 *   the real connected graph (/api/overview?limit=5000) topped up with a renamed copy of its most
 *   connected actors, merged through Explorer.merge, the function every expansion goes through.
 *   Each browser run is watched with a PerformanceObserver for long tasks and a frame-gap probe.
 *
 * Where the graph lives: NEO4J_URI as usual, or KG_BENCH_NEO4J=private to start a private server
 * (KG_BENCH_HOME, default /tmp/kg-bench-viz; KG_BENCH_BOLT 17787, KG_BENCH_HTTP 17577) and stop it
 * at the end. If the graph is empty it ingests KG_BENCH_DATA (default ../shared/data/news) and the
 * related articles (KG_BENCH_RELATED, default ../shared/data/related, its .txt files) with `kg ingest`;
 * a graph without the related articles gets them added. The table says the load average.
 * KG_BENCH_RUNS (default 5) sets how many loads and expansions are timed. Prints the medians and
 * writes docs/bench-viz.md; KG_BENCH_TRACE=1 also prints when each expansion's tasks over 100 ms ran.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../graph/config.js';
import { runRead } from '../graph/read.js';
import { openStore, type Store } from '../graph/store.js';
import { openBrowser, type Browser } from '../tests/viz/browser.js';
import { findWebRoot, serve } from '../viz/server/index.js';

const RUNS = Math.max(1, Number(process.env.KG_BENCH_RUNS ?? 5));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const r = (n: number): string => n.toFixed(0);
const all = (xs: number[]): string => xs.map(r).join(', ');

/** KG_BENCH_NEO4J=private: a server of our own, so the shared one stays small. */
function privateServer(): { env: NodeJS.ProcessEnv; stop(): void } | null {
  if (process.env.KG_BENCH_NEO4J !== 'private') return null;
  const bolt = process.env.KG_BENCH_BOLT ?? '17787';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KG_NEO4J_HOME: process.env.KG_BENCH_HOME ?? '/tmp/kg-bench-viz',
    KG_BOLT_PORT: bolt,
    KG_HTTP_PORT: process.env.KG_BENCH_HTTP ?? '17577',
  };
  delete env.NEO4J_URI;
  const kg = (...args: string[]): void =>
    void execFileSync(process.execPath, ['bin/kg.js', ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  kg('neo4j', 'start');
  process.env.NEO4J_URI = `bolt://127.0.0.1:${bolt}`;
  process.env.KG_NEO4J_HOME = env.KG_NEO4J_HOME; // where that server's password is
  return { env, stop: () => kg('neo4j', 'stop') };
}

/**
 * The BBC folders and the related articles: everything when the graph is empty, the related
 * articles alone when the graph has articles but none of them (a graph filled before they were
 * part of the bench). Returns what the graph holds, for the table.
 */
async function ensureData(store: Store): Promise<string> {
  const dir = resolve(process.env.KG_BENCH_DATA ?? join(process.cwd(), '..', 'shared', 'data', 'news'));
  const parts = ['business', 'entertainment', 'politics', 'sport', 'tech'].map((c) => join(dir, c)).filter((d) => existsSync(d));
  const relatedDir = resolve(process.env.KG_BENCH_RELATED ?? join(process.cwd(), '..', 'shared', 'data', 'related'));
  const related = existsSync(relatedDir)
    ? readdirSync(relatedDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(relatedDir, f))
    : [];
  const relatedStored = async (): Promise<number> =>
    Number(
      (await runRead(store.driver, 'MATCH (a:Article) WHERE a.source STARTS WITH $dir RETURN count(a) AS n', { dir: relatedDir })).rows[0]
        ?.n ?? 0,
    );
  const kgIngest = (inputs: string[]): void =>
    void execFileSync(process.execPath, ['bin/kg.js', 'ingest', ...inputs], { env: process.env, stdio: ['ignore', 'inherit', 'inherit'] });
  if ((await store.counts()).articles === 0) {
    process.stderr.write(`bench-viz: the graph is empty, ingesting ${dir} and ${related.length} related articles…\n`);
    kgIngest([...(parts.length ? parts : [dir]), ...related]);
  } else if (related.length && (await relatedStored()) === 0) {
    process.stderr.write(`bench-viz: adding the ${related.length} related articles from ${relatedDir}…\n`);
    kgIngest(related);
  }
  return `${dir} (${parts.map((p) => p.split(/[\\/]/).at(-1)).join(', ') || 'as given'}) and ${await relatedStored()} related articles (${relatedDir})`;
}

/** The 1-minute load average every 5 s while the bench runs (other jobs share the 2 cores). */
function loadProbe(): { stop(): { start: number; end: number; min: number; max: number } } {
  const xs = [loadavg()[0]!];
  const t = setInterval(() => xs.push(loadavg()[0]!), 5000);
  return {
    stop: () => {
      clearInterval(t);
      xs.push(loadavg()[0]!);
      return { start: xs[0]!, end: xs.at(-1)!, min: Math.min(...xs), max: Math.max(...xs) };
    },
  };
}

async function timed(url: URL): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return performance.now() - t;
}

interface Run {
  nodes: number;
  fetchMs: number;
  drawnMs: number;
  layoutMs: number;
  longTasks: number;
  maxLongTask: number;
  maxFrameGap: number;
  trace: string;
}

/**
 * In the page: fetch a subgraph, merge it as an expansion around `hub`, watch long tasks and
 * frame gaps until the layout stops. `topUp` > 0 adds a renamed copy of the `topUp` most
 * connected nodes (and the relationships among them) — the synthetic part of the 5,000 run.
 */
async function expansion(b: Browser, url: string, path: string, hub: string, topUp: number): Promise<Run> {
  await b.page.goto(url);
  await b.page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  await b.page.waitForTimeout(2500); // let the overview's own layout finish
  return b.page.evaluate(
    async ({ path, hub, topUp }) => {
      type Sub = { nodes: { id: string; degree?: number }[]; edges: { id: string; source: string; target: string }[] };
      const raf = (globalThis as unknown as { requestAnimationFrame(cb: () => void): number }).requestAnimationFrame.bind(globalThis);
      type Ex = { merge(s: Sub, around?: string): Promise<void>; layoutDone: Promise<void>; graph: { order: number } };
      const ex = (globalThis as unknown as { kgExplorer: Ex }).kgExplorer;
      const tasks: number[] = [];
      const starts: number[] = [];
      const obs = new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => {
          tasks.push(e.duration);
          starts.push(e.startTime);
        }),
      ) as unknown as { observe(o: { type: string }): void; disconnect(): void };
      obs.observe({ type: 'longtask' });
      let gap = 0;
      let last = performance.now();
      let watching = true;
      const frame = (): void => {
        const now = performance.now();
        gap = Math.max(gap, now - last);
        last = now;
        if (watching) raf(frame);
      };
      raf(frame);
      const t = performance.now();
      const sub = (await fetch(path).then((res) => res.json())) as Sub;
      if (topUp > 0) {
        const copy = [...sub.nodes].sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0)).slice(0, topUp);
        const ids = new Set(copy.map((n) => n.id));
        sub.nodes.push(...copy.map((n) => ({ ...n, id: `${n.id}~copy` })));
        sub.edges.push(
          ...sub.edges
            .filter((e) => ids.has(e.source) && ids.has(e.target))
            .map((e) => ({ ...e, id: `${e.id}~copy`, source: `${e.source}~copy`, target: `${e.target}~copy` })),
        );
        // One bridge so the copy hangs off the real graph rather than floating apart.
        const first = copy[0];
        if (first) sub.edges.push({ ...sub.edges[0]!, id: 'bench-bridge', source: first.id, target: `${first.id}~copy` });
      }
      const fetched = performance.now() - t;
      await ex.merge(sub, hub);
      await new Promise((res) => raf(() => res(null)));
      const drawn = performance.now() - t;
      await ex.layoutDone;
      const stopped = performance.now() - t;
      await new Promise((res) => setTimeout(res, 500));
      watching = false;
      obs.disconnect();
      // KG_BENCH_TRACE: when the long tasks (over 100 ms) started, from the fetch, and how long they took.
      const trace = `drawn ${drawn.toFixed(0)}, stopped ${stopped.toFixed(0)}; tasks ${tasks
        .map((d, i) => [starts[i]! - t, d])
        .filter(([, d]) => d! > 100)
        .map(([s, d]) => `${s!.toFixed(0)}+${d!.toFixed(0)}`)
        .join(' ')}`;
      return {
        nodes: ex.graph.order,
        fetchMs: fetched,
        drawnMs: drawn,
        layoutMs: stopped,
        longTasks: tasks.length,
        maxLongTask: Math.max(0, ...tasks),
        maxFrameGap: gap,
        trace,
      };
    },
    { path, hub, topUp },
  );
}

async function main(): Promise<void> {
  const own = privateServer();
  const store = await openStore(loadConfig());
  try {
    const corpus = await ensureData(store);
    const load = loadProbe();
    const counts = await store.counts();
    const connected = Number((await runRead(store.driver, 'MATCH (e:Entity) WHERE e.degree > 0 RETURN count(e) AS n')).rows[0]?.n ?? 0);
    // The first claims snapshot of the process: every statement and article read, every article's
    // MinHash signature computed (then kept per content hash); later snapshots reuse the signatures.
    const t0 = performance.now();
    const server = await serve({ port: 0, driver: store.driver, webRoot: findWebRoot() });
    await timed(new URL('api/facets', server.url));
    const firstSnapshot = performance.now() - t0;
    const bare = await serve({ port: 0, driver: store.driver, webRoot: null, limits: { cacheMs: 0 } });
    // The 40 most connected actors, and each one's relationship with the most statements.
    const sample = await runRead(
      store.driver,
      `MATCH (a:Entity) WHERE a.degree > 0 WITH a ORDER BY a.degree DESC, a.mentions DESC LIMIT 40
      CALL (a) { MATCH (a)-[r]->(:Entity) RETURN r.key AS key ORDER BY r.count DESC, r.key LIMIT 1 }
      RETURN collect(a.id) AS ents, collect(key) AS keys`,
    );
    const { ents, keys } = sample.rows[0] as { ents: string[]; keys: string[] };
    for (const id of ents.slice(0, 5)) await timed(new URL(`api/neighbourhood/${encodeURIComponent(id)}`, bare.url)); // warm-up
    const nb: number[] = [];
    for (const id of ents) nb.push(await timed(new URL(`api/neighbourhood/${encodeURIComponent(id)}?limit=50`, bare.url)));
    const ev: number[] = [];
    for (const k of keys) ev.push(await timed(new URL(`api/evidence?key=${encodeURIComponent(k)}`, bare.url)));
    const ov: number[] = [];
    for (let i = 0; i < 10; i++) ov.push(await timed(new URL('api/overview', bare.url)));
    // The workbench: the claims snapshot built cold (first facets call), then facets over the whole
    // graph with a mix of filters, and the actor panel (an actor with all its relationships).
    const fresh = await serve({ port: 0, driver: store.driver, webRoot: null });
    const cold = await timed(new URL('api/facets', fresh.url));
    await fresh.close();
    const filters = [
      '',
      'pol=negative',
      'fam=attack',
      'cert=hedged,alleged',
      'types=Person',
      'minSources=2',
      'from=2021-11-01&to=2021-11-30',
      'attr=yes&pol=positive',
    ];
    const fc: number[] = [];
    for (let i = 0; i < 3; i++) for (const f of filters) fc.push(await timed(new URL(`api/facets?${f}`, bare.url)));
    const ap: number[] = [];
    for (const id of ents) ap.push(await timed(new URL(`api/entity/${encodeURIComponent(id)}`, bare.url)));

    const browser = await openBrowser();
    const firstFrames: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await browser.page.goto(server.url);
      await browser.page.waitForFunction(() => performance.getEntriesByName('kg-first-frame').length > 0, undefined, { timeout: 60_000 });
      firstFrames.push(await browser.page.evaluate(() => performance.getEntriesByName('kg-first-frame')[0]!.startTime));
    }
    const hub = ents[0]!;
    const real: Run[] = [];
    const big: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      real.push(await expansion(browser, server.url, `api/neighbourhood/${encodeURIComponent(hub)}?depth=3&limit=5000`, hub, 0));
      big.push(await expansion(browser, server.url, 'api/overview?limit=5000', hub, Math.max(0, 5000 - connected)));
    }
    if (process.env.KG_BENCH_TRACE)
      for (const [name, runs] of [
        ['depth 3', real],
        ['5,000', big],
      ] as const)
        for (const x of runs) process.stderr.write(`bench-viz: ${name}: ${x.trace}\n`);
    if (browser.errors.length) process.stderr.write(`bench-viz: the page logged errors:\n${browser.errors.join('\n')}\n`);
    await browser.close();
    await bare.close();
    await server.close();
    const la = load.stop();
    const f1 = (n: number): string => n.toFixed(1);

    const row = (name: string, runs: Run[]): string[] => {
      const m = (k: Exclude<keyof Run, 'trace'>): string => r(median(runs.map((x) => x[k])));
      return [
        `| ${name} (${m('nodes')} nodes in view): fetch / drawn / layout stopped | ${m('fetchMs')} / ${m('drawnMs')} / ${m('layoutMs')} ms | drawn at once, layout off-thread |`,
        `| ${name}: long tasks (> 50 ms); longest (each run) | ${m('longTasks')}; ${m('maxLongTask')} ms (${all(runs.map((x) => x.maxLongTask))}) | none over 200 ms |`,
        `| ${name}: longest gap between frames | ${m('maxFrameGap')} ms (${all(runs.map((x) => x.maxFrameGap))}) | |`,
      ];
    };
    const lines = [
      '# Explorer benchmark (`npm run bench:viz`)',
      '',
      `Graph: ${counts.articles} articles, ${counts.entities} entities (${connected} with a relationship), ${counts.relations} relationships, ${counts.statements} statements; ingested from ${corpus}.`,
      `Machine: a 2-core VM shared with other jobs, headless chromium with SwiftShader (software) WebGL. Medians of ${RUNS} runs; every run's value in brackets where it matters.`,
      `Load average (1 min) while it ran: ${f1(la.start)} at the start, ${f1(la.end)} at the end, ${f1(la.min)}–${f1(la.max)} sampled every 5 s (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC).`,
      '',
      '| measure | result | target |',
      '|---|---|---|',
      `| API neighbourhood (limit 50), median of ${nb.length} | ${r(median(nb))} ms | < 100 ms |`,
      `| API evidence, median of ${ev.length} | ${r(median(ev))} ms | < 100 ms |`,
      `| API overview (150 actors, not memoised), median of ${ov.length} | ${r(median(ov))} ms | |`,
      `| claims snapshot: first build (with MinHash of every article) / a new server's build | ${r(firstSnapshot)} / ${r(cold)} ms | rebuilt in the background |`,
      `| API facets over the whole graph, ${filters.length} filter mixes × 3, median of ${fc.length} (slowest) | ${r(median(fc))} ms (${r(Math.max(...fc))}) | < 300 ms |`,
      `| API actor panel (actor + all its relationships + articles), median of ${ap.length} (slowest) | ${r(median(ap))} ms (${r(Math.max(...ap))}) | < 200 ms |`,
      `| overview first frame (each load) | ${r(median(firstFrames))} ms (${all(firstFrames)}) | < 1000 ms |`,
      ...row('real expansion: hub at depth 3', real),
      ...row(`5,000-node expansion (${connected} real + ${Math.max(0, 5000 - connected)} copied)`, big),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    writeFileSync(resolve(process.env.KG_BENCH_OUT ?? join('docs', 'bench-viz.md')), `${lines.join('\n')}\n`);
  } finally {
    await store.close();
    own?.stop();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`bench-viz: ${e.message}\n`);
  process.exitCode = 1;
});
