/**
 * GET /api/evidence?key= — every sentence behind one relationship, with its article, polarity,
 * certainty and attribution (graph/schema.ts: Statement {relKey} -[:FROM]-> Article).
 */
import type { FastifyInstance } from 'fastify';
import type { EvidenceResult, EvidenceStatement } from '../../shared/types.js';
import { int, read, type Ctx } from '../context.js';
import { edgeMap, nodeMap, tidyEdge, tidyNode } from '../cypher-maps.js';
import { notFound } from '../errors.js';

const EDGE = `
MATCH (s0:Statement {relKey: $key})-[:SUBJECT]->(a:Entity)
WITH s0, a LIMIT 1
MATCH (s0)-[:OBJECT]->(b:Entity)
MATCH (a)-[r]->(b) WHERE r.key = $key
RETURN ${edgeMap('r')} AS edge, ${nodeMap('a', false)} AS subject, ${nodeMap('b', false)} AS object
LIMIT 1`;

const STATEMENTS = `
MATCH (s:Statement {relKey: $key})-[:FROM]->(a:Article)
OPTIONAL MATCH (s)-[:ASSERTED_BY]->(sp)
WITH s, a, sp ORDER BY a.publishedAt, s.start LIMIT $limit
RETURN {id: s.id, text: s.text, polarity: s.polarity, certainty: s.certainty, confidence: s.confidence,
  article: {id: a.id, title: a.title, source: a.source, outlet: a.outlet, url: a.url, publishedAt: toString(a.publishedAt)},
  attribution: CASE WHEN sp IS NULL THEN NULL ELSE {id: sp.id, name: coalesce(sp.name, sp.id)} END} AS st`;

export async function evidence(ctx: Ctx, key: string, limit = 500): Promise<EvidenceResult | null> {
  const head = (await read(ctx, EDGE, { key })).rows[0];
  if (!head) return null;
  const res = await read(ctx, STATEMENTS, { key, limit: int(limit) });
  return {
    edge: tidyEdge(head.edge as Record<string, unknown>),
    subject: tidyNode(head.subject as Record<string, unknown>),
    object: tidyNode(head.object as Record<string, unknown>),
    statements: res.rows.map((r) => r.st as EvidenceStatement),
  };
}

export function evidenceRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: { key: string; limit: number } }>('/api/evidence', {
    schema: {
      querystring: {
        type: 'object',
        required: ['key'],
        properties: { key: { type: 'string', minLength: 1, maxLength: 2000 }, limit: { type: 'integer', minimum: 1, maximum: 2000, default: 500 } },
      },
    },
  }, async (req, reply) => (await evidence(ctx, req.query.key, req.query.limit)) ?? notFound(reply, 'relationship with that key'));
}
