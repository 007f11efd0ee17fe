/**
 * What resolution needs from the store: every article's local extraction (its article-local
 * entities and relations, kept as JSON on the Article node as `local`) and the signature of the
 * extraction last written for it (`resolved`). With these, resolution over the stored set can be
 * redone at any time (after an interrupted ingest, after a curation) without the article files,
 * and gives exactly what resolving the same articles in memory gives.
 */
import { sha256 } from '../ingest/hash.js';
import type { Extraction, LocalExtraction } from '../ingest/types.js';
import type { Store } from './store.js';

export interface StoredArticle {
  local: LocalExtraction;
  /** Signature of the extraction last written for the article ('' when none). */
  resolved: string;
}

/** The JSON kept on the Article node: the local extraction without the article itself. */
export const localJson = (l: LocalExtraction): string =>
  JSON.stringify({ entities: l.entities, relations: l.relations, messages: l.messages });

/** What a written extraction contributes to the graph, hashed: equal signatures, equal contribution. */
export function signature(x: Extraction): string {
  const ents = x.entities.map((e) => [e.id, e.mentions]);
  const rels = x.relations.map((r) => [
    r.subject,
    r.predicate,
    r.object,
    r.polarity,
    r.certainty,
    r.attribution,
    r.confidence,
    r.rejected === true,
    r.evidence.map((e) => [e.start, e.end]),
  ]);
  return sha256(JSON.stringify([ents, rels])).slice(0, 24);
}

/** The extraction as `kg ingest` writes it: with its local JSON and signature for the Article node. */
export const withStored = (x: Extraction, l: LocalExtraction): Extraction => ({
  ...x,
  stored: { local: localJson(l), resolved: signature(x) },
});

/** Every article that keeps its local extraction (read by Store.storedLocals). */
export const LOAD_STORED = `
MATCH (a:Article) WHERE a.local IS NOT NULL
RETURN a.id AS id, a.source AS source, a.title AS title, a.outlet AS outlet, a.url AS url,
       toString(a.publishedAt) AS publishedAt, a.contentHash AS contentHash, a.bodyHash AS bodyHash,
       a.extractorVersion AS extractorVersion, coalesce(a.text, '') AS text, a.local AS local, coalesce(a.resolved, '') AS resolved
ORDER BY a.id`;

/** One LOAD_STORED row as the stored article it describes. */
export function storedArticle(r: { get(key: string): unknown }): StoredArticle {
  const body = JSON.parse(r.get('local') as string) as Pick<LocalExtraction, 'entities' | 'relations' | 'messages'>;
  const str = (k: string) => (r.get(k) as string | null) ?? undefined;
  const article = {
    id: r.get('id') as string,
    source: r.get('source') as string,
    title: str('title') ?? '',
    outlet: (r.get('outlet') as string | null) ?? null,
    url: (r.get('url') as string | null) ?? null,
    publishedAt: (r.get('publishedAt') as string | null) ?? null,
    contentHash: r.get('contentHash') as string,
    bodyHash: str('bodyHash'),
    extractorVersion: str('extractorVersion'),
    text: r.get('text') as string,
  };
  return {
    local: { article, entities: body.entities, relations: body.relations, messages: body.messages ?? [] },
    resolved: r.get('resolved') as string,
  };
}

export const loadStored = (store: Pick<Store, 'storedLocals'>): Promise<Map<string, StoredArticle>> => store.storedLocals();
