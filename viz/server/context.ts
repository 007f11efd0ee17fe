/**
 * What every route needs: the driver, the database, and the limits that bound a request.
 * `read` is the only way routes reach Neo4j: runRead (READ session, transaction timeout).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { QueryLimits, QueryRunner } from '../../graph/isolate.js';
import { runRead, type ReadResult } from '../../graph/read.js';
import type { Memo } from './memo.js';

export interface Limits {
  /** Rows kept from a user's Cypher query. */
  cypherRows: number;
  /** Characters allowed in a user's Cypher query. */
  cypherChars: number;
  /** Approximate JSON bytes, and list elements plus map entries, kept from a user's Cypher query. */
  cypherBytes: number;
  cypherElements: number;
  /** Transaction timeout for every query. */
  timeoutMs: number;
  /** Nodes a neighbourhood may return in all. */
  maxNodes: number;
  /** How long statistics and overviews are memoised (0 = not at all). */
  cacheMs: number;
  /** How long the claims snapshot (snapshot/index.ts) is used before it is rebuilt in the background. */
  snapshotMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  cypherRows: 1000,
  cypherChars: 10_000,
  cypherBytes: 8_000_000,
  cypherElements: 500_000,
  timeoutMs: 15_000,
  maxNodes: 5000,
  cacheMs: 30_000,
  snapshotMs: 10_000,
};

/** Where a server keeps its claims snapshot between requests (see snapshot/index.ts). */
export interface SnapshotHolder {
  current: Promise<import('./snapshot/index.js').Snapshot> | null;
  pending: Promise<import('./snapshot/index.js').Snapshot> | null;
  at: number;
}

export interface Ctx {
  driver: Driver;
  database?: string;
  limits: Limits;
  /** Per-server memo for stats and overviews; without one, every request queries. */
  memo?: Memo;
  /** Where users' queries run (worker threads); without one, in this thread. */
  queries?: QueryRunner;
  /** Per-server claims snapshot; without one, each use builds its own. */
  snapshots?: SnapshotHolder;
}

/** The bounds of a user's query under these limits. */
export const userLimits = (l: Limits): QueryLimits => ({
  timeoutMs: l.timeoutMs,
  maxRows: l.cypherRows,
  maxBytes: l.cypherBytes,
  maxElements: l.cypherElements,
});

/** The memoised answer for `key` when the context has a memo, else a fresh one. */
export const cached = <T>(ctx: Ctx, key: string, compute: () => Promise<T>): Promise<T> =>
  ctx.memo ? ctx.memo.get(key, compute) : compute();

export function read(ctx: Ctx, cypher: string, params: Record<string, unknown> = {}, maxRows = 50_000): Promise<ReadResult> {
  return runRead(ctx.driver, cypher, params, { database: ctx.database, timeoutMs: ctx.limits.timeoutMs, maxRows });
}

/** Rows of a query whose single column `col` holds plain maps. */
export async function readMaps<T>(ctx: Ctx, cypher: string, params: Record<string, unknown>, col: string, maxRows?: number): Promise<T[]> {
  const res = await read(ctx, cypher, params, maxRows);
  return res.rows.map((r) => r[col] as T);
}

/** JS numbers reach Cypher as floats; LIMIT, SKIP and slices need integers. */
export const int = (n: number): ReturnType<typeof neo4j.int> => neo4j.int(Math.trunc(n));
