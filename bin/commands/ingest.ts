/**
 * `kg ingest PATH...`: run the pipeline and store the result in Neo4j. Idempotent: an article
 * whose content is already stored is skipped; an edited article (same URL or path, new content)
 * replaces its earlier contribution. Writes are batched, one transaction per batch, and overlap
 * with extraction (one batch in flight).
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { EntityIndex } from '../../ingest/pipeline.js';
import { runPipeline, type ArticleState } from '../../ingest/run.js';
import type { Extraction } from '../../ingest/types.js';
import { defaultWorkers } from '../../ingest/workers/pool.js';
import { relKey } from '../../graph/batch.js';
import { openStore, type Store } from '../../graph/store.js';
import { progress } from '../progress.js';
import { reportError, workersOption } from './shared.js';

export interface IngestSummary {
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
  entities: number;
  relations: number;
  seconds: number;
}

export async function ingest(store: Store, paths: readonly string[], opts: { workers: number; batch: number; onArticle?: (source: string) => void }): Promise<IngestSummary> {
  const t0 = performance.now();
  await store.ensureSchema();
  const index = new EntityIndex();
  for (const e of await store.knownEntities()) index.add(e);
  const sum: IngestSummary = { new: 0, unchanged: 0, replaced: 0, failed: 0, entities: 0, relations: 0, seconds: 0 };
  const seenHashes = new Set<string>();
  const entityIds = new Set<string>();
  const relKeys = new Set<string>();
  let batch: Extraction[] = [];
  let inFlight: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    const xs = batch;
    batch = [];
    await inFlight;
    inFlight = xs.length ? store.write(xs) : Promise.resolve();
  };
  // Runs while the previous batch is still being written: duplicates within this run are caught
  // by `seenHashes`, and a write always replaces its articles' earlier contribution anyway.
  const classify = async (articles: { id: string; contentHash: string }[]): Promise<ArticleState[]> => {
    const states = await store.classify(articles);
    return states.map((s, i) => {
      const h = articles[i]!.contentHash;
      const dup = seenHashes.has(h);
      seenHashes.add(h);
      return dup ? 'unchanged' : s;
    });
  };
  for await (const item of runPipeline(paths, { workers: opts.workers, index, classify })) {
    if (item.kind === 'error') {
      sum.failed++;
      reportError(item.error);
      continue;
    }
    if (item.kind === 'unchanged') {
      sum.unchanged++;
      opts.onArticle?.(item.article.source);
      continue;
    }
    const x = item.extraction;
    sum[item.state]++;
    x.entities.forEach((e) => entityIds.add(e.id));
    x.relations.forEach((r) => relKeys.add(relKey(r.subject, r.predicate, r.object, r.polarity)));
    batch.push(x);
    opts.onArticle?.(x.article.source);
    if (batch.length >= opts.batch) await flush();
  }
  await flush();
  await inFlight;
  return { ...sum, entities: entityIds.size, relations: relKeys.size, seconds: (performance.now() - t0) / 1000 };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract entities and relations from articles and store them in Neo4j')
    .argument('<paths...>', 'files or folders (.txt .md .html .json .jsonl), folders read recursively')
    .addOption(workersOption())
    .option('--batch <n>', 'articles per write transaction', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expects a whole number ≥ 1');
      return n;
    }, 200)
    .addHelpText('after', '\nRe-ingesting unchanged content changes nothing; an edited article (same URL, or same path) replaces\nwhat it contributed before. Bad files are reported one line each and skipped; the exit code is 1 if any failed.')
    .action(async (paths: string[], o: { workers?: number; batch: number }) => {
      const store = await openStore();
      const bar = progress(paths);
      try {
        const s = await ingest(store, paths, { workers: o.workers ?? defaultWorkers(), batch: o.batch, onArticle: bar.tick });
        bar.stop();
        const c = await store.counts();
        process.stdout.write(
          `articles: ${s.new} new, ${s.unchanged} unchanged, ${s.replaced} replaced${s.failed ? `, ${s.failed} failed` : ''}\n` +
            `written: ${s.entities} entities, ${s.relations} relations in ${s.seconds.toFixed(1)} s\n` +
            `graph now: ${c.articles} articles, ${c.entities} entities, ${c.relations} relations, ${c.statements} statements\n`,
        );
        if (s.failed) process.exitCode = 1;
      } finally {
        bar.stop();
        await store.close();
      }
    });
}
