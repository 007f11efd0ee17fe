/**
 * Every write statement kg sends. User data only ever arrives as parameters; the one dynamic
 * part, the relationship type, uses Cypher 5.26's `$(…)` with a value built by `relType`.
 */
import { CERTAINTIES, ENTITY_TYPES } from '../ingest/vocabulary.js';

const TYPE_LABELS = ENTITY_TYPES.join(':');
/** The strongest of a relationship's statements' certainties `certs` (constants from the vocabulary, not user data). */
const STRONGEST_CERTAINTY = `CASE ${CERTAINTIES.slice(0, -1)
  .map((c) => `WHEN '${c}' IN certs THEN '${c}'`)
  .join(' ')} ELSE '${CERTAINTIES.at(-1)}' END`;

export const FIND_ARTICLES = `
MATCH (a:Article) WHERE a.id IN $ids OR a.contentHash IN $hashes OR a.bodyHash IN $bodies
RETURN a.id AS id, a.contentHash AS contentHash, a.bodyHash AS bodyHash, a.extractorVersion AS extractorVersion`;

export const CONTRIBUTION_OF = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(e.id) AS mentioned
OPTIONAL MATCH (st:Statement {articleId: a.id})
OPTIONAL MATCH (st)-[:ASSERTED_BY]->(sp:Entity)
RETURN mentioned,
       collect(DISTINCT {key: st.relKey, subject: st.subjectId, object: st.objectId}) AS rels,
       collect(DISTINCT sp.id) AS speakers`;

export const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (st:Statement {articleId: id})
DETACH DELETE st, a`;

export const UPSERT_ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.ingestedAt = $now`;

/** Name, type, aliases and audit come whole from resolution over every article (never accumulated). */
export const UPSERT_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.mentions = 0, e.articles = 0
SET e.name = row.name, e.aliases = row.aliases, e += row.props
WITH e, row WHERE e.type IS NULL OR e.type <> row.type
REMOVE e:${TYPE_LABELS}
SET e.type = row.type, e:$(row.type)`;

/** The same for entities already stored whose resolution changed (graph/reconcile.ts); never creates. */
export const UPDATE_ENTITIES = `
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e += row.props
WITH e, row WHERE e.type IS NULL OR e.type <> row.type
REMOVE e:${TYPE_LABELS}
SET e.type = row.type, e:$(row.type)`;

/** Relationships a curation reject holds carry rejected = true; every other one false. */
export const MARK_REJECTED = `
MATCH (:Entity)-[r]->(:Entity) WHERE r.key IN $keys OR r.rejected = true
SET r.rejected = r.key IN $keys`;

export const UPSERT_MENTIONS = `
UNWIND $mentions AS row
MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count`;

export const UPSERT_STATEMENTS = `
UNWIND $statements AS row
MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (st:Statement {id: row.id})
SET st += row.props
MERGE (st)-[:SUBJECT]->(s)
MERGE (st)-[:OBJECT]->(o)
MERGE (st)-[:FROM]->(a)
WITH st, row WHERE row.attribution IS NOT NULL
MATCH (sp:Entity {id: row.attribution})
MERGE (st)-[:ASSERTED_BY]->(sp)`;

export const UPSERT_RELS = `
UNWIND $rels AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {key: row.key}]->(o)
ON CREATE SET r.predicate = row.predicate, r.polarity = row.polarity
SET r.rejected = coalesce(row.rejected, false)`;

/** Recompute a relationship's aggregate properties from the statements behind it. */
export const REFRESH_RELS = `
UNWIND $rels AS row
MATCH (s:Entity {id: row.subject})-[r]->(o:Entity {id: row.object}) WHERE r.key = row.key
CALL (r) {
  OPTIONAL MATCH (st:Statement {relKey: r.key})-[:FROM]->(a:Article)
  OPTIONAL MATCH (st)-[:ASSERTED_BY]->(sp:Entity)
  RETURN count(DISTINCT st) AS n, count(DISTINCT a) AS arts,
         min(a.publishedAt) AS first, max(a.publishedAt) AS last,
         collect(DISTINCT st.certainty) AS certs, max(st.confidence) AS conf, collect(DISTINCT sp.name) AS speakers
}
WITH r, n, arts, first, last, certs, conf, speakers
CALL (r, n) { WITH r, n WHERE n = 0 DELETE r }
WITH r, n, arts, first, last, certs, conf, speakers WHERE n > 0
SET r.count = n, r.articles = arts, r.firstSeen = first, r.lastSeen = last, r.confidence = conf,
    r.attributedTo = speakers,
    r.certainty = ${STRONGEST_CERTAINTY}`;

/** Recompute mention counts and degree; delete entities nothing refers to any more. */
export const REFRESH_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN coalesce(sum(m.count), 0) AS total, count(a) AS arts
}
SET e.mentions = total, e.articles = arts, e.degree = COUNT { (e)-[]-(:Entity) }
WITH e WHERE arts = 0 AND NOT EXISTS { (e)<-[:SUBJECT|OBJECT|ASSERTED_BY]-(:Statement) }
DETACH DELETE e`;
