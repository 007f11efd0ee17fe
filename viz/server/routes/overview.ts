/**
 * GET /api/overview?limit= — where the explorer opens: the most connected actors and the
 * relationships among them, never the whole graph. `degree` (Entity–Entity relationships) is
 * stored on every Entity at write time and indexed (graph/schema.ts), so this is an index range
 * scan with a partial top-k, not a count over every entity. Answers are memoised briefly.
 */
import type { FastifyInstance } from 'fastify';
import type { Subgraph } from '../../shared/types.js';
import { cached, int, readMaps, type Ctx } from '../context.js';
import { nodeMap, tidyNode } from '../cypher-maps.js';
import { enrich } from '../snapshot/index.js';
import { edgesAmong } from './edges-among.js';

const CYPHER = `
MATCH (e:Entity) WHERE e.degree > 0
RETURN ${nodeMap('e')} AS node
ORDER BY e.degree DESC, e.mentions DESC LIMIT $limit`;

export async function overview(ctx: Ctx, limit: number): Promise<Subgraph> {
  const nodes = (await readMaps<Record<string, unknown>>(ctx, CYPHER, { limit: int(limit) }, 'node')).map(tidyNode);
  const edges = await enrich(
    ctx,
    await edgesAmong(
      ctx,
      nodes.map((n) => n.id),
    ),
  );
  return { nodes, edges };
}

export function overviewRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: { limit: number } }>(
    '/api/overview',
    {
      schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 5000, default: 150 } } } },
    },
    (req) => cached(ctx, `overview:${req.query.limit}`, () => overview(ctx, req.query.limit)),
  );
}
