/**
 * The graph model (documented for users in README "Graph model").
 *
 *   (:Entity:<Type> {id, name, type, aliases, mentions, articles, degree})
 *   (:Article {id, title, source, outlet, url, publishedAt, ingestedAt, contentHash, bodyHash, extractorVersion, text})
 *   (:Article)-[:MENTIONS {count}]->(:Entity)
 *   (:Entity)-[:<PREDICATE> {key, predicate, polarity, certainty, confidence, count, articles,
 *                            firstSeen, lastSeen}]->(:Entity)
 *       one relationship per (subject, predicate, object, polarity); the type is the predicate
 *       lemma in UPPER_SNAKE_CASE ("carry out" → CARRY_OUT); negation is the `polarity`
 *       property, never part of the type; `certainty` is the strongest certainty among its
 *       statements (asserted > alleged > hedged > intended > conditional).
 *   (:Statement {id, relKey, predicate, polarity, certainty, confidence, text, start, end,
 *                source, articleId, publishedAt, eventDate, subjectDetail, objectDetail, complement})
 *       publishedAt: the article's date (yyyy-mm-dd, null when undated); eventDate: the date the
 *       sentence gives the event; subjectDetail/objectDetail: a common-noun argument in full as
 *       the sentence gives it ("return" → "return to O-levels and more classroom discipline");
 *       complement: what completes the predicate after its object ("depict Michael Howard" + "as Fagin")
 *   (:Statement)-[:SUBJECT]->(:Entity), (:Statement)-[:OBJECT]->(:Entity),
 *   (:Statement)-[:FROM]->(:Article), (:Statement)-[:ASSERTED_BY]->(:Entity)   (optional)
 *
 * Evidence for a relationship r:  MATCH (s:Statement {relKey: r.key})-[:FROM]->(a:Article)
 */

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree)',
  'CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)',
  'CREATE INDEX article_body IF NOT EXISTS FOR (a:Article) ON (a.bodyHash)',
  'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)',
  'CREATE INDEX statement_relkey IF NOT EXISTS FOR (s:Statement) ON (s.relKey)',
  'CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.articleId)',
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]',
];

/** Name of the full-text index over entity names and aliases. */
export const ENTITY_FULLTEXT_INDEX = 'entity_names';

/** "carry out" → "CARRY_OUT": the relationship type for a predicate lemma. */
export function relType(predicate: string): string {
  const t = predicate
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(t) ? t : `REL_${t || 'UNKNOWN'}`;
}

export const CERTAINTY_RANK = { asserted: 5, alleged: 4, hedged: 3, intended: 2, conditional: 1 } as const;
