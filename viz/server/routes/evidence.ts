/**
 * GET /api/evidence?key= — every sentence behind one relationship, with its article, polarity,
 * certainty, attribution and event date (graph/schema.ts: Statement {relKey} -[:FROM]-> Article).
 * The relationship comes enriched (family, independent sources, claims).
 */
import type { FastifyInstance } from 'fastify';
import type { EvidenceResult } from '../../shared/types.js';
import { read, type Ctx } from '../context.js';
import { edgeMap, nodeMap, tidyEdge, tidyNode } from '../cypher-maps.js';
import { notFound } from '../errors.js';
import { enrich } from '../snapshot/index.js';
import { statementsFor } from './statements.js';

const EDGE = `
MATCH (s0:Statement {relKey: $key})-[:SUBJECT]->(a:Entity)
WITH s0, a LIMIT 1
MATCH (s0)-[:OBJECT]->(b:Entity)
MATCH (a)-[r]->(b) WHERE r.key = $key
RETURN ${edgeMap('r')} AS edge, ${nodeMap('a', false)} AS subject, ${nodeMap('b', false)} AS object
LIMIT 1`;

export async function evidence(ctx: Ctx, key: string, limit = 500): Promise<EvidenceResult | null> {
  const head = (await read(ctx, EDGE, { key })).rows[0];
  if (!head) return null;
  const [edge] = await enrich(ctx, [tidyEdge(head.edge as Record<string, unknown>)]);
  return {
    edge: edge!,
    subject: tidyNode(head.subject as Record<string, unknown>),
    object: tidyNode(head.object as Record<string, unknown>),
    statements: (await statementsFor(ctx, [key], limit)).get(key) ?? [],
  };
}

export function evidenceRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: { key: string; limit: number } }>(
    '/api/evidence',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['key'],
          properties: {
            key: { type: 'string', minLength: 1, maxLength: 2000 },
            limit: { type: 'integer', minimum: 1, maximum: 2000, default: 500 },
          },
        },
      },
    },
    async (req, reply) => (await evidence(ctx, req.query.key, req.query.limit)) ?? notFound(reply, 'relationship with that key'),
  );
}
