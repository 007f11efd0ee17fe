/**
 * Read-only Cypher: the one path by which queries reach Neo4j for reading (`kg query`, the
 * explorer's Cypher box and its routes, exports). The session is opened in READ access mode, so
 * the server itself refuses writes; a transaction timeout bounds the server's work; rows, bytes and
 * list/map elements bound what is converted (graph/plain.ts). With `guard`, for queries a user
 * typed, the query is planned first (EXPLAIN, in the same transaction) and runs only when its
 * plan is a read of the graph (graph/guard.ts).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { kgError } from '../ingest/errors.js';
import { toKgError } from './driver.js';
import { checkPlan, textWall, type PlanNode } from './guard.js';
import { OverBudget, Plainer, type GraphNode, type GraphRel } from './plain.js';

export type { GraphNode, GraphRel };

export interface ReadResult {
  columns: string[];
  rows: Record<string, unknown>[];
  nodes: GraphNode[];
  relationships: GraphRel[];
  /** True when rows were left out; `limit` says which bound cut them. */
  truncated: boolean;
  limit?: 'rows' | 'bytes' | 'elements';
}

export interface ReadOptions {
  database?: string;
  timeoutMs?: number;
  maxRows?: number;
  /** Approximate JSON bytes of the rows kept. */
  maxBytes?: number;
  /** List elements and map entries in the rows kept. */
  maxElements?: number;
  /** A query a user typed: plan it first and run it only when it reads the graph. */
  guard?: boolean;
}

/** Plan `cypher` without running it; throws the refusal when the plan does more than read. */
async function vet(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<void> {
  const wall = textWall(cypher);
  if (wall) throw wall;
  const { summary } = await tx.run(`EXPLAIN ${cypher}`, params);
  const refusal = checkPlan(summary.queryType, summary.plan as PlanNode | false);
  if (refusal) throw refusal;
}

export async function runRead(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    database: opts.database,
    ...(opts.guard ? { fetchSize: 100 } : {}),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        try {
          return await readRows(tx, cypher, params, opts);
        } catch (e) {
          // Never retry a user's query, nor one that was stopped: only a dropped connection is worth a retry.
          throw opts.guard || STOPPED.test((e as { code?: string }).code ?? '') ? toKgError(e) : e;
        }
      },
      { timeout: opts.timeoutMs ?? 30_000 },
    );
  } catch (e) {
    throw toKgError(e);
  } finally {
    await session.close();
  }
}

const STOPPED = /Transaction\.(TransactionTimedOut|Terminated)/;

async function readRows(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>, opts: ReadOptions): Promise<ReadResult> {
  if (opts.guard) await vet(tx, cypher, params);
  const maxRows = opts.maxRows ?? 10_000;
  const plain = new Plainer({ bytes: opts.maxBytes ?? Infinity, elements: opts.maxElements ?? Infinity });
  const res = tx.run(cypher, params);
  const columns = (await res.keys()).map(String);
  const rows: Record<string, unknown>[] = [];
  let limit: ReadResult['limit'];
  // Stream, and stop at a bound: a huge result is never held in memory.
  for await (const r of res) {
    if (rows.length === maxRows) {
      limit = 'rows';
      break;
    }
    try {
      rows.push(plain.row(r.toObject()));
    } catch (e) {
      if (!(e instanceof OverBudget)) throw e;
      if (rows.length === 0) throw tooLarge(`the first row alone is over the result's ${e.limit} limit`);
      limit = e.limit;
      break;
    }
  }
  const truncated = limit !== undefined;
  return {
    columns,
    rows,
    nodes: [...plain.nodes.values()],
    relationships: [...plain.rels.values()],
    truncated,
    ...(limit ? { limit } : {}),
  };
}

export const tooLarge = (why: string, cause?: unknown) =>
  kgError('RESULT_TOO_LARGE', `refused: ${why}`, 'return less: a count, size(list), a slice such as list[0..100], or LIMIT', cause);
