/**
 * The whole ingest pipeline over paths, streamed: read (I/O) → per-article stages (worker
 * pool) → optional classification against the store (batched). Articles come out unresolved:
 * cross-article resolution works on the set (ingest/resolve/global.ts), so `kg extract`
 * resolves once all are read and `kg ingest` resolves each batch against everything stored.
 */
import type { KgError } from './errors.js';
import { readInputs, type RecordItem } from './read/index.js';
import type { LocalExtraction } from './types.js';
import { ordered, workerPool, type Extracted } from './workers/pool.js';

export type ArticleState = 'new' | 'unchanged' | 'replaced';

export type RunItem =
  | { kind: 'local'; local: LocalExtraction; state: ArticleState }
  | { kind: 'unchanged'; article: LocalExtraction['article'] }
  | { kind: 'error'; error: KgError | string };

export interface RunOptions {
  workers: number;
  /** Tells which articles are already stored; called once per chunk of `chunk` articles. */
  classify?: (articles: { id: string; contentHash: string }[]) => Promise<ArticleState[]>;
  chunk?: number;
}

type Step = Extracted | { error: KgError };

export async function* runPipeline(paths: readonly string[], opts: RunOptions): AsyncGenerator<RunItem> {
  const pool = workerPool(opts.workers);
  const chunkSize = opts.chunk ?? 64;
  const steps = ordered<RecordItem, Step>(
    readInputs(paths),
    (item) => ('error' in item ? Promise.resolve({ error: item.error }) : pool.run(item.record)),
    Math.max(16, opts.workers * 16),
  );
  let chunk: LocalExtraction[] = [];
  const flush = async function* (): AsyncGenerator<RunItem> {
    const states = opts.classify ? await opts.classify(chunk.map((l) => l.article)) : chunk.map(() => 'new' as const);
    for (let i = 0; i < chunk.length; i++) {
      const local = chunk[i]!;
      const state = states[i]!;
      if (state === 'unchanged') yield { kind: 'unchanged', article: local.article };
      else yield { kind: 'local', local, state };
    }
    chunk = [];
  };
  try {
    for await (const step of steps) {
      if ('error' in step) yield { kind: 'error', error: step.error };
      else if ('failure' in step) yield { kind: 'error', error: step.failure };
      else {
        chunk.push(step.local);
        if (chunk.length >= chunkSize) yield* flush();
      }
    }
    if (chunk.length) yield* flush();
  } finally {
    await pool.close();
  }
}

