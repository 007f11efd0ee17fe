/**
 * Per-article extraction across cores: a fixed set of worker threads, results handed back in
 * input order (so resolution, and therefore ids, stay deterministic), with a bounded number of
 * records in flight (so memory stays flat whatever the corpus size). `size: 0` runs inline.
 *
 * A worker that dies (an uncaught error, out of memory) or takes longer than `timeoutMs` on one
 * record fails only that record: it is replaced, and the records queued behind it go to the new
 * worker. A worker's heap is capped at `heapMb`, so one monstrous record cannot take the machine.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { kgError, type KgError } from '../errors.js';
import type { LocalExtraction, SourceRecord, World } from '../types.js';
import { worldData } from '../world.js';
import { unpack } from './handover.js';

export type Extracted = { local: LocalExtraction } | { failure: KgError };

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

export interface Pool {
  run(record: SourceRecord): Promise<Extracted>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** The worker script (tests pass a stand-in). */
  script?: URL;
  /** Longest one record may take in a worker (KG_RECORD_TIMEOUT_MS, default 10 min), plus MS_PER_KB of its text. */
  timeoutMs?: number;
  /** Old-generation heap limit per worker (KG_WORKER_HEAP_MB, default DEFAULT_HEAP_MB). */
  heapMb?: number;
}

/** Extra time per KB of text (a 5 MB article gets 10 + 43 min: a backstop on a loaded machine, not a budget). */
const MS_PER_KB = 500;

/**
 * Just under 2 GB: at a limit of 2048 MB or more V8 lets a heap grow to four times what survived
 * the last full collection, below it to about twice. A worker keeps some 25 MB alive but makes
 * garbage fast, so at 2048 each worker's heap grew to 200 MB and more over the BBC corpus; at
 * 2000 the whole run peaks about a fifth lower, at the same speed (see the commit message).
 */
const DEFAULT_HEAP_MB = 2000;

const failed = (source: string, why: string): Extracted => ({
  failure: kgError('EXTRACT_FAILED', `${source}: extraction failed (${why})`, 'please report it with the file'),
});

/** The stages in this thread; loaded on first use, so a process that only hands records to workers never loads the parser. */
export function inlinePool(world: World): Pool {
  return {
    run: async (record) => {
      try {
        const { extractLocal } = await import('../pipeline.js');
        return { local: extractLocal(record, world) };
      } catch (e) {
        return failed(record.source, (e as Error).message);
      }
    },
    close: async () => {},
  };
}

interface Job {
  id: number;
  record: SourceRecord;
  resolve: (x: Extracted) => void;
}
interface Slot {
  worker: Worker;
  /** Jobs posted to this worker, the first one in progress (a worker handles messages in order). */
  queue: Job[];
  timer?: NodeJS.Timeout;
}

/** `world` goes to each worker as plain data (world.ts), rebuilt there once. */
export function workerPool(size: number, world: World, opts: PoolOptions = {}): Pool {
  if (size <= 0) return inlinePool(world);
  const data = worldData(world);
  const script = opts.script ?? new URL('./worker.js', import.meta.url);
  const timeoutMs = opts.timeoutMs ?? Number(process.env.KG_RECORD_TIMEOUT_MS ?? 600_000);
  const heapMb = opts.heapMb ?? Number(process.env.KG_WORKER_HEAP_MB ?? DEFAULT_HEAP_MB);
  let closing = false;
  let next = 0;

  const arm = (slot: Slot): void => {
    clearTimeout(slot.timer);
    const head = slot.queue[0];
    if (!head) return;
    const ms = timeoutMs + Math.round((head.record.text.length / 1024) * MS_PER_KB);
    slot.timer = setTimeout(() => replace(slot, `took longer than ${Math.round(ms / 1000)} s`), ms);
  };
  /** The worker is gone or stuck: fail its current record, start a new one for the rest. */
  const replace = (slot: Slot, why: string): void => {
    if (closing) return;
    clearTimeout(slot.timer);
    const dead = slot.worker;
    dead.removeAllListeners();
    dead.on('error', () => {});
    void dead.terminate();
    const head = slot.queue.shift();
    if (head) head.resolve(failed(head.record.source, why));
    slot.worker = spawn(slot);
    for (const job of slot.queue) slot.worker.postMessage({ id: job.id, record: job.record });
    arm(slot);
  };
  const spawn = (slot: Slot): Worker => {
    const w = new Worker(script, { workerData: { world: data }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    w.on('message', (m: { id: number; result?: LocalExtraction; error?: string }) => {
      const i = slot.queue.findIndex((j) => j.id === m.id);
      if (i < 0) return;
      const [job] = slot.queue.splice(i, 1);
      job!.resolve(m.result ? { local: unpack(m.result) } : failed(job!.record.source, m.error ?? 'unknown error'));
      arm(slot);
    });
    w.on('error', (e) => replace(slot, `worker crashed: ${(e as Error).message}`));
    w.on('exit', (code) => replace(slot, `worker exited with code ${code}`));
    return w;
  };
  const slots: Slot[] = [];
  return {
    run(record) {
      if (closing) return Promise.resolve(failed(record.source, 'the run was stopped'));
      while (slots.length < size) {
        const slot: Slot = { worker: undefined as unknown as Worker, queue: [] };
        slot.worker = spawn(slot);
        slots.push(slot);
      }
      const slot = slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
      return new Promise((resolve) => {
        const job: Job = { id: next++, record, resolve };
        slot.queue.push(job);
        slot.worker.postMessage({ id: job.id, record });
        if (slot.queue.length === 1) arm(slot);
      });
    },
    async close() {
      closing = true;
      await Promise.all(
        slots.map(async (s) => {
          clearTimeout(s.timer);
          for (const job of s.queue.splice(0)) job.resolve(failed(job.record.source, 'the run was stopped'));
          s.worker.removeAllListeners();
          s.worker.on('error', () => {});
          await s.worker.terminate();
        }),
      );
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
