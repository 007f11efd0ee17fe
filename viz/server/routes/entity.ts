/**
 * GET /api/entity/:id — an actor's type, aliases, mention count, the articles that mention it, and
 * its relationships (both directions, strongest first, from the claims snapshot) for the actor
 * panel, which groups them by predicate family, and how each alias joined it.
 */
import type { FastifyInstance } from 'fastify';
import type { ArticleRef, EntityDetails, MergeRecord, Relation } from '../../shared/types.js';
import { int, read, type Ctx } from '../context.js';
import { nodeMap, tidyNode } from '../cypher-maps.js';
import { notFound } from '../errors.js';
import { byStrength, snapshot, type Snapshot } from '../snapshot/index.js';

const CYPHER = `
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
WITH e, a, m ORDER BY coalesce(m.count, 0) DESC, a.publishedAt DESC
WITH e, collect(CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, title: a.title, source: a.source, outlet: a.outlet,
  url: a.url, publishedAt: toString(a.publishedAt), count: coalesce(m.count, 0)} END)[..$limit] AS articles
RETURN ${nodeMap('e')} AS node, articles,
  [i IN range(0, size(coalesce(e.mergeAliases, [])) - 1) | {alias: e.mergeAliases[i], rule: e.mergeRules[i], source: e.mergeSources[i]}] AS audit`;

/** The actor's relationships from the snapshot, strongest first. */
export function relationsOf(snap: Snapshot, id: string): Relation[] {
  const edges = (snap.byActor.get(id) ?? [])
    .map((k) => snap.edges.get(k)!)
    .filter(Boolean)
    .sort(byStrength);
  return edges.flatMap((edge): Relation[] => {
    const out = edge.source === id;
    const other = snap.nodes.get(out ? edge.target : edge.source);
    return other ? [{ edge, other, direction: out ? 'out' : 'in' }] : [];
  });
}

export function entityRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Params: { id: string }; Querystring: { articles: number; relations: number } }>(
    '/api/entity/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } },
        querystring: {
          type: 'object',
          properties: {
            articles: { type: 'integer', minimum: 0, maximum: 500, default: 100 },
            relations: { type: 'integer', minimum: 0, maximum: 5000, default: 500 },
          },
        },
      },
    },
    async (req, reply) => {
      const [res, snap] = await Promise.all([read(ctx, CYPHER, { id: req.params.id, limit: int(req.query.articles) }), snapshot(ctx)]);
      const row = res.rows[0];
      if (!row) return notFound(reply, `entity "${req.params.id}"`);
      const relations = relationsOf(snap, req.params.id);
      const details: EntityDetails = {
        node: tidyNode(row.node as Record<string, unknown>),
        articles: (row.articles as (ArticleRef & { count: number })[]) ?? [],
        relations: relations.slice(0, req.query.relations),
        relationsTotal: relations.length,
        audit: (row.audit as MergeRecord[]) ?? [],
      };
      return details;
    },
  );
}
