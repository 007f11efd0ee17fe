/**
 * `npm start`: the main job on a fresh machine, saying what it does at each step: start the local
 * Neo4j (unless NEO4J_URI points elsewhere) with a ticking wait, ingest seeds/ with a progress
 * bar and a smoothed time-left estimate, print a summary and a sample query, serve the explorer.
 */
import { join } from 'node:path';
import { countFiles, progress } from '../bin/progress.js';
import { formatRows } from '../bin/format.js';
import { ingest } from '../bin/commands/ingest.js';
import { loadConfig, settings } from '../graph/config.js';
import { runRead } from '../graph/read.js';
import { repoRoot } from '../graph/server/paths.js';
import { serverOptions } from '../graph/server/conf.js';
import { start } from '../graph/server/process.js';
import { openStore } from '../graph/store.js';
import { isKgError } from '../ingest/errors.js';
import { defaultWorkers } from '../ingest/workers/pool.js';
import { serve } from '../viz/server/index.js';

const SAMPLE = `MATCH (s:Entity)-[r]->(o:Entity)
RETURN s.name AS subject, r.predicate AS predicate, o.name AS object, r.polarity AS polarity, r.certainty AS certainty, r.count AS statements
ORDER BY r.count DESC, subject LIMIT 10`;

const STEPS = 4;
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const step = (n: number, line: string): void => say(`kg [${n}/${STEPS}] ${line}`);

/** While `work` runs, say how long it has been: a ticking line on a terminal, a line every 15 s otherwise. */
async function ticking<T>(what: string, work: Promise<T>): Promise<T> {
  const t0 = Date.now();
  const tty = Boolean(process.stdout.isTTY);
  const timer = setInterval(() => {
    const s = Math.round((Date.now() - t0) / 1000);
    if (tty) process.stdout.write(`\r      ${what} (${s} s)`);
    else if (s % 15 === 0) say(`      ${what} (${s} s)`);
  }, 1000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    if (tty) process.stdout.write('\r\x1b[K');
  }
}

async function main(): Promise<void> {
  const env = settings();
  const cfg = loadConfig(env);
  if (cfg.external) step(1, `Neo4j: using the server at ${cfg.uri} (NEO4J_URI)`);
  else {
    const o = serverOptions(env);
    step(
      1,
      `Neo4j: starting the local server on bolt://${o.host}:${o.boltPort}, unless it runs already (the first run fetches its jars with Maven; starting takes 20–60 s)…`,
    );
    const t0 = Date.now();
    const s = await ticking('waiting for Neo4j to answer', start({ env, log: (l) => say(`      ${l}`) }));
    step(
      1,
      `Neo4j: ${s.alreadyRunning ? 'already running' : `started in ${Math.round((Date.now() - t0) / 1000)} s`} at ${s.uri} (Neo4j Browser ${s.httpUrl}/browser/)`,
    );
  }
  const store = await openStore(loadConfig(env));
  const seeds = join(repoRoot(), 'seeds');
  const files = await countFiles([seeds]);
  step(2, `ingesting ${files} article file${files === 1 ? '' : 's'} from ${seeds}…`);
  const bar = progress([seeds], { lines: true, total: files });
  const sum = await ingest(store, [seeds], { workers: defaultWorkers(), batch: 200, onArticle: bar.tick }).finally(() => bar.stop());
  const c = await store.counts();
  step(2, `ingested: ${sum.new} new, ${sum.unchanged} unchanged, ${sum.replaced} replaced articles in ${sum.seconds.toFixed(1)} s`);
  step(
    3,
    `the graph holds ${c.articles} articles, ${c.entities} entities, ${c.relations} relations, ${c.statements} statements; a sample query (kg query "…"):`,
  );
  say(`\n${SAMPLE}\n`);
  const res = await runRead(store.driver, SAMPLE);
  say(formatRows(res.rows, res.columns, 'table'));
  await store.close();
  step(4, 'starting the explorer…');
  const served = await serve({ host: env.KG_HOST || '127.0.0.1', port: Number(env.KG_PORT || 7700) });
  if (served.warning) say(`kg: ${served.warning}`);
  step(4, `the explorer is at ${served.url}  (Ctrl-C to stop it; \`npm run kg -- neo4j stop\` stops Neo4j)`);
  const stop = (): void => void served.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`kg: ${isKgError(e) ? e.toLine() : `internal error: ${(e as Error).message}`}\n`);
  process.exit(1);
});
