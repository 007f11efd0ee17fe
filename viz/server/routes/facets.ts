/**
 * GET /api/facets?<filters> — counts per facet value over the whole graph (shared/facets.ts) and
 * the timeline's statements per day. GET /api/match?<filters>&limit= — the strongest relationships
 * of the whole graph that pass the filters, with their actors, to draw; `total` says how many pass.
 * Both read the claims snapshot; filters use shared/filter-params.ts's encoding.
 */
import type { FastifyInstance } from 'fastify';
import { facetCounts } from '../../shared/facets.js';
import { decodeFilters, paramsOf } from '../../shared/filter-params.js';
import { edgePasses, typePasses, type Filters } from '../../shared/filters.js';
import type { Subgraph, VizEdge, VizNode } from '../../shared/types.js';
import type { Ctx } from '../context.js';
import { byStrength, facetRows, snapshot, type Snapshot } from '../snapshot/index.js';

export function matching(snap: Snapshot, f: Filters): VizEdge[] {
  const out: VizEdge[] = [];
  for (const { edge, subjectType, objectType } of facetRows(snap)) {
    if (typePasses(subjectType, f) && typePasses(objectType, f) && edgePasses(edge, f)) out.push(edge);
  }
  return out.sort(byStrength);
}

export function subgraphOf(snap: Snapshot, edges: VizEdge[]): Subgraph {
  const nodes = new Map<string, VizNode>();
  for (const e of edges)
    for (const id of [e.source, e.target])
      if (!nodes.has(id))
        nodes.set(id, snap.nodes.get(id) ?? { id, label: id, kind: 'Entity', type: 'Entity', aliases: [], mentions: 0, articles: 0 });
  return { nodes: [...nodes.values()], edges };
}

const FILTER_QUERY = {
  type: 'object',
  properties: { limit: { type: 'integer', minimum: 1, maximum: 5000, default: 300 } },
  additionalProperties: { type: 'string', maxLength: 20_000 },
};

export function facetRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: Record<string, string> }>('/api/facets', { schema: { querystring: FILTER_QUERY } }, async (req) =>
    facetCounts(facetRows(await snapshot(ctx)), decodeFilters(paramsOf(req.query))),
  );

  app.get<{ Querystring: Record<string, string> & { limit: number } }>(
    '/api/match',
    { schema: { querystring: FILTER_QUERY } },
    async (req) => {
      const snap = await snapshot(ctx);
      const all = matching(snap, decodeFilters(paramsOf(req.query)));
      return { ...subgraphOf(snap, all.slice(0, req.query.limit)), total: all.length };
    },
  );
}
