/**
 * Read-only Cypher: the one path by which user-typed queries reach Neo4j (`kg query`, the
 * explorer's Cypher box). The session is opened in READ access mode, so the server itself
 * refuses any write; a transaction timeout bounds the work and `maxRows` bounds the result.
 */
import neo4j, { type Driver, isNode, isPath, isRelationship } from 'neo4j-driver';
import { toKgError } from './driver.js';

export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface GraphRel {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface ReadResult {
  columns: string[];
  rows: Record<string, unknown>[];
  nodes: GraphNode[];
  relationships: GraphRel[];
  truncated: boolean;
}

export interface ReadOptions {
  database?: string;
  timeoutMs?: number;
  maxRows?: number;
}

/** Run `cypher` with `params` in a READ session; values come back as plain JSON. */
export async function runRead(driver: Driver, cypher: string, params: Record<string, unknown> = {}, opts: ReadOptions = {}): Promise<ReadResult> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: opts.database });
  const maxRows = opts.maxRows ?? 10_000;
  try {
    return await session.executeRead(
      async (tx) => {
        const nodes = new Map<string, GraphNode>();
        const rels = new Map<string, GraphRel>();
        const plain = (v: unknown): unknown => toPlain(v, nodes, rels);
        const res = tx.run(cypher, params);
        const columns = (await res.keys()).map(String);
        const rows: Record<string, unknown>[] = [];
        let truncated = false;
        // Stream, and stop at the limit: a huge result is never held in memory.
        for await (const r of res) {
          if (rows.length === maxRows) {
            truncated = true;
            break;
          }
          rows.push(Object.fromEntries(columns.map((k) => [k, plain(r.get(k))])));
        }
        return { columns, rows, nodes: [...nodes.values()], relationships: [...rels.values()], truncated };
      },
      { timeout: opts.timeoutMs ?? 30_000 },
    );
  } catch (e) {
    throw toKgError(e);
  } finally {
    await session.close();
  }
}

function toPlain(v: unknown, nodes: Map<string, GraphNode>, rels: Map<string, GraphRel>): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (isNode(v)) {
    const n = { id: v.elementId, labels: v.labels, properties: props(v.properties, nodes, rels) };
    nodes.set(n.id, n);
    return n;
  }
  if (isRelationship(v)) {
    const r = { id: v.elementId, type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, properties: props(v.properties, nodes, rels) };
    rels.set(r.id, r);
    return r;
  }
  if (isPath(v)) {
    return v.segments.map((s) => ({ start: toPlain(s.start, nodes, rels), relationship: toPlain(s.relationship, nodes, rels), end: toPlain(s.end, nodes, rels) }));
  }
  if (Array.isArray(v)) return v.map((x) => toPlain(x, nodes, rels));
  if (typeof (v as { toString?: unknown }).toString === 'function' && v.constructor?.name && /Date|Time|Duration|Point/.test(v.constructor.name)) return String(v);
  return props(v as Record<string, unknown>, nodes, rels);
}

function props(o: Record<string, unknown>, nodes: Map<string, GraphNode>, rels: Map<string, GraphRel>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x, nodes, rels)]));
}
