/**
 * The rows a snapshot is built from, read in four queries (entities with relationships, their
 * relationships, every statement, every article), plus MinHash signatures of article texts. A
 * signature depends only on the text, so it is kept per content hash for the life of the process
 * and a text is read from Neo4j once.
 */
import { read, readMaps, type Ctx } from '../context.js';
import { signature } from '../corroboration/minhash.js';
import { edgeMap, nodeMap } from '../cypher-maps.js';

/** Events come with what pins them down (target, place, time: ingest/resolve/events.ts), for the contradictions view. */
const ENTITIES = `MATCH (e:Entity) WHERE e.degree > 0 WITH e, ${nodeMap('e')} AS m
RETURN CASE WHEN e.type = 'Event' THEN m {.*, event: {target: e.target, place: e.place, time: toString(e.time)}} ELSE m END AS m`;
const EDGES = `MATCH (:Entity)-[r]->(:Entity) RETURN ${edgeMap('r')} AS m`;
const STATEMENTS = `
MATCH (s:Statement)
RETURN {key: s.relKey, article: s.articleId, certainty: s.certainty, event: s.eventDate,
        attributed: EXISTS { (s)-[:ASSERTED_BY]->() }} AS m`;
const ARTICLES = `MATCH (a:Article) RETURN {id: a.id, outlet: a.outlet, url: a.url, date: toString(a.publishedAt), hash: a.contentHash} AS m`;
/**
 * What changes whenever an ingest, a deletion or a curation changes the graph (counts and the
 * last write: a curation, a reject included, rewrites the articles it touches).
 */
const VERSION = `
CALL () { MATCH (a:Article) RETURN count(a) AS articles, max(a.ingestedAt) AS last }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN articles, toString(last) AS last, entities, statements, rels`;
const TEXTS = `MATCH (a:Article) WHERE a.contentHash IN $hashes AND a.text IS NOT NULL RETURN DISTINCT {hash: a.contentHash, text: a.text} AS m`;

export interface StatementRow {
  key: string;
  article: string;
  certainty: string | null;
  event: string | null;
  attributed: boolean;
}
export interface ArticleRow {
  id: string;
  outlet: string | null;
  url: string | null;
  date: string | null;
  hash: string | null;
}

export interface Rows {
  /** The graph's version when the rows were read (graphVersion). */
  version: string;
  entities: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  statements: StatementRow[];
  articles: ArticleRow[];
  /** Content hash → signature (null: no text stored for it). */
  signatures: Map<string, Uint32Array | null>;
}

const SIGNATURES = new Map<string, Uint32Array | null>();
const MAX = 10_000_000;

/** A cheap fingerprint of the graph: a snapshot is rebuilt only when it changes. */
export async function graphVersion(ctx: Ctx): Promise<string> {
  return JSON.stringify((await read(ctx, VERSION)).rows[0] ?? {});
}

export async function loadRows(ctx: Ctx): Promise<Rows> {
  const version = await graphVersion(ctx);
  const [entities, edges, statements, articles] = await Promise.all([
    readMaps<Record<string, unknown>>(ctx, ENTITIES, {}, 'm', MAX),
    readMaps<Record<string, unknown>>(ctx, EDGES, {}, 'm', MAX),
    readMaps<StatementRow>(ctx, STATEMENTS, {}, 'm', MAX),
    readMaps<ArticleRow>(ctx, ARTICLES, {}, 'm', MAX),
  ]);
  const missing = [...new Set(articles.map((a) => a.hash).filter((h): h is string => Boolean(h) && !SIGNATURES.has(h!)))];
  for (let i = 0; i < missing.length; i += 500) {
    const chunk = missing.slice(i, i + 500);
    const texts = await readMaps<{ hash: string; text: string }>(ctx, TEXTS, { hashes: chunk }, 'm', MAX);
    const seen = new Set<string>();
    for (const t of texts) {
      SIGNATURES.set(t.hash, signature(t.text));
      seen.add(t.hash);
    }
    // Articles stored before kg kept texts: no signature until they are re-ingested.
    for (const h of chunk) if (!seen.has(h)) SIGNATURES.set(h, null);
  }
  return { version, entities, edges, statements, articles, signatures: SIGNATURES };
}
