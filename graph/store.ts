/**
 * The narrow store interface the rest of kg uses, and its neo4j-driver adapter. Writes are
 * managed transactions (`executeWrite`, retried by the driver on transient errors), batched with
 * UNWIND: one transaction per batch of articles, never one round trip per relation.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ArticleState } from '../ingest/run.js';
import type { EntityType, Extraction } from '../ingest/types.js';
import { toBatch, type RelRow } from './batch.js';
import { loadConfig, type Neo4jConfig } from './config.js';
import * as Q from './cypher.js';
import { openDriver, toKgError } from './driver.js';
import type { EntityProps } from './entity-props.js';
import { LOAD_STORED, storedArticle, type StoredArticle } from './locals.js';
import { SCHEMA_STATEMENTS } from './schema.js';

export interface WriteSummary {
  articles: number;
  entities: number;
  relations: number;
  statements: number;
}

/** What classify needs of an article: its identity and its text's hashes. */
export type ClassifyInput = { id: string; contentHash: string; bodyHash?: string; extractorVersion?: string };

/** One entity as reconcile rewrites it. */
export interface EntityUpdate {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  props: EntityProps;
}

/**
 * What ingest, reconcile and curation need of the graph: no driver, so a unit test can hand them
 * an in-memory fake (tests/utils/fake-store.ts). `Store` adds the driver for reads of its own.
 */
export type GraphStore = Omit<Store, 'driver' | 'config'>;

export interface Store {
  readonly driver: Driver;
  readonly config: Neo4jConfig;
  ensureSchema(): Promise<void>;
  /** For each article: unchanged (stored as is), duplicate (its content is stored under another id), replaced (same id, new content) or new. */
  classify(articles: ClassifyInput[]): Promise<ArticleState[]>;
  /** Write articles, replacing whatever each article contributed before. One transaction. */
  write(xs: readonly Extraction[]): Promise<WriteSummary>;
  /** Remove articles and exactly their contribution (statements, mentions, now-orphaned entities). */
  deleteArticles(ids: readonly string[]): Promise<void>;
  /** Every stored article's local extraction and the signature of what was last written for it (locals.ts). */
  storedLocals(): Promise<Map<string, StoredArticle>>;
  /** Each stored entity's revision (`rev`, entity-props.ts). */
  entityRevisions(): Promise<Map<string, string | null>>;
  /** Rewrite entities' name, type, aliases and merge audit. */
  updateEntities(rows: readonly EntityUpdate[]): Promise<void>;
  /** Flag exactly the relationships with these keys rejected (curation), unflag every other. */
  markRejected(keys: readonly string[]): Promise<void>;
  counts(): Promise<{ articles: number; entities: number; relations: number; statements: number }>;
  close(): Promise<void>;
}

