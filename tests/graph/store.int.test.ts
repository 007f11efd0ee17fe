import { runRead } from '../../graph/read.js';
import type { Store } from '../../graph/store.js';
import type { Extraction } from '../../ingest/types.js';
import { testStore } from '../utils/neo4j.js';

const tricky = ["O'Brien", 'al-Kadhimi', '`Robert`); MATCH (n) DETACH DELETE n; //', 'Zoë “Quote” Ünal 北京', '$param {x}'];

function extraction(id: string, names: string[], predicate: string): Extraction {
  const text = names.join(' met ');
  return {
    article: {
      id,
      source: `test:${id}`,
      title: `T ${id}`,
      outlet: 'Test Wire',
      url: null,
      publishedAt: '2021-11-08',
      contentHash: `h-${id}-${text}`,
      text,
    },
    entities: names.map((n, i) => ({
      kind: 'entity',
      id: `test-store-${id}-${i}`,
      name: n,
      type: 'Person',
      aliases: [`${n} alias`],
      mentions: 1,
    })),
    relations: names.slice(1).map((_, i) => ({
      kind: 'relation',
      subject: `test-store-${id}-${i}`,
      predicate,
      object: `test-store-${id}-${i + 1}`,
      polarity: 'positive',
      certainty: 'asserted',
      attribution: null,
      confidence: 0.7,
      evidence: [{ source: `test:${id}`, text, start: 0, end: text.length }],
    })),
    messages: [],
  };
}

describe('neo4j store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await testStore();
  });
  afterAll(async () => {
    await store.deleteArticles(['test-store-a', 'test-store-b']);
    await store.close();
  });

  it('creates the schema idempotently', async () => {
    await store.ensureSchema();
    const other = await testStore();
    await other.ensureSchema();
    await other.close();
    const r = await runRead(
      store.driver,
      'SHOW CONSTRAINTS YIELD name WHERE name IN ["entity_id", "article_id", "statement_id"] RETURN count(*) AS n',
    );
    expect(r.rows[0]!.n).toBe(3);
    const ft = await runRead(store.driver, 'SHOW INDEXES YIELD name, type WHERE name = "entity_names" RETURN type');
    expect(ft.rows).toEqual([{ type: 'FULLTEXT' }]);
  });

  it('stores names with quotes, backticks, unicode and Cypher-looking text verbatim', async () => {
    await store.write([extraction('test-store-a', tricky, 'carry out')]);
    const r = await runRead(
      store.driver,
      'MATCH (e:Entity) WHERE e.id STARTS WITH "test-store-test-store-a-" RETURN e.name AS name, e.aliases AS aliases ORDER BY e.id',
    );
    expect(r.rows.map((x) => x.name)).toEqual(tricky);
    expect(r.rows.map((x) => (x.aliases as string[])[0])).toEqual(tricky.map((n) => `${n} alias`));
    const rels = await runRead(
      store.driver,
      'MATCH (a:Entity)-[r:CARRY_OUT]->(b:Entity) WHERE a.id STARTS WITH "test-store-test-store-a-" RETURN count(r) AS n, collect(DISTINCT r.predicate) AS p',
    );
    expect(rels.rows[0]).toEqual({ n: tricky.length - 1, p: ['carry out'] });
    const degrees = await runRead(
      store.driver,
      'MATCH (e:Entity) WHERE e.id STARTS WITH "test-store-test-store-a-" RETURN e.degree AS d ORDER BY e.id',
    );
    expect(degrees.rows.map((x) => x.d)).toEqual([1, 2, 2, 2, 1]);
  });

  it('streams user query results and stops at the row limit', async () => {
    const r = await runRead(store.driver, 'UNWIND range(1, 1000000) AS i RETURN i', {}, { maxRows: 3 });
    expect(r).toMatchObject({ columns: ['i'], rows: [{ i: 1 }, { i: 2 }, { i: 3 }], truncated: true });
  });

  it('reaches every relationship’s evidence in one short query', async () => {
    const r = await runRead(
      store.driver,
      `MATCH (a:Entity {name: $name})-[r]->(:Entity) MATCH (s:Statement {relKey: r.key})-[:FROM]->(art:Article)
       RETURN s.text AS text, s.start AS start, s.end AS end, art.title AS title, r.count AS count, r.articles AS articles, r.firstSeen AS first`,
      { name: "O'Brien" },
    );
    expect(r.rows).toEqual([
      {
        text: tricky.join(' met '),
        start: 0,
        end: tricky.join(' met ').length,
        title: 'T test-store-a',
        count: 1,
        articles: 1,
        first: '2021-11-08',
      },
    ]);
  });

  it('deletes exactly one article’s contribution, keeping what another article says', async () => {
    const b = extraction('test-store-b', tricky.slice(0, 2), 'carry out');
    b.entities.forEach((e, i) => (e.id = `test-store-test-store-a-${i}`)); // the same two people
    b.relations[0]!.subject = b.entities[0]!.id;
    b.relations[0]!.object = b.entities[1]!.id;
    await store.write([b]);
    const count = async () =>
      (await runRead(store.driver, 'MATCH (:Entity {name: $n})-[r:CARRY_OUT]->() RETURN r.count AS c, r.articles AS a', { n: "O'Brien" }))
        .rows[0];
    expect(await count()).toEqual({ c: 2, a: 2 });
    await store.deleteArticles(['test-store-a']);
    expect(await count()).toEqual({ c: 1, a: 1 });
    const left = await runRead(store.driver, 'MATCH (e:Entity) WHERE e.id STARTS WITH "test-store-test-store-a-" RETURN count(e) AS n');
    expect(left.rows[0]!.n).toBe(2); // the three entities only article a mentioned are gone
  });

  it('runs user queries read-only: a write is refused with NEO4J_READ_ONLY', async () => {
    await expect(runRead(store.driver, 'CREATE (x:Intruder) RETURN x')).rejects.toMatchObject({ code: 'NEO4J_READ_ONLY' });
    const r = await runRead(store.driver, 'MATCH (x:Intruder) RETURN count(x) AS n');
    expect(r.rows[0]!.n).toBe(0);
  });
});
