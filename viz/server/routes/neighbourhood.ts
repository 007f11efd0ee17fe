/**
 * GET /api/neighbourhood/:id?depth=&limit= — breadth-first over Entity–Entity relationships.
 * Each node keeps its `limit` strongest neighbours (most relationships, then most mentioned);
 * the rest are counted in `more` so the UI can say "N more" for hubs. `families` (comma list)
 * expands only through those predicate families (selective expand).
 */
import type { FastifyInstance } from 'fastify';
import type { Subgraph } from '../../shared/types.js';
import { int, read, type Ctx } from '../context.js';
import { nodeMap, tidyNode } from '../cypher-maps.js';
import { notFound } from '../errors.js';
import { predicatesOf } from '../../shared/families.js';
import { enrich } from '../snapshot/index.js';
import { edgesAmong } from './edges-among.js';

const HOP = `
UNWIND $frontier AS fid
MATCH (c:Entity {id: fid})-[r]-(n:Entity)
WHERE n.id <> fid AND ($predicates IS NULL OR r.predicate IN $predicates)
WITH fid, n, count(r) AS w ORDER BY w DESC, n.mentions DESC
WITH fid, collect(n) AS ns
RETURN fid, [x IN ns[..$limit] | ${nodeMap('x')}] AS kept, size(ns) AS total`;

const ROOT = `MATCH (e:Entity {id: $id}) RETURN ${nodeMap('e')} AS node`;

/** `families`: only neighbours reached through relationships of these predicate families (selective expand). */
export async function neighbourhood(ctx: Ctx, id: string, depth: number, limit: number, families: string[] = []): Promise<Subgraph | null> {
  const predicates = families.length > 0 ? predicatesOf(families) : null;
  const root = (await read(ctx, ROOT, { id })).rows[0];
  if (!root) return null;
  const nodes = new Map([[id, tidyNode(root.node as Record<string, unknown>)]]);
  const more: Record<string, number> = {};
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length > 0 && nodes.size < ctx.limits.maxNodes; d++) {
    const res = await read(ctx, HOP, { frontier, limit: int(limit), predicates });
    const next: string[] = [];
    for (const row of res.rows) {
      const kept = row.kept as Record<string, unknown>[];
      const total = Number(row.total);
      let shown = 0;
      for (const m of kept) {
        const n = tidyNode(m);
        if (!nodes.has(n.id)) {
          if (nodes.size >= ctx.limits.maxNodes) break;
          nodes.set(n.id, n);
          next.push(n.id);
        }
        shown++;
      }
      if (total > shown) more[String(row.fid)] = total - shown;
    }
    frontier = next;
  }
  const edges = await enrich(ctx, await edgesAmong(ctx, [...nodes.keys()]));
  return { nodes: [...nodes.values()], edges, more };
}

export function neighbourhoodRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Params: { id: string }; Querystring: { depth: number; limit: number; families?: string } }>(
    '/api/neighbourhood/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } },
        querystring: {
          type: 'object',
          properties: {
            depth: { type: 'integer', minimum: 1, maximum: 3, default: 1 },
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: 50 },
            families: { type: 'string', maxLength: 5000 },
          },
        },
      },
    },
    async (req, reply) => {
      const families = (req.query.families ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      const g = await neighbourhood(ctx, req.params.id, req.query.depth, req.query.limit, families);
      return g ?? notFound(reply, `entity "${req.params.id}"`);
    },
  );
}
