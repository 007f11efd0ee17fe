/**
 * The whole ingest pipeline over paths and URLs, streamed: read (I/O) → byte-identical repeats set
 * aside → per-article stages (worker pool) → optional classification against the store (batched).
 * Articles come out unresolved: cross-article resolution works on the set (ingest/resolve/global.ts), so
 * `kg extract` resolves once all are read and `kg ingest` resolves each batch against everything
 * stored. Nothing is started before the `try`, so every way out stops the workers.
 */
import { kgError, type KgError } from './errors.js';
import { sha256 } from './hash.js';
import { readInputs, type ReadItem, type ReadOptions } from './read/index.js';
import type { SkipReason } from './read/select.js';
import type { LocalExtraction, World } from './types.js';
import { ordered, workerPool, type Extracted, type Pool } from './workers/pool.js';

/** unchanged: this content is stored under this identity; duplicate: stored (or seen) under another. */
/** 'reextracted': stored with the same text by another extractor version (ingest/version.ts). */
export type ArticleState = 'new' | 'unchanged' | 'replaced' | 'duplicate' | 'reextracted';

export type RunItem =
  | { kind: 'local'; local: LocalExtraction; state: ArticleState }
  | { kind: 'unchanged'; article: LocalExtraction['article'] }
  | { kind: 'duplicate'; article: LocalExtraction['article'] }
  /** The same text as an earlier record of this run (`of`), not extracted again. */
  | { kind: 'repeat'; source: string; of: string }
  | { kind: 'skipped'; path: string; reason: SkipReason | 'link' }
  | { kind: 'error'; error: KgError };

export interface RunOptions extends ReadOptions {
  workers: number;
  /** Loaded at the caller's edge (world.ts loadWorld), before anything starts. */
  world: World;
  /** Tells which articles are already stored; called once per chunk of `chunk` articles. */
  classify?: (articles: { id: string; contentHash: string; bodyHash?: string; extractorVersion?: string }[]) => Promise<ArticleState[]>;
  chunk?: number;
}

type Repeat = { repeat: string; of: string };
type Step = Extracted | { error: KgError } | { skipped: string; reason: SkipReason | 'link' } | Repeat;

/** Records whose text (byte for byte) came earlier in the run are repeats: one extraction is enough. */
async function* firstCopies(items: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem | Repeat> {
  const seen = new Map<string, string>();
  for await (const item of items) {
    if (!('record' in item)) {
      yield item;
      continue;
    }
    const key = sha256(`${item.record.format}\u0000${item.record.text}`);
    const of = seen.get(key);
    if (of === undefined) seen.set(key, item.record.source);
    yield of === undefined ? item : { repeat: item.record.source, of };
  }
}

const noText = (source: string): KgError =>
  kgError('NO_ARTICLE_TEXT', `${source}: no article text found (nothing left after removing boilerplate)`);

export async function* runPipeline(inputs: readonly string[], opts: RunOptions): AsyncGenerator<RunItem> {
  let pool: Pool | undefined;
  try {
    const chunkSize = opts.chunk ?? 64;
    pool = workerPool(opts.workers, opts.world);
    const run = pool.run.bind(pool);
    const steps = ordered<ReadItem | Repeat, Step>(
      firstCopies(readInputs(inputs, opts)),
      (item) => ('record' in item ? run(item.record) : Promise.resolve(item)),
      Math.max(16, opts.workers * 16),
    );
    let chunk: LocalExtraction[] = [];
    const flush = async function* (): AsyncGenerator<RunItem> {
      const states = opts.classify ? await opts.classify(chunk.map((l) => l.article)) : chunk.map(() => 'new' as const);
      for (let i = 0; i < chunk.length; i++) {
        const local = chunk[i]!;
        const state = states[i]!;
        if (state === 'unchanged' || state === 'duplicate')
          yield state === 'unchanged' ? { kind: 'unchanged', article: local.article } : { kind: 'duplicate', article: local.article };
        else yield { kind: 'local', local, state };
      }
      chunk = [];
    };
    for await (const step of steps) {
      if ('repeat' in step) yield { kind: 'repeat', source: step.repeat, of: step.of };
      else if ('error' in step) yield { kind: 'error', error: step.error };
      else if ('failure' in step) yield { kind: 'error', error: step.failure };
      else if ('skipped' in step) yield { kind: 'skipped', path: step.skipped, reason: step.reason };
      else if (!step.local.article.text.trim()) yield { kind: 'error', error: noText(step.local.article.source) };
      else {
        chunk.push(step.local);
        if (chunk.length >= chunkSize) yield* flush();
      }
    }
    if (chunk.length) yield* flush();
  } finally {
    await pool?.close();
  }
}
