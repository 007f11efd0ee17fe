/** Worker thread: runs the pure per-article stages on records sent by the pool. */
import { parentPort } from 'node:worker_threads';
import { extractLocal } from '../pipeline.js';
import type { SourceRecord } from '../types.js';

parentPort?.on('message', (msg: { id: number; record: SourceRecord }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: extractLocal(msg.record) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message });
  }
});
