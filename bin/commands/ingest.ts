/**
 * `kg ingest PATH...`: run the pipeline and store the result in Neo4j. Idempotent: an article
 * whose content is already stored is skipped; an edited article (same URL or path, new content)
 * replaces its earlier contribution. Writes are batched, one transaction per batch, and overlap
 * with extraction (one batch in flight). Each batch is resolved against every stored article;
 * a final reconcile (graph/reconcile.ts) makes the graph exactly that of resolving the whole
 * stored set at once, so order and interruptions do not change the result.
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { defaultTables, resolveSet } from '../../ingest/resolve/global.js';
import { extractionFor } from '../../ingest/resolve/output.js';
import { runPipeline, type ArticleState } from '../../ingest/run.js';
import type { LocalExtraction } from '../../ingest/types.js';
import { loadStored, withStored } from '../../graph/locals.js';
import { reconcile } from '../../graph/reconcile.js';
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
  const arts = await loadStored(store);
  const tables = defaultTables();
  const sum: IngestSummary = { new: 0, unchanged: 0, replaced: 0, failed: 0, entities: 0, relations: 0, seconds: 0 };
  const seenHashes = new Set<string>();
  const entityIds = new Set<string>();
  const relKeys = new Set<string>();
  let batch: LocalExtraction[] = [];
  let inFlight: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    const locals = batch;
    batch = [];
    if (!locals.length) return;
    const res = resolveSet([...arts.values()].map((a) => a.local), tables);
    const xs = locals.map((l) => withStored(extractionFor(l, res), l));
    for (const x of xs) {
      x.entities.forEach((e) => entityIds.add(e.id));
      x.relations.forEach((r) => relKeys.add(relKey(r.subject, r.predicate, r.object, r.polarity)));
    }
    await inFlight;
    inFlight = store.write(xs).then(() => {
      for (const x of xs) arts.get(x.article.id)!.resolved = x.stored!.resolved;
    });
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
  for await (const item of runPipeline(paths, { workers: opts.workers, classify })) {
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
    const x = item.local;
    sum[item.state]++;
    arts.set(x.article.id, { local: x, resolved: '' });
    batch.push(x);
    opts.onArticle?.(x.article.source);
    if (batch.length >= opts.batch) await flush();
  }
  await flush();
  await inFlight;
  await reconcile(store, arts, tables, opts.batch);
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
