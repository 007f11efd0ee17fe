/**
 * Per-article extraction across cores: a fixed set of worker threads, results handed back in
 * input order (so resolution, and therefore ids, stay deterministic), with a bounded number of
 * records in flight (so memory stays flat whatever the corpus size). `size: 0` runs inline.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractLocal } from '../pipeline.js';
import type { LocalExtraction, SourceRecord } from '../types.js';

export type Extracted = { local: LocalExtraction } | { failure: string; source: string };

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

export interface Pool {
  run(record: SourceRecord): Promise<Extracted>;
  close(): Promise<void>;
}

export function inlinePool(): Pool {
  return {
    run: async (record) => {
      try {
        return { local: extractLocal(record) };
      } catch (e) {
        return { failure: `${record.source}: extraction failed (${(e as Error).message})`, source: record.source };
      }
    },
    close: async () => {},
  };
}

export function workerPool(size: number): Pool {
  if (size <= 0) return inlinePool();
  const url = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: size }, () => new Worker(url));
  const pending = new Map<number, { resolve: (x: Extracted) => void; source: string }>();
  const load = workers.map(() => 0);
  let next = 0;
  workers.forEach((w, i) => {
    w.on('message', (m: { id: number; result?: LocalExtraction; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      load[i]!--;
      p.resolve(m.result ? { local: m.result } : { failure: m.error ?? 'extraction failed', source: p.source });
    });
    w.on('error', (e) => {
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve({ failure: `${p.source}: worker crashed (${e.message})`, source: p.source });
      }
    });
  });
  return {
    run(record) {
      const id = next++;
      const i = load.indexOf(Math.min(...load));
      load[i]!++;
      return new Promise((resolve) => {
        pending.set(id, { resolve, source: record.source });
        workers[i]!.postMessage({ id, record });
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Map `source` through `fn` with at most `window` in flight, yielding results in input order. */
export async function* ordered<T, U>(source: AsyncIterable<T>, fn: (t: T) => Promise<U>, window: number): AsyncGenerator<U> {
  const queue: Promise<U>[] = [];
  for await (const item of source) {
    queue.push(fn(item));
    if (queue.length >= window) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
