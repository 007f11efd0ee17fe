/**
 * GET /api/article/:id — an article to read: title, outlet, date, URL, its cleaned text (stored
 * since kg keeps texts; null for articles ingested before) and every statement in it with its
 * offsets and actors, so the reader can highlight a sentence and who is in it.
 */
import type { FastifyInstance } from 'fastify';
import type { ArticleRef, ArticleText, VizNode } from '../../shared/types.js';
import { read, type Ctx } from '../context.js';
import { nodeMap, tidyNode } from '../cypher-maps.js';
import { notFound } from '../errors.js';
import { ARTICLE_REF } from './statements.js';

const CYPHER = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (s:Statement {articleId: $id})-[:SUBJECT]->(x:Entity)
OPTIONAL MATCH (s)-[:OBJECT]->(y:Entity)
WITH a, s, x, y ORDER BY s.start
RETURN ${ARTICLE_REF('a')} AS article, a.text AS text,
  collect(CASE WHEN s IS NULL OR y IS NULL THEN NULL ELSE {id: s.id, start: s.start, end: s.end, predicate: s.predicate,
    polarity: s.polarity, certainty: s.certainty, relKey: s.relKey, eventDate: s.eventDate,
    subject: ${nodeMap('x', false)}, object: ${nodeMap('y', false)}} END) AS statements`;

type Row = ArticleText['statements'][number] & { subject: Record<string, unknown>; object: Record<string, unknown> };

export async function article(ctx: Ctx, id: string): Promise<ArticleText | null> {
  const row = (await read(ctx, CYPHER, { id })).rows[0];
  if (!row) return null;
  const statements = (row.statements as Row[]).map((s) => ({
    ...s,
    eventDate: s.eventDate ?? null,
    subject: tidyNode(s.subject) as VizNode,
    object: tidyNode(s.object) as VizNode,
  }));
  return { article: row.article as ArticleRef, text: typeof row.text === 'string' ? row.text : null, statements };
}

export function articleRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Params: { id: string } }>(
    '/api/article/:id',
    {
      schema: { params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } } },
    },
    async (req, reply) => (await article(ctx, req.params.id)) ?? notFound(reply, `article "${req.params.id}"`),
  );
}
