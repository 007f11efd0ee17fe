/** GET /api/search?q=&limit= — names and aliases through the `entity_names` full-text index. */
import type { FastifyInstance } from 'fastify';
import { ENTITY_FULLTEXT_INDEX } from '../../../graph/schema.js';
import type { SearchHit } from '../../shared/types.js';
import { int, readMaps, type Ctx } from '../context.js';
import { luceneQuery } from '../lucene.js';

const CYPHER = `
CALL db.index.fulltext.queryNodes($index, $q, {limit: $limit * 3}) YIELD node, score
WITH node AS e, score * (1.0 + log10(1.0 + coalesce(node.mentions, 0)) / 4.0) AS rank
ORDER BY rank DESC LIMIT $limit
RETURN {id: e.id, name: e.name, type: e.type, aliases: coalesce(e.aliases, []), mentions: coalesce(e.mentions, 0), score: rank} AS hit`;

export function searchRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          properties: { q: { type: 'string', maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
        },
      },
    },
    async (req) => {
      const q = luceneQuery(req.query.q);
      if (!q) return { hits: [] };
      const hits = await readMaps<SearchHit>(ctx, CYPHER, { index: ENTITY_FULLTEXT_INDEX, q, limit: int(req.query.limit) }, 'hit');
      return { hits };
    },
  );
}
