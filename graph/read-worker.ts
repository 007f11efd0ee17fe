/**
 * The thread a user's query runs in (graph/isolate.ts starts it). It holds its own driver, with
 * exact integers, and answers {id, cypher, params, opts} with {id, result} or {id, error}. While
 * the driver decodes a huge record this thread is busy, never the caller's: the explorer keeps
 * answering, and the caller can end this thread at its deadline.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';
import { openDriver, toKgError } from './driver.js';
import { cypherParams } from './plain.js';
import { runRead, type ReadOptions } from './read.js';

export interface Job {
  id: number;
  cypher: string;
  params: Record<string, unknown>;
  opts: ReadOptions;
}

const cfg = (workerData as { config: Neo4jConfig }).config;
let driver: Promise<Driver> | null = null;

parentPort?.on('message', async (job: Job) => {
  try {
    driver ??= openDriver(cfg, { lossless: true });
    const d = await driver.catch((e: unknown) => {
      driver = null;
      throw e;
    });
    const result = await runRead(d, job.cypher, cypherParams(job.params) as Record<string, unknown>, {
      ...job.opts,
      database: cfg.database,
      guard: true,
    });
    parentPort?.postMessage({ id: job.id, result });
  } catch (e) {
    const k = toKgError(e, cfg);
    parentPort?.postMessage({ id: job.id, error: { code: k.code, message: k.message, hint: k.hint } });
  }
});
