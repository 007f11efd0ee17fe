/**
 * The one owner of ingest's write loop: extractions are gathered into batches and written one
 * transaction per batch, with at most one write in flight while extraction goes on. A failed
 * write is held (a handler is always attached, so it can never become an unhandled rejection)
 * and thrown to the caller at its next `add` or at `close`, which also waits for the last write.
 */
import type { Extraction } from '../ingest/types.js';
import type { Store } from './store.js';

export interface Writer {
  /** Queue one extraction; throws the error of an earlier failed write. */
  add(x: Extraction): Promise<void>;
  /** Write what is queued, wait for every write, and throw if any failed. */
  close(): Promise<void>;
  /** Stop without writing what is queued; waits for the write in flight. Never throws. */
  abort(): Promise<void>;
}

export function batchWriter(store: Pick<Store, 'write'>, batchSize: number): Writer {
  let batch: Extraction[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  const check = (): void => {
    if (failure) throw failure.error;
  };
  const flush = async (): Promise<void> => {
    await inFlight;
    check();
    const xs = batch;
    batch = [];
    if (!xs.length) return;
    inFlight = store.write(xs).then(
      () => {},
      (error: unknown) => {
        failure ??= { error };
      },
    );
  };
  return {
    async add(x) {
      check();
      batch.push(x);
      if (batch.length >= batchSize) await flush();
    },
    async close() {
      await flush();
      await inFlight;
      check();
    },
    async abort() {
      batch = [];
      await inFlight;
    },
  };
}
