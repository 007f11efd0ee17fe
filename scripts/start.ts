/**
 * `npm start`: the main job on a fresh machine. Starts the local Neo4j (unless NEO4J_URI points
 * elsewhere), ingests seeds/, prints a summary and a sample query, then serves the explorer.
 */
import { join } from 'node:path';
import { formatRows } from '../bin/format.js';
import { ingest } from '../bin/commands/ingest.js';
import { loadConfig, settings } from '../graph/config.js';
import { runRead } from '../graph/read.js';
import { repoRoot } from '../graph/server/paths.js';
import { start } from '../graph/server/process.js';
import { openStore } from '../graph/store.js';
import { isKgError } from '../ingest/errors.js';
import { defaultWorkers } from '../ingest/workers/pool.js';
import { serve } from '../viz/server/index.js';

const SAMPLE = `MATCH (s:Entity)-[r]->(o:Entity)
RETURN s.name AS subject, r.predicate AS predicate, o.name AS object, r.polarity AS polarity, r.certainty AS certainty, r.count AS statements
ORDER BY r.count DESC, subject LIMIT 10`;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const env = settings();
  const cfg = loadConfig(env);
  if (cfg.external) say(`kg: using the Neo4j server at ${cfg.uri} (NEO4J_URI)`);
  else {
    say('kg: starting the local Neo4j (the first run fetches its jars with Maven)…');
    const s = await start({ env, log: say });
    say(`kg: Neo4j ${s.alreadyRunning ? 'already running' : 'started'} at ${s.uri}`);
  }
  const store = await openStore(loadConfig(env));
  const seeds = join(repoRoot(), 'seeds');
  const sum = await ingest(store, [seeds], { workers: defaultWorkers(), batch: 200 });
  const c = await store.counts();
  say(`kg: ingested ${seeds}: ${sum.new} new, ${sum.unchanged} unchanged, ${sum.replaced} replaced articles in ${sum.seconds.toFixed(1)} s`);
  say(`kg: the graph holds ${c.articles} articles, ${c.entities} entities, ${c.relations} relations, ${c.statements} statements`);
  say(`\nA sample query (kg query "…"):\n${SAMPLE}\n`);
  const res = await runRead(store.driver, SAMPLE);
  say(formatRows(res.rows, res.columns, 'table'));
  await store.close();
  const served = await serve({ host: env.KG_HOST || '127.0.0.1', port: Number(env.KG_PORT || 7700) });
  say(`\nkg explorer: ${served.url}  (Ctrl-C to stop; \`npx kg neo4j stop\` stops Neo4j)`);
  const stop = (): void => void served.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`kg: ${isKgError(e) ? e.toLine() : `internal error: ${(e as Error).message}`}\n`);
  process.exit(1);
});
