/**
 * Users' queries run in worker threads (graph/read-worker.ts), so that one query cannot stall
 * the process that serves others: decoding a record that holds a five-million-element list takes
 * the driver tens of seconds of CPU on its thread. The runner keeps up to `size` workers, queues
 * a few requests beyond that (then QUERY_BUSY), ends a worker at the query's deadline
 * (QUERY_TIMEOUT) or when it runs out of memory (RESULT_TOO_LARGE), and starts a fresh one for
 * the next query.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { kgError, type ErrorCodeName, type KgError } from '../ingest/errors.js';
import type { Neo4jConfig } from './config.js';
import { tooLarge, type ReadOptions, type ReadResult } from './read.js';
import type { Job } from './read-worker.js';
import { repoRoot } from './server/paths.js';

export type QueryLimits = Required<Pick<ReadOptions, 'timeoutMs' | 'maxRows' | 'maxBytes' | 'maxElements'>>;

export interface QueryRunner {
  run(cypher: string, params: Record<string, unknown>, limits: QueryLimits): Promise<ReadResult>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** Queries run at once (one worker each). */
  size?: number;
  /** Queries that may wait for a worker. */
  queue?: number;
  /** Heap of each worker, MB. */
  memoryMb?: number;
}

const NARROW = 'narrow it (LIMIT, a label, an indexed property) or return less';

/** Time past the transaction timeout before the worker is ended: the driver may still be decoding. */
const GRACE_MS = 1000;

/** The compiled worker beside this file; from the TypeScript sources (tests), the one in dist/. */
function workerUrl(): URL {
  const sibling = new URL('./read-worker.js', import.meta.url);
  return existsSync(fileURLToPath(sibling)) ? sibling : pathToFileURL(join(repoRoot(), 'dist', 'graph', 'read-worker.js'));
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export function isolatedRunner(config: Neo4jConfig, opts: RunnerOptions = {}): QueryRunner {
  const { size = 2, queue = 8, memoryMb = 256 } = opts;
  const slots: Slot[] = [];
  const waiting: (() => void)[] = [];
  let seq = 0;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(workerUrl(), {
      workerData: { config },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    });
    return { worker, busy: true };
  };

  async function acquire(): Promise<Slot> {
    for (;;) {
      if (closed) throw kgError('QUERY_BUSY', 'the query runner is closed');
      const idle = slots.find((s) => !s.busy);
      if (idle) return ((idle.busy = true), idle);
      if (slots.length < size) return slots[slots.push(spawn()) - 1]!;
      if (waiting.length >= queue)
        throw kgError('QUERY_BUSY', `too many queries at once (${size} running, ${queue} waiting)`, 'try again in a moment');
      await new Promise<void>((r) => waiting.push(r));
    }
  }

  function release(slot: Slot, healthy: boolean): void {
    if (healthy) {
      slot.busy = false;
      slot.worker.unref(); // an idle worker does not keep the process alive
    } else {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      void slot.worker.terminate();
    }
    waiting.shift()?.();
  }

  async function run(cypher: string, params: Record<string, unknown>, limits: QueryLimits): Promise<ReadResult> {
    const slot = await acquire();
    slot.worker.ref();
    const id = ++seq;
    return new Promise<ReadResult>((resolve, reject) => {
      let done = false;
      const finish = (healthy: boolean, outcome: ReadResult | KgError): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        slot.worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        release(slot, healthy);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const onMessage = (m: { id: number; result?: ReadResult; error?: { code: ErrorCodeName; message: string; hint?: string } }): void => {
        if (m.id === id) finish(true, m.error ? kgError(m.error.code, m.error.message, m.error.hint) : m.result!);
      };
      const onError = (e: Error & { code?: string }): void =>
        finish(
          false,
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooLarge(`the result needs more than ${memoryMb} MB to decode`, e)
            : kgError('NEO4J_QUERY', `the query failed: ${e.message}`, undefined, e),
        );
      const onExit = (): void => finish(false, kgError('NEO4J_QUERY', 'the query failed: its worker stopped'));
      const stopped = kgError('QUERY_TIMEOUT', `the query was stopped after ${Math.round(limits.timeoutMs / 1000)} s`, NARROW);
      const timer = setTimeout(() => finish(false, stopped), limits.timeoutMs + GRACE_MS);
      slot.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      slot.worker.postMessage({ id, cypher, params, opts: limits } satisfies Job);
    });
  }

  return {
    run,
    async close() {
      closed = true;
      for (const wake of waiting.splice(0)) wake();
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
