import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRead } from '../../graph/read.js';
import type { Store } from '../../graph/store.js';
import { kg } from '../utils/cli.js';
import { articleIdsUnder, tempArticles, testStore } from '../utils/neo4j.js';

// A nonce keeps this run's content apart from anything a crashed earlier run left behind.
const nonce = `Run ${Date.now().toString(36)}.`;
const A1 = 'Iran condemned the attack on Baghdad.\n\nThe United States supports Iraq.\n';
const A2 = 'Iran condemned the attack on Baghdad.\n\nThe United States criticized Iraq.\n';
const B = 'The United States supports Iraq, a senior official told Reuters.\n';
const withNonce = (t: string) => `${t}\n${nonce}\n`;

/**
 * What the articles under `dir` put in the graph, counted from their own mentions and statements
 * (the shared test database holds other suites' articles, which may share entities).
 */
async function graphCounts(store: Store, dir: string) {
  const r = await runRead(
    store.driver,
    `MATCH (a:Article) WHERE a.source STARTS WITH $dir
     OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
     WITH collect(DISTINCT a) AS arts, collect(DISTINCT {article: a.source, id: e.id, mentions: m.count}) AS ents
     UNWIND (CASE WHEN arts = [] THEN [null] ELSE arts END) AS a
     OPTIONAL MATCH (s:Statement)-[:FROM]->(a)
     WITH arts, ents, collect(s) AS sts
     UNWIND (CASE WHEN sts = [] THEN [null] ELSE sts END) AS s
     WITH arts, ents, s.relKey AS key, count(s) AS n, collect(DISTINCT s.predicate) AS ps
     RETURN size(arts) AS articles, ents AS entities, sum(n) AS statements,
            [x IN collect([key, n]) WHERE x[0] IS NOT NULL] AS relations,
            reduce(acc = [], p IN collect(ps) | acc + p) AS predicates`,
    { dir },
  );
  const row = r.rows[0] as {
    articles: number;
    entities: { id: string }[];
    statements: number;
    relations: unknown[][];
    predicates: string[];
  };
  const sort = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return { ...row, entities: sort(row.entities), relations: sort(row.relations), predicates: [...new Set(row.predicates)].sort() };
}

