/**
 * GET /api/paths?from=&to=&max= — all shortest paths between two actors through Entity–Entity
 * relationships only (every node on the path is an :Entity, so never via Statement or Article).
 */
import type { FastifyInstance } from 'fastify';
import type { PathsResult, VizEdge, VizNode } from '../../shared/types.js';
import { int, read, type Ctx } from '../context.js';
import { edgeMap, nodeMap, tidyEdge, tidyNode } from '../cypher-maps.js';
import { badArgument } from '../errors.js';
import { enrich } from '../snapshot/index.js';

// The hop bound is inlined: quantifiers cannot be parameters; `max` is a validated integer.
const cypher = (max: number): string => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) ((:Entity)-[r WHERE r.rejected IS NULL OR r.rejected = false]-(:Entity)){1,${max}} (b)
WITH p LIMIT $limit
RETURN [x IN nodes(p) | ${nodeMap('x', false)}] AS nodes, [r IN relationships(p) | ${edgeMap('r')}] AS edges`;

export async function shortestPaths(ctx: Ctx, from: string, to: string, max: number, limit: number): Promise<PathsResult> {
  if (from === to) throw badArgument('a path needs two different actors');
  const res = await read(ctx, cypher(Math.max(1, Math.min(8, Math.trunc(max)))), { from, to, limit: int(limit) });
  const nodes = new Map<string, VizNode>();
  const edges = new Map<string, VizEdge>();
  const paths = res.rows.map((row) => {
    for (const m of row.nodes as Record<string, unknown>[]) nodes.set(String(m.id), tidyNode(m));
    return (row.edges as Record<string, unknown>[]).map((m) => {
      const e = tidyEdge(m);
      edges.set(e.id, e);
      return e.id;
    });
  });
  return { nodes: [...nodes.values()], edges: await enrich(ctx, [...edges.values()]), paths };
}

export function pathRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: { from: string; to: string; max: number; limit: number } }>(
    '/api/paths',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          properties: {
            from: { type: 'string', minLength: 1, maxLength: 300 },
            to: { type: 'string', minLength: 1, maxLength: 300 },
            max: { type: 'integer', minimum: 1, maximum: 8, default: 6 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        },
      },
    },
    (req) => shortestPaths(ctx, req.query.from, req.query.to, req.query.max, req.query.limit),
  );
}
