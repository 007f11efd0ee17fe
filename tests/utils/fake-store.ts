/**
 * An in-memory GraphStore for unit tests of ingest, reconcile and curation: articles and entities
 * as the last write left them, classified the way graph/store.ts classifies (integration tests
 * hold the real Neo4j one to the same behaviour).
 */
import type { ArticleState } from '../../ingest/run.js';
import type { EntityRecord, Extraction } from '../../ingest/types.js';
import { entityProps } from '../../graph/entity-props.js';
import { storedArticle, type StoredArticle } from '../../graph/locals.js';
import type { ClassifyInput, EntityUpdate, GraphStore } from '../../graph/store.js';

export interface FakeStore extends GraphStore {
  articles: Map<string, Extraction>;
  entities: Map<string, EntityRecord & { rev: string }>;
  rejected: Set<string>;
  /** Articles per write call, in order. */
  writes: number[];
}

export function fakeStore(): FakeStore {
  const articles = new Map<string, Extraction>();
  const entities = new Map<string, EntityRecord & { rev: string }>();
  const rejected = new Set<string>();
  const writes: number[] = [];
  const state = (a: ClassifyInput): ArticleState => {
    const same = articles.get(a.id);
    if (same?.article.contentHash === a.contentHash)
      return same.article.extractorVersion === a.extractorVersion ? 'unchanged' : 'reextracted';
    const dup = [...articles.values()].some(
      (x) => x.article.id !== a.id && (x.article.contentHash === a.contentHash || (!!a.bodyHash && x.article.bodyHash === a.bodyHash)),
    );
    return dup ? 'duplicate' : same ? 'replaced' : 'new';
  };
  return {
    articles,
    entities,
    rejected,
    writes,
    async ensureSchema() {},
    async classify(xs) {
      return xs.map(state);
    },
    async write(xs) {
      writes.push(xs.length);
      for (const x of xs) {
        articles.set(x.article.id, x);
        for (const e of x.entities) entities.set(e.id, { ...e, rev: entityProps(e).rev });
      }
      return { articles: xs.length, entities: new Set(xs.flatMap((x) => x.entities.map((e) => e.id))).size, relations: 0, statements: 0 };
    },
    async deleteArticles(ids) {
      for (const id of ids) articles.delete(id);
    },
    async storedLocals() {
      const out = new Map<string, StoredArticle>();
      for (const x of articles.values()) {
        if (!x.stored) continue;
        const a = x.article;
        const row: Record<string, unknown> = { ...a, local: x.stored.local, resolved: x.stored.resolved };
        out.set(a.id, storedArticle({ get: (k) => row[k] ?? null }));
      }
      return out;
    },
    async entityRevisions() {
      return new Map([...entities.values()].map((e) => [e.id, e.rev]));
    },
    async updateEntities(rows: readonly EntityUpdate[]) {
      for (const r of rows) {
        const e = entities.get(r.id);
        if (e) entities.set(r.id, { ...e, name: r.name, type: r.type, aliases: r.aliases, rev: r.props.rev });
      }
    },
    async markRejected(keys) {
      rejected.clear();
      for (const k of keys) rejected.add(k);
    },
    async counts() {
      return { articles: articles.size, entities: entities.size, relations: 0, statements: 0 };
    },
    async close() {},
  };
}