describe('kg ingest (real Neo4j)', () => {
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    store = await testStore();
    dir = tempArticles({ 'a.txt': withNonce(A1), 'sub/b.md': withNonce(B) });
  });
  afterAll(async () => {
    await store.deleteArticles(await articleIdsUnder(store, dir));
    await store.close();
  });

  it('ingests a folder recursively and prints a summary', async () => {
    const r = kg(['ingest', dir, '--workers', '0']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/articles: 2 new, 0 unchanged, 0 replaced/);
    const c = await graphCounts(store, dir);
    expect(c.articles).toBe(2);
    expect(c.statements).toBeGreaterThan(0);
  });

  it('is idempotent: ingesting the same content again changes nothing', async () => {
    const before = await graphCounts(store, dir);
    expect(before.entities.length).toBeGreaterThan(2);
    expect(before.relations.length).toBeGreaterThan(0);
    const r = kg(['ingest', dir, '--workers', '0']);
    expect(r.stdout).toMatch(/articles: 0 new, 2 unchanged, 0 replaced/);
    expect(await graphCounts(store, dir)).toEqual(before);
  });

  it('re-extracts an unchanged article that an older extractor stored, and says so', async () => {
    const before = await graphCounts(store, dir);
    const s = store.driver.session();
    try {
      await s.run('MATCH (a:Article {source: $src}) SET a.extractorVersion = $old', { src: join(dir, 'a.txt'), old: '0.old' });
    } finally {
      await s.close();
    }
    const r = kg(['ingest', dir, '--workers', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/articles: 0 new, 1 unchanged, 0 replaced, 1 re-extracted \(extractor \d+\.\w+\)/);
    const v = await runRead(
      store.driver,
      'MATCH (a:Article) WHERE a.source STARTS WITH $dir RETURN collect(DISTINCT a.extractorVersion) AS v',
      { dir },
    );
    expect(v.rows[0]!.v).toHaveLength(1);
    expect(v.rows[0]!.v).not.toContain('0.old');
    expect(await graphCounts(store, dir)).toEqual(before);
  });

  it('replaces an edited article’s contribution without touching the other article', async () => {
    const before = await graphCounts(store, dir);
    const bOnly = await graphCounts(store, join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), withNonce(A2));
    const r = kg(['ingest', dir, '--workers', '0']);
    expect(r.stdout).toMatch(/articles: 0 new, 1 unchanged, 1 replaced/);
    const after = await graphCounts(store, dir);
    expect(after.articles).toBe(2);
    const aStatements = await runRead(store.driver, 'MATCH (s:Statement)-[:FROM]->(a:Article {source: $src}) RETURN s.text AS text', {
      src: join(dir, 'a.txt'),
    });
    expect(aStatements.rows.map((x) => x.text).join(' ')).not.toMatch(/supports/);
    const bAfter = await graphCounts(store, join(dir, 'sub'));
    expect([bAfter.articles, bAfter.statements, bAfter.predicates]).toEqual([bOnly.articles, bOnly.statements, bOnly.predicates]);
    expect(before.articles).toBe(2);
  });

  it('counts the same story as a .txt and as a JSONL record with a URL and a title once (a duplicate)', async () => {
    const title = `Blair backs troops ${nonce}`;
    // The nonce in the body too: a body left by an interrupted earlier run must not make this one a duplicate.
    const body = `Tony Blair said British troops would stay in Iraq until the elections were held.\n\nThe Conservatives backed the decision, but the Liberal Democrats said the government had misled Parliament. ${nonce}`;
    const twin = tempArticles({
      'story.txt': `${title}\n\n${body}\n`,
      'feed.jsonl': `${JSON.stringify({ title, text: body, url: `https://news.example/${nonce}` })}\n`,
    });
    const r = kg(['ingest', join(twin, 'story.txt'), '--workers', '0']);
    const again = kg(['ingest', join(twin, 'feed.jsonl'), '--workers', '0']);
    const stored = await articleIdsUnder(store, twin);
    await store.deleteArticles(stored);
    expect([r.code, again.code]).toEqual([0, 0]);
    expect(again.stdout).toMatch(/^articles: 0 new, 0 unchanged, 0 replaced, 1 duplicate$/m);
    expect(stored).toHaveLength(1);
  });

  it('reports bad files one line each, goes on with the good ones, and exits non-zero', async () => {
    const bad = tempArticles({
      'good.txt': withNonce('Iran condemned the attack on Baghdad.'),
      'empty.txt': '',
      'binary.txt': Buffer.from([0x49, 0x00, 0x01, 0x02, 0xff]),
      'latin1.txt': Buffer.from('Caf\xe9 in Tehran', 'latin1'),
      'bad.json': '{"text": ',
    });
    const r = kg(['ingest', bad, join(bad, 'missing.txt'), '--workers', '0']);
    const stored = await articleIdsUnder(store, bad);
    await store.deleteArticles(stored);
    expect(stored).toHaveLength(1);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const [file, problem] of [
      ['empty.txt', /empty/],
      ['binary.txt', /binary/],
      ['latin1.txt', /UTF-8/],
      ['bad.json', /invalid JSON/],
      ['missing.txt', /no such file/],
    ] as const) {
      expect(lines.find((l) => l.includes(file))).toMatch(problem);
    }
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
    expect(r.stdout).toMatch(/1 new, 0 unchanged, 0 replaced, 5 failed/);
  });
});

describe('kg query (real Neo4j)', () => {
  it('prints rows as JSON, with parameters', () => {
    const r = kg(['query', 'RETURN $name AS name, $n + 1 AS next', '--param', "name=O'Brien", '--param', 'n=41', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ name: "O'Brien", next: 42 }]);
  });

  it('refuses a write with a read-only error and a non-zero exit', () => {
    const r = kg(['query', 'CREATE (x) RETURN x']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg: refused: .*read-only/)]);
  });

  it('says how to fix an unreachable Neo4j in one line', () => {
    const r = kg(['query', 'RETURN 1'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kg: Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:1 .*docker compose up -d/),
    ]);
  });
});
