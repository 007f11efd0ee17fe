/**
 * The statements behind relationships (by `relKey`), as EvidenceStatements: sentence, offsets,
 * event date, polarity, certainty, the arguments' details, article and speaker; ordered by publication date, then place
 * in the article. Shared by the evidence panel and the contradictions view.
 */
import type { EvidenceStatement } from '../../shared/types.js';
import { int, read, type Ctx } from '../context.js';

export const ARTICLE_REF = (a: string): string =>
  `{id: ${a}.id, title: ${a}.title, source: ${a}.source, outlet: ${a}.outlet, url: ${a}.url, publishedAt: toString(${a}.publishedAt)}`;

const CYPHER = `
UNWIND $keys AS key
CALL (key) {
  MATCH (s:Statement {relKey: key})-[:FROM]->(a:Article)
  OPTIONAL MATCH (s)-[:ASSERTED_BY]->(sp)
  WITH s, a, sp ORDER BY a.publishedAt, s.start LIMIT $limit
  RETURN collect({id: s.id, text: s.text, start: s.start, end: s.end, eventDate: s.eventDate, polarity: s.polarity,
    certainty: s.certainty, confidence: s.confidence, subjectDetail: s.subjectDetail, objectDetail: s.objectDetail,
    complement: s.complement, article: ${ARTICLE_REF('a')},
    attribution: CASE WHEN sp IS NULL THEN NULL ELSE {id: sp.id, name: coalesce(sp.name, sp.id)} END}) AS sts
}
RETURN key, sts`;

export async function statementsFor(ctx: Ctx, keys: string[], limitPerKey = 500): Promise<Map<string, EvidenceStatement[]>> {
  if (keys.length === 0) return new Map();
  const res = await read(ctx, CYPHER, { keys, limit: int(limitPerKey) });
  return new Map(
    res.rows.map((r) => [String(r.key), ((r.sts as EvidenceStatement[]) ?? []).map((s) => ({ ...s, eventDate: s.eventDate ?? null }))]),
  );
}
