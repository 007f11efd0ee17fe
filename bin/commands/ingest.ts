/**
 * `kg ingest PATH|URL...`: run the pipeline and store the result in Neo4j. Idempotent: an article
 * whose content is already stored is skipped, and so is one whose text is stored under another
 * identity (a duplicate); an edited article (same URL or path, new content) replaces its earlier
 * contribution. Writes go through graph/writer.ts: one transaction per batch, one in flight.
 * Each batch is resolved against every stored article; a final reconcile (graph/reconcile.ts)
 * makes the graph exactly that of resolving the whole stored set at once, so order and
 * interruptions do not change the result.
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
import { openStore, type ClassifyInput, type GraphStore } from '../../graph/store.js';
import { batchWriter } from '../../graph/writer.js';
import type { World } from '../../ingest/types.js';
import { loadWorld } from '../../ingest/world.js';
import { progress } from '../progress.js';
import { formatSummary, type IngestSummary } from './ingest-summary.js';
import { readOptions, reportError, workersOption } from './shared.js';

export type { IngestSummary };

export interface IngestOptions {
  workers: number;
  batch: number;
  exclude?: string[];
  includeAll?: boolean;
  onArticle?: (source: string) => void;
  /** The world, when the caller has loaded it; else loaded here, before anything starts. */
  world?: World;
}

export async function ingest(store: GraphStore, inputs: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const world = opts.world ?? loadWorld();
  await store.ensureSchema();
  const arts = await loadStored(store);
  const tables = defaultTables({ aliases: world.aliases });
  const sum: IngestSummary = {
    new: 0,
    unchanged: 0,
    replaced: 0,
    reextracted: 0,
    duplicate: 0,
    failed: 0,
    entities: 0,
    relations: 0,
    seconds: 0,
    skipped: [],
    messages: {},
  };
  const firstIdOfHash = new Map<string, string>();
  const entityIds = new Set<string>();
  const relKeys = new Set<string>();
  const writer = batchWriter(store, opts.batch);
  let batch: LocalExtraction[] = [];
  // A batch is resolved over everything stored and read so far, then queued for writing.
  const flush = async (): Promise<void> => {
    const locals = batch;
    batch = [];
    if (!locals.length) return;
    const res = resolveSet(
      [...arts.values()].map((a) => a.local),
      tables,
    );
    for (const l of locals) {
      const x = withStored(extractionFor(l, res), l);
      x.entities.forEach((e) => entityIds.add(e.id));
      x.relations.forEach((r) => relKeys.add(relKey(r.subject, r.predicate, r.object, r.polarity)));
      arts.get(x.article.id)!.resolved = x.stored!.resolved;
      await writer.add(x);
    }
  };
  // Runs while the previous batch may still be in flight: content seen earlier in this run is
  // caught here (the same identity again is unchanged, another identity a duplicate).
  const classify = async (articles: ClassifyInput[]): Promise<ArticleState[]> => {
    const states = await store.classify(articles);
    return states.map((s, i) => {
      const { id, contentHash, bodyHash } = articles[i]!;
      const keys = bodyHash ? [contentHash, bodyHash] : [contentHash];
      const first = keys.map((k) => firstIdOfHash.get(k)).find((x) => x !== undefined);
      for (const k of keys) if (!firstIdOfHash.has(k)) firstIdOfHash.set(k, id);
      return first === undefined ? s : first === id ? 'unchanged' : 'duplicate';
    });
  };
  try {
    for await (const item of runPipeline(inputs, {
      world,
      workers: opts.workers,
      classify,
      exclude: opts.exclude,
      includeAll: opts.includeAll,
    })) {
      if (item.kind === 'error') {
        sum.failed++;
        reportError(item.error);
      } else if (item.kind === 'skipped') {
        sum.skipped.push({ path: item.path, reason: item.reason });
      } else if (item.kind === 'unchanged' || item.kind === 'duplicate') {
        sum[item.kind]++;
        opts.onArticle?.(item.article.source);
      } else if (item.kind === 'repeat') {
        sum.duplicate++;
        opts.onArticle?.(item.source);
      } else {
        const x = item.local;
        sum[item.state]++;
        for (const m of x.messages) sum.messages[m.code] = (sum.messages[m.code] ?? 0) + 1;
        arts.set(x.article.id, { local: x, resolved: '' });
        batch.push(x);
        opts.onArticle?.(x.article.source);
        if (batch.length >= opts.batch) await flush();
      }
    }
    await flush();
    await writer.close();
  } catch (e) {
    await writer.abort();
    throw e;
  }
  await reconcile(store, arts, tables, opts.batch);
  return { ...sum, entities: entityIds.size, relations: relKeys.size, seconds: (performance.now() - t0) / 1000 };
}

export function registerIngest(program: Command): void {
  readOptions(
    program
      .command('ingest')
      .description('extract entities and relations from articles and store them in Neo4j')
      .argument('<inputs...>', 'files, folders (read recursively) or http(s) URLs of pages and feeds'),
  )
    .addOption(workersOption())
    .option(
      '--batch <n>',
      'articles per write transaction',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expects a whole number ≥ 1');
        return n;
      },
      200,
    )
    .addHelpText(
      'after',
      '\nRe-ingesting unchanged content changes nothing; an edited article (same URL, or same path) replaces\nwhat it contributed before. Bad files are reported one line each and skipped; the exit code is 1 if any failed.',
    )
    .action(async (inputs: string[], o: { workers?: number; batch: number; exclude: string[]; includeAll?: boolean }) => {
      const store = await openStore();
      const bar = progress(inputs, o);
      try {
        const s = await ingest(store, inputs, {
          workers: o.workers ?? defaultWorkers(),
          batch: o.batch,
          exclude: o.exclude,
          includeAll: o.includeAll,
          onArticle: bar.tick,
        });
        bar.stop();
        process.stdout.write(formatSummary(s, await store.counts()));
        if (s.failed) process.exitCode = 1;
      } finally {
        bar.stop();
        await store.close();
      }
    });
}
