/** Worker thread: runs the pure per-article stages on records sent by the pool. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractLocal } from '../pipeline.js';
import type { SourceRecord } from '../types.js';
import { worldFrom, type WorldData } from '../world.js';
import { pack } from './handover.js';

const world = worldFrom((workerData as { world: WorldData }).world);

parentPort?.on('message', (msg: { id: number; record: SourceRecord }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: pack(extractLocal(msg.record, world)) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message });
  }
});
