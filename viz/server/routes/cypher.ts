/**
 * POST /api/cypher {query, params?} — a user's Cypher, which may only read the graph: it is
 * planned first and refused (QUERY_REFUSED) when it would load CSV, run a command or call a
 * procedure off the allow-list (graph/guard.ts). It runs in a worker thread (graph/isolate.ts)
 * with a deadline, within bounds on rows, bytes and elements; the body and query text are bounded
 * too. Nodes and relationships come back drawable; relationship ends the query did not return are
 * fetched by elementId so every relationship can be drawn.
 */
import type { FastifyInstance } from 'fastify';
import { cypherParams } from '../../../graph/plain.js';
import { runRead, type GraphNode } from '../../../graph/read.js';
import type { CypherResult } from '../../shared/types.js';
import { read, userLimits, type Ctx } from '../context.js';
import { toSubgraph } from '../convert.js';
import { enrich } from '../snapshot/index.js';

const ENDS = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';

export async function userCypher(ctx: Ctx, query: string, params: Record<string, unknown>): Promise<CypherResult> {
  const limits = userLimits(ctx.limits);
  const res = ctx.queries
    ? await ctx.queries.run(query, params, limits)
    : await runRead(ctx.driver, query, cypherParams(params) as Record<string, unknown>, { ...limits, database: ctx.database, guard: true });
  const known = new Set(res.nodes.map((n) => n.id));
  const missing = [...new Set(res.relationships.flatMap((r) => [r.start, r.end]))].filter((id) => !known.has(id));
  const extra: GraphNode[] = missing.length > 0 ? (await read(ctx, ENDS, { ids: missing.slice(0, 10_000) })).nodes : [];
  const g = toSubgraph([...res.nodes, ...extra], res.relationships);
  return { columns: res.columns, rows: res.rows, truncated: res.truncated, nodes: g.nodes, edges: g.edges };
}

export function cypherRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.post<{ Body: { query: string; params?: Record<string, unknown> } }>(
    '/api/cypher',
    {
      bodyLimit: 64 * 1024,
      schema: {
        body: {
          type: 'object',
          required: ['query'],
          additionalProperties: false,
          properties: { query: { type: 'string', minLength: 1, maxLength: ctx.limits.cypherChars }, params: { type: 'object' } },
        },
      },
    },
    async (req) => {
      const res = await userCypher(ctx, req.body.query, req.body.params ?? {});
      return { ...res, edges: await enrich(ctx, res.edges) };
    },
  );
}
