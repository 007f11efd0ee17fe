/**
 * The explorer's HTTP API against a real Neo4j: seeds/ and a crafted article are ingested through
 * the store, then every endpoint is exercised over HTTP as the web app uses it.
 */
import { request } from 'node:http';
import { loadConfig } from '../../graph/config.js';
import { openStore, type Store } from '../../graph/store.js';
import type { Extraction } from '../../ingest/types.js';
import { serve, type Served } from '../../viz/server/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRead } from '../../graph/read.js';
import type {
  ArticleText,
  Contradiction,
  EntityDetails,
  EvidenceResult,
  Facets,
  PathsResult,
  SearchHit,
  Stats,
  Subgraph,
  CypherResult,
} from '../../viz/shared/types.js';
import { datedExtractions, ingestFixtures, maliciousExtraction, seedExtractions } from './fixture.js';

let store: Store;
let server: Served;
let ids: string[] = [];
let seeds: Extraction[];

const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
  const res = await fetch(new URL(path, server.url));
  return { status: res.status, body: (await res.json()) as T };
};
const cypher = async (query: string, params?: unknown) => {
  const res = await fetch(new URL('api/cypher', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  return { status: res.status, body: (await res.json()) as CypherResult & { error?: { code: string } } };
};

beforeAll(async () => {
  store = await openStore(loadConfig(process.env));
  seeds = seedExtractions();
  ids = await ingestFixtures(store, [...seeds, maliciousExtraction(), ...datedExtractions()]);
  server = await serve({ port: 0, driver: store.driver, webRoot: null });
});

afterAll(async () => {
  await server?.close();
  await store?.deleteArticles(ids);
  await store?.close();
});

describe('explorer API', () => {
  it('binds loopback by default and refuses foreign Host headers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const u = new URL('api/health', server.url);
    const status = await new Promise<number>((resolve, reject) =>
      request({ host: u.hostname, port: u.port, path: u.pathname, headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(421);
  });

  it('finds actors by name, alias, prefix and misspelling; Lucene syntax is just text', async () => {
    const exact = await get<{ hits: SearchHit[] }>('api/search?q=Kadhimi');
    expect(exact.body.hits[0]?.name).toMatch(/Kadhimi/);
    const typo = await get<{ hits: SearchHit[] }>('api/search?q=Kadimi');
    expect(typo.body.hits.map((h) => h.name).join()).toMatch(/Kadhimi/);
    const prefix = await get<{ hits: SearchHit[] }>('api/search?q=Vizx');
    expect(prefix.body.hits.map((h) => h.id)).toContain('viz-xss-brigade');
    for (const q of ['al-Kadhimi" OR *:*', '(((', 'AND', '\\', 'name:[a TO z]~']) {
      const r = await get<{ hits: SearchHit[] }>(`api/search?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
    }
    expect((await get(`api/search?q=${'x'.repeat(500)}`)).status).toBe(400);
  });

  it('gives an actor its type, aliases, mentions and articles; 404 for unknown ids', async () => {
    const hit = (await get<{ hits: SearchHit[] }>('api/search?q=Kadhimi')).body.hits[0]!;
    const d = await get<EntityDetails>(`api/entity/${encodeURIComponent(hit.id)}`);
    expect(d.body.node).toMatchObject({ id: hit.id, type: 'Person' });
    expect(d.body.node.mentions).toBeGreaterThan(0);
    expect(d.body.articles.map((a) => a.id)).toContain(seeds[0]!.article.id);
    const missing = await get<{ error: { code: string } }>('api/entity/no-such-entity-xyz');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('returns a neighbourhood with a hub cut-off ("N more")', async () => {
    const iran = seeds[0]!.entities.find((e) => e.name === 'Iran')!;
    const full = await get<Subgraph>(`api/neighbourhood/${iran.id}?limit=100`);
    expect(full.body.nodes.map((n) => n.id)).toContain(iran.id);
    expect(full.body.edges.length).toBeGreaterThan(0);
    for (const e of full.body.edges)
      expect(full.body.nodes.some((n) => n.id === e.source) && full.body.nodes.some((n) => n.id === e.target)).toBe(true);
    const cut = await get<Subgraph>(`api/neighbourhood/${iran.id}?limit=1`);
    expect(cut.body.nodes).toHaveLength(2);
    expect(cut.body.more?.[iran.id]).toBe(full.body.nodes.length - 2);
    expect((await get(`api/neighbourhood/${iran.id}?depth=9`)).status).toBe(400);
  });

  it('shows the evidence behind a relationship, with article, certainty and attribution', async () => {
    const ev = await get<EvidenceResult>(`api/evidence?key=${encodeURIComponent('viz-xss-commander|threaten|viz-xss-brigade|negative')}`);
    const key =
      ev.status === 200
        ? null
        : (await cypher('MATCH (:Entity {id: "viz-xss-commander"})-[r]->(:Entity) RETURN r.key AS key')).body.rows[0]!.key;
    const body = key ? (await get<EvidenceResult>(`api/evidence?key=${encodeURIComponent(String(key))}`)).body : ev.body;
    expect(body.edge).toMatchObject({ polarity: 'negative', certainty: 'alleged', predicate: 'threaten' });
    expect(body.statements).toHaveLength(1);
    expect(body.statements[0]!.text).toContain("<script>window.__xss='text'</script>");
    expect(body.statements[0]!.article.title).toContain('<img');
    expect(body.statements[0]!.attribution).toEqual({ id: 'viz-xss-spokesman', name: 'Vizxss Spokesman' });
    expect((await get('api/evidence?key=nope')).status).toBe(404);
  });

  it("gives each statement its arguments' details, words of its own sentence", async () => {
    const q = 'MATCH (s:Statement) WHERE s.objectDetail IS NOT NULL RETURN s.relKey AS key, s.objectDetail AS detail LIMIT 1';
    const [row] = (await cypher(q)).body.rows;
    expect(row).toBeDefined();
    const ev = (await get<EvidenceResult>(`api/evidence?key=${encodeURIComponent(String(row!.key))}`)).body;
    const st = ev.statements.find((s) => s.objectDetail === row!.detail);
    expect(st?.text).toContain(String(row!.detail));
    expect(ev.statements.every((s) => s.subjectDetail === null || s.text.includes(s.subjectDetail))).toBe(true);
    expect(ev.statements.every((s) => s.complement === null || s.text.includes(s.complement))).toBe(true);
  });

  it('finds shortest paths through actor-to-actor relationships only', async () => {
    const g = seeds[0]!;
    const r = g.relations.find((x) => x.subject !== x.object)!;
    const direct = await get<PathsResult>(`api/paths?from=${r.subject}&to=${r.object}`);
    expect(direct.body.paths.length).toBeGreaterThan(0);
    expect(direct.body.paths[0]).toHaveLength(1);
    for (const n of direct.body.nodes) expect(n.kind).toBe('Entity');
    const none = await get<PathsResult>(`api/paths?from=viz-xss-brigade&to=${r.subject}`);
    expect(none.body.paths).toEqual([]);
  });

  it('reports statistics and an overview of the most connected actors', async () => {
    const s = await get<Stats>('api/stats');
    expect(s.body.articles).toBeGreaterThanOrEqual(ids.length);
    expect(s.body.polarity.negative).toBeGreaterThan(0);
    expect(s.body.dateRange.min).not.toBeNull();
    const o = await get<Subgraph>('api/overview?limit=10');
    expect(o.body.nodes.length).toBeLessThanOrEqual(10);
    const degrees = o.body.nodes.map((n) => n.degree ?? 0);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
  });

  it('runs read-only Cypher with parameters and returns drawable nodes and relationships', async () => {
    const r = await cypher('MATCH (a:Entity {id: $id})-[r]->(b) RETURN r', { id: 'viz-xss-commander' });
    expect(r.status).toBe(200);
    expect(r.body.columns).toEqual(['r']);
    expect(r.body.edges).toHaveLength(1);
    expect(r.body.nodes.map((n) => n.id).sort()).toEqual(['viz-xss-brigade', 'viz-xss-commander']);
  });

  it('refuses writes, bad syntax and oversized queries', async () => {
    for (const q of ['CREATE (n:Evil) RETURN n', 'MATCH (n) DETACH DELETE n', 'MATCH (e:Entity) SET e.name = "x"']) {
      const r = await cypher(q);
      expect(r.status).toBe(403);
      expect(r.body.error?.code).toBe('NEO4J_READ_ONLY');
    }
    expect((await cypher('MATCH (n RETURN n')).status).toBe(400);
    expect((await cypher(`RETURN 1 // ${'x'.repeat(20_000)}`)).status).toBe(400);
    const still = await cypher('MATCH (e:Entity {id: "viz-xss-brigade"}) RETURN e.name AS name');
    expect(still.body.rows).toEqual([{ name: 'Saraya Vizxss Brigade' }]);
  });

  it('runs every README query unchanged, given its parameters', async () => {
    const queries = [...readFileSync(join(process.cwd(), 'README.md'), 'utf8').matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(7);
    const params = { name: 'Kadhimi', from: 'iran', to: 'militias', outlet: 'Vizdate' };
    for (const q of queries) {
      const r = await cypher(q, params);
      expect({ q: q.slice(0, 60), status: r.status, error: r.body.error }).toEqual({ q: q.slice(0, 60), status: 200, error: undefined });
    }
  });

  it('answers the health check with Neo4j asked (?db=1)', async () => {
    expect((await get<{ ok: boolean }>('api/health?db=1')).body).toEqual({ ok: true });
  });
});

describe('explorer API: the workbench', () => {
  const count = async (cypher: string, params: Record<string, unknown> = {}): Promise<number> =>
    Number((await runRead(store.driver, cypher, params)).rows[0]?.n);

  it('counts facets over the whole graph as Cypher does, and applies filters to statements', async () => {
    const all = (await get<Facets>('api/facets')).body;
    expect(all.relationships).toBe(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'));
    expect(all.polarity.negative).toBe(await count("MATCH (:Entity)-[r]->(:Entity) WHERE r.polarity = 'negative' RETURN count(r) AS n"));
    expect(all.dates['2020-01-03']).toBeGreaterThanOrEqual(1);
    const window = (await get<Facets>('api/facets?from=2021-11-01&to=2021-11-30&types=Person,Place')).body;
    expect(window.families['meet or talk']?.lemmas.visit).toBeGreaterThanOrEqual(1);
    expect(window.families.attack?.lemmas.strike ?? 0).toBe(0);
    expect((await get('api/facets?limit=0')).status).toBe(400);
  });

  it('draws the strongest matches of the whole graph, with claims, sources and families', async () => {
    const m = (await get<Subgraph & { total: number }>('api/match?fam=attack&from=2020-01-01&to=2020-12-31&limit=5')).body;
    expect(m.total).toBeGreaterThanOrEqual(1);
    const e = m.edges.find((x) => x.source === 'vizdate-alpha')!;
    expect(e).toMatchObject({
      family: 'attack',
      sources: 1,
      claims: [{ date: '2020-01-03', outlet: 'vizdate wire 2020', event: '2020-01-02' }],
    });
    expect(m.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['vizdate-alpha', 'vizdate-target']));
  });

  it("lists an actor's relationships both ways with their families", async () => {
    const d = (await get<EntityDetails>('api/entity/vizdate-target')).body;
    expect(d.relationsTotal).toBe(2);
    expect(d.relations.map((r) => [r.direction, r.other.id, r.edge.family]).sort()).toEqual([
      ['in', 'vizdate-alpha', 'attack'],
      ['in', 'vizdate-beta', 'meet or talk'],
    ]);
  });

  it('gives an article with its text and statements, offsets pointing at the sentence', async () => {
    const a = (await get<ArticleText>('api/article/vizdate-2021')).body;
    expect(a.article).toMatchObject({
      outlet: 'Vizdate Wire 2021',
      publishedAt: '2021-11-08',
      url: 'https://vizdate.example/2021/11/08/report',
    });
    const s = a.statements[0]!;
    expect(a.text!.slice(s.start, s.end)).toBe('Vizdate Beta visited Vizdate Target on November 7.');
    expect(s).toMatchObject({ eventDate: '2021-11-07', subject: { id: 'vizdate-beta' }, object: { id: 'vizdate-target' } });
    expect((await get('api/article/nope')).status).toBe(404);
  });

  it('lists contradictions: the same two actors and family, said and denied', async () => {
    const c = (await get<{ pairs: Contradiction[]; total: number }>('api/contradictions')).body;
    for (const p of c.pairs) {
      expect(p.positive.length).toBeGreaterThan(0);
      expect(p.negative.length).toBeGreaterThan(0);
      expect(new Set(p.edges.map((e) => `${e.source}>${e.target}>${e.family}`)).size).toBe(1);
    }
  });

  it('gives the export attributes of many relationships at once', async () => {
    const key = (await cypher('MATCH (:Entity {id: "viz-xss-commander"})-[r]->() RETURN r.key AS k')).body.rows[0]!.k as string;
    const res = await fetch(new URL('api/evidence/bulk', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keys: [key, 'nope'] }),
    });
    const body = (await res.json()) as { evidence: Record<string, { evidence: string; attribution: string }> };
    expect(Object.keys(body.evidence)).toEqual([key]);
    expect(body.evidence[key]!.attribution).toBe('Vizxss Spokesman');
    expect(JSON.parse(body.evidence[key]!.evidence)[0].text).toContain('<script>');
  });

  it('expands selectively through the chosen predicate families', async () => {
    const only = (await get<Subgraph>('api/neighbourhood/vizdate-target?families=attack')).body;
    expect(only.nodes.map((n) => n.id).sort()).toEqual(['vizdate-alpha', 'vizdate-target']);
  });

  it('picks up an ingest and a deletion in the background (the graph version changed)', async () => {
    const quick = await serve({ port: 0, driver: store.driver, webRoot: null, limits: { snapshotMs: 0 } });
    const total = async (): Promise<number> => ((await (await fetch(new URL('api/facets', quick.url))).json()) as Facets).relationships;
    const until = async (want: number): Promise<number> => {
      for (let i = 0; i < 50 && (await total()) !== want; i++) await new Promise((r) => setTimeout(r, 100));
      return total();
    };
    try {
      const before = await total();
      const extra = datedExtractions()[1]!;
      const x = {
        ...extra,
        article: { ...extra.article, id: 'vizdate-extra', contentHash: 'vizdate-extra', url: 'https://vizdate.example/extra' },
        relations: [{ ...extra.relations[0]!, predicate: 'phone' }],
      };
      await store.write([x]);
      expect(await until(before + 1)).toBe(before + 1);
      await store.deleteArticles(['vizdate-extra']);
      expect(await until(before)).toBe(before);
    } finally {
      await quick.close();
    }
  });
});
