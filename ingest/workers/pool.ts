/**
 * Per-article extraction across cores: a fixed set of worker threads, results handed back in
 * input order (so resolution, and therefore ids, stay deterministic), with a bounded number of
 * records in flight (so memory stays flat whatever the corpus size). `size: 0` runs inline.
 *
 * A worker that dies (an uncaught error, out of memory) or takes longer than `timeoutMs` on one
 * record fails only that record: it is replaced, and the records queued behind it go to the new
 * worker. A worker's heap is capped at `heapMb`, so one monstrous record cannot take the machine.
 *
 * A huge record (over `hugeMb`) runs alone in a one-shot worker, its heap kept small rather than
 * fast (see HUGE_MB).
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
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
  /** Records with more text than this many MB run in a one-shot worker (KG_HUGE_RECORD_MB, default HUGE_MB). */
  hugeMb?: number;
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

/**
 * A record with more text than this (in MB of UTF-16 code units) runs alone in a one-shot worker,
 * with V8's --optimize-for-size on while it runs: a 5 MB article then peaks at 475 MB instead of
 * 746 MB (whole process, --workers 1), for about 30 % more CPU on it. V8 reads the flag twice:
 * when an isolate is created (it caps that isolate's young generation at 3 MB, which costs
 * ordinary articles 40-100 % more CPU over a corpus), and at every collection (grow the heap
 * less, compact more: that is what saves the memory; with the flag only at the worker's creation
 * the peak stayed at 710 MB). Node has no per-worker V8 flags, so the flag is process-wide while
 * a huge record is in flight, but off whenever a regular worker starts, and no worker starts
 * while it changes. Turning it off must also undo what it implied.
 */
const HUGE_MB = 1;
const SMALL_HEAP = '--optimize-for-size';
const NORMAL_HEAP = '--no-optimize-for-size --max-semi-space-size=0';

// Process-wide, as V8's flags are (whatever the number of pools).
/** Workers created but not yet running: their isolates may not exist yet. */
const starting = new Set<Promise<void>>();
let hugeInFlight = 0;
/** Whether SMALL_HEAP is in effect: while a huge record is in flight, except while a regular worker starts. */
let small = false;
const flag = (on: boolean): void => {
  if (on !== small) setFlagsFromString(on ? SMALL_HEAP : NORMAL_HEAP);
  small = on;
};
/** With no worker starting, the flag follows the huge records in flight. */
const settle = (): void => {
  if (!starting.size) flag(hugeInFlight > 0);
};

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
  /** Unset while it waits for another worker to start (see HUGE_MB); its queue is posted once it is. */
  worker?: Worker;
  /** Jobs posted to this worker, the first one in progress (a worker handles messages in order). */
  queue: Job[];
  timer?: NodeJS.Timeout;
  /** A one-shot worker for one huge record, created and run with SMALL_HEAP. */
  huge?: boolean;
}

/** `world` goes to each worker as plain data (world.ts), rebuilt there once. */
export function workerPool(size: number, world: World, opts: PoolOptions = {}): Pool {
  if (size <= 0) return inlinePool(world);
  const data = worldData(world);
  const script = opts.script ?? new URL('./worker.js', import.meta.url);
  const timeoutMs = opts.timeoutMs ?? Number(process.env.KG_RECORD_TIMEOUT_MS ?? 600_000);
  const heapMb = opts.heapMb ?? Number(process.env.KG_WORKER_HEAP_MB ?? DEFAULT_HEAP_MB);
  const hugeChars = (opts.hugeMb ?? Number(process.env.KG_HUGE_RECORD_MB ?? HUGE_MB)) * 1024 * 1024;
  let closing = false;
  let next = 0;
  /** This pool's one-shot slots, each for one huge record, while it runs. */
  const alone = new Set<Slot>();

  const arm = (slot: Slot): void => {
    clearTimeout(slot.timer);
    const head = slot.queue[0];
    if (!head) return;
    const ms = timeoutMs + Math.round((head.record.text.length / 1024) * MS_PER_KB);
    slot.timer = setTimeout(() => replace(slot, `took longer than ${Math.round(ms / 1000)} s`), ms);
  };
  /** Ends the slot's worker; its events from then on are ignored. */
  const stop = async (slot: Slot): Promise<void> => {
    const w = slot.worker;
    slot.worker = undefined;
    await w?.terminate();
  };
  /** The worker is gone or stuck: fail its current record, start a new one for the rest. */
  const replace = (slot: Slot, why: string): void => {
    if (closing) return;
    clearTimeout(slot.timer);
    void stop(slot);
    const head = slot.queue.shift();
    if (head) head.resolve(failed(head.record.source, why));
    if (slot.huge) return;
    spawn(slot);
    arm(slot);
  };
  const spawn = (slot: Slot): void => {
    if (closing) return;
    const want = slot.huge === true;
    if (want !== small && starting.size) {
      void Promise.all(starting).then(() => spawn(slot));
      return;
    }
    flag(want);
    const w = new Worker(script, { workerData: { world: data }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    const started: Promise<void> = new Promise<void>((up) => {
      for (const e of ['online', 'error', 'exit']) w.once(e, () => up());
    }).then(() => {
      starting.delete(started);
      settle();
    });
    starting.add(started);
    slot.worker = w;
    w.on('message', (m: { id: number; result?: LocalExtraction; error?: string }) => {
      const i = slot.queue.findIndex((j) => j.id === m.id);
      if (slot.worker !== w || i < 0) return;
      const [job] = slot.queue.splice(i, 1);
      job!.resolve(m.result ? { local: unpack(m.result) } : failed(job!.record.source, m.error ?? 'unknown error'));
      arm(slot);
      if (slot.huge) void stop(slot);
    });
    w.on('error', (e) => slot.worker === w && replace(slot, `worker crashed: ${(e as Error).message}`));
    w.on('exit', (code) => slot.worker === w && replace(slot, `worker exited with code ${code}`));
    for (const job of slot.queue) w.postMessage({ id: job.id, record: job.record });
  };
  const slots: Slot[] = [];
  return {
    run(record) {
      if (closing) return Promise.resolve(failed(record.source, 'the run was stopped'));
      const huge = record.text.length > hugeChars;
      while (!huge && slots.length < size) {
        const slot: Slot = { queue: [] };
        spawn(slot);
        slots.push(slot);
      }
      const slot: Slot = huge ? { queue: [], huge } : slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
      return new Promise<Extracted>((resolve) => {
        const job: Job = { id: next++, record, resolve };
        slot.queue.push(job);
        if (huge) {
          alone.add(slot);
          hugeInFlight++;
          job.resolve = (x) => {
            alone.delete(slot);
            hugeInFlight--;
            settle();
            resolve(x);
          };
          spawn(slot);
        } else slot.worker?.postMessage({ id: job.id, record });
        if (slot.queue.length === 1) arm(slot);
      });
    },
    async close() {
      closing = true;
      await Promise.all(
        [...slots, ...alone].map(async (s) => {
          clearTimeout(s.timer);
          for (const job of s.queue.splice(0)) job.resolve(failed(job.record.source, 'the run was stopped'));
          await stop(s);
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
