/**
 * GET /api/overview?limit= — where the explorer opens: the most connected actors (degree over
 * Entity–Entity relationships) and the relationships among them, never the whole graph.
 */
import type { FastifyInstance } from 'fastify';
import type { Subgraph } from '../../shared/types.js';
import { int, readMaps, type Ctx } from '../context.js';
import { tidyNode } from '../cypher-maps.js';
import { edgesAmong } from './edges-among.js';

const CYPHER = `
MATCH (e:Entity)
WITH e, COUNT { (e)--(:Entity) } AS degree
WHERE degree > 0
ORDER BY degree DESC, e.mentions DESC LIMIT $limit
RETURN {id: e.id, label: coalesce(e.name, e.id), kind: 'Entity', type: coalesce(e.type, 'Entity'),
  aliases: coalesce(e.aliases, []), mentions: coalesce(e.mentions, 0), articles: coalesce(e.articles, 0), degree: degree} AS node`;

export async function overview(ctx: Ctx, limit: number): Promise<Subgraph> {
  const nodes = (await readMaps<Record<string, unknown>>(ctx, CYPHER, { limit: int(limit) }, 'node')).map(tidyNode);
  const edges = await edgesAmong(ctx, nodes.map((n) => n.id));
  return { nodes, edges };
}

export function overviewRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: { limit: number } }>('/api/overview', {
    schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 5000, default: 150 } } } },
  }, (req) => overview(ctx, req.query.limit));
}