export async function openStore(config: Neo4jConfig = loadConfig(), driver?: Driver): Promise<Store> {
  const d = driver ?? (await openDriver(config));
  const session = (mode: 'READ' | 'WRITE' = 'WRITE') => d.session({ database: config.database, defaultAccessMode: mode });
  const tx = async <T>(mode: 'READ' | 'WRITE', work: (t: ManagedTransaction) => Promise<T>): Promise<T> => {
    const s = session(mode);
    try {
      return mode === 'READ' ? await s.executeRead(work) : await s.executeWrite(work);
    } catch (e) {
      throw toKgError(e, config);
    } finally {
      await s.close();
    }
  };

  let schemaReady = false;
  const store: Store = {
    driver: d,
    config,
    async ensureSchema() {
      if (schemaReady) return;
      for (const stmt of SCHEMA_STATEMENTS) await tx('WRITE', (t) => t.run(stmt));
      await tx('READ', (t) => t.run('CALL db.awaitIndexes(300)'));
      schemaReady = true;
    },
    async classify(articles) {
      const params = {
        ids: articles.map((a) => a.id),
        hashes: articles.map((a) => a.contentHash),
        bodies: articles.flatMap((a) => (a.bodyHash ? [a.bodyHash] : [])),
      };
      const rows = await tx('READ', (t) => t.run(Q.FIND_ARTICLES, params));
      const stored = rows.records.map((r) => ({
        id: r.get('id') as string,
        hash: r.get('contentHash') as string,
        body: r.get('bodyHash') as string | null,
        version: r.get('extractorVersion') as string | null,
      }));
      const sameText = (a: ClassifyInput, s: (typeof stored)[number]) =>
        s.hash === a.contentHash || (!!a.bodyHash && s.body === a.bodyHash);
      const same = (a: ClassifyInput) => stored.find((s) => s.id === a.id && s.hash === a.contentHash);
      return articles.map((a) =>
        same(a)
          ? same(a)!.version === (a.extractorVersion ?? null)
            ? 'unchanged'
            : 'reextracted'
          : stored.some((s) => s.id !== a.id && sameText(a, s))
            ? 'duplicate'
            : stored.some((s) => s.id === a.id)
              ? 'replaced'
              : 'new',
      );
    },
    async write(xs) {
      await store.ensureSchema();
      const b = toBatch(xs);
      const ids = b.articles.map((a) => a.id);
      await tx('WRITE', async (t) => {
        const before = await removeContribution(t, ids);
        await t.run(Q.UPSERT_ARTICLES, { articles: b.articles, now: new Date().toISOString() });
        await t.run(Q.UPSERT_ENTITIES, { entities: b.entities });
        await t.run(Q.UPSERT_MENTIONS, { mentions: b.mentions });
        await t.run(Q.UPSERT_RELS, { rels: b.rels });
        await t.run(Q.UPSERT_STATEMENTS, { statements: b.statements });
        await t.run(Q.REFRESH_RELS, { rels: uniqueRels([...before.rels, ...b.rels]) });
        await t.run(Q.REFRESH_ENTITIES, { ids: [...new Set([...before.entities, ...b.entities.map((e) => e.id)])] });
      });
      return { articles: b.articles.length, entities: b.entities.length, relations: b.rels.length, statements: b.statements.length };
    },
    async deleteArticles(ids) {
      if (ids.length === 0) return;
      await tx('WRITE', async (t) => {
        const before = await removeContribution(t, [...ids]);
        await t.run(Q.REFRESH_RELS, { rels: before.rels });
        await t.run(Q.REFRESH_ENTITIES, { ids: before.entities });
      });
    },
    async storedLocals() {
      const res = await tx('READ', (t) => t.run(LOAD_STORED));
      return new Map(res.records.map((r) => storedArticle(r)).map((a) => [a.local.article.id, a]));
    },
    async entityRevisions() {
      const res = await tx('READ', (t) => t.run('MATCH (e:Entity) RETURN e.id AS id, e.rev AS rev'));
      return new Map(res.records.map((r) => [r.get('id') as string, r.get('rev') as string | null]));
    },
    async updateEntities(rows) {
      for (let i = 0; i < rows.length; i += 2000) await tx('WRITE', (t) => t.run(Q.UPDATE_ENTITIES, { entities: rows.slice(i, i + 2000) }));
    },
    async markRejected(keys) {
      await tx('WRITE', (t) => t.run(Q.MARK_REJECTED, { keys }));
    },
    async counts() {
      const res = await tx('READ', (t) =>
        t.run(`CALL () { MATCH (a:Article) RETURN count(a) AS articles }
               CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
               CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
               CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
               RETURN articles, entities, relations, statements`),
      );
      const r = res.records[0]!;
      return { articles: r.get('articles'), entities: r.get('entities'), relations: r.get('relations'), statements: r.get('statements') };
    },
    async close() {
      if (!driver) await d.close();
    },
  };
  return store;
}

/** Delete the given articles' statements and nodes; return what must be recomputed. */
async function removeContribution(t: ManagedTransaction, ids: string[]): Promise<{ rels: RelRow[]; entities: string[] }> {
  const res = await t.run(Q.CONTRIBUTION_OF, { ids });
  const rels: RelRow[] = [];
  const entities = new Set<string>();
  for (const r of res.records) {
    for (const id of r.get('mentioned') as string[]) entities.add(id);
    for (const id of r.get('speakers') as string[]) entities.add(id);
    for (const rel of r.get('rels') as { key: string | null; subject: string; object: string }[]) {
      if (!rel.key) continue;
      rels.push({ key: rel.key, subject: rel.subject, object: rel.object, type: '', predicate: '', polarity: '' });
      entities.add(rel.subject).add(rel.object);
    }
  }
  await t.run(Q.DELETE_ARTICLES, { ids });
  return { rels, entities: [...entities] };
}

const uniqueRels = (rels: RelRow[]) => [
  ...new Map(rels.map((r) => [r.key, { key: r.key, subject: r.subject, object: r.object }])).values(),
];
