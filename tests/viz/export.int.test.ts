/**
 * `kg export` against a real Neo4j: after ingesting seeds/, the GEXF holds every entity and every
 * relationship with polarity, certainty, counts, attribution and evidence; the other formats
 * and a Cypher-selected export are checked too. Runs the command as the CLI registers it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { registerExport } from '../../bin/commands/export.js';
import { loadConfig } from '../../graph/config.js';
import { runRead } from '../../graph/read.js';
import { openStore, type Store } from '../../graph/store.js';
import type { Extraction } from '../../ingest/types.js';
import { ingestFixtures, maliciousExtraction, seedExtractions } from './fixture.js';

let store: Store;
let ids: string[] = [];
let seeds: Extraction[];
const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));

async function kgExport(...args: string[]): Promise<void> {
  const program = new Command('kg').exitOverride();
  registerExport(program);
  await program.parseAsync(['export', ...args], { from: 'user' });
}

beforeAll(async () => {
  store = await openStore(loadConfig(process.env));
  seeds = seedExtractions();
  ids = await ingestFixtures(store, [...seeds, maliciousExtraction()]);
});

afterAll(async () => {
  await store?.deleteArticles(ids);
  await store?.close();
});

describe('kg export', () => {
  it('writes a GEXF with every seed entity and relationship and their attributes', async () => {
    const out = join(dir, 'all.gexf');
    await kgExport('--format', 'gexf', '--out', out);
    const g = parse(MultiDirectedGraph, readFileSync(out, 'utf8'));
    const stored = await runRead(
      store.driver,
      `
      MATCH (a:Article)<-[:FROM]-(s:Statement) WHERE a.id IN $ids
      MATCH (x:Entity)-[r]->(y:Entity) WHERE r.key = s.relKey
      RETURN DISTINCT x.id AS s, y.id AS o, r.key AS key, r.polarity AS polarity, r.certainty AS certainty, r.count AS count`,
      { ids },
    );
    expect(stored.rows.length).toBeGreaterThan(5);
    for (const r of stored.rows) {
      expect(g.hasEdge(String(r.key))).toBe(true);
      expect(g.source(String(r.key))).toBe(r.s);
      expect(g.getEdgeAttributes(String(r.key))).toMatchObject({ polarity: r.polarity, certainty: r.certainty, count: r.count });
      expect(JSON.parse(String(g.getEdgeAttribute(String(r.key), 'evidence'))).length).toBeGreaterThan(0);
    }
    for (const x of seeds) for (const e of x.entities) expect(g.hasNode(e.id)).toBe(true);
    const entities = await runRead(
      store.driver,
      'MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids RETURN DISTINCT e.id AS id, e.type AS type, e.mentions AS mentions',
      { ids },
    );
    for (const e of entities.rows) expect(g.getNodeAttributes(String(e.id))).toMatchObject({ type: e.type, mentions: e.mentions });
    const xss = (await runRead(store.driver, 'MATCH (:Entity {id: "viz-xss-commander"})-[r]->() RETURN r.key AS key')).rows[0]!
      .key as string;
    expect(g.getEdgeAttributes(xss)).toMatchObject({ polarity: 'negative', certainty: 'alleged', attribution: 'Vizxss Spokesman' });
    expect(g.getNodeAttribute('viz-xss-commander', 'label')).toBe("Vizxss Commander <script>window.__xss='name'</script>");
  });

  it('exports a Cypher-selected part as GraphML, JSON and CSV', async () => {
    const q = 'MATCH (a:Entity {id: "viz-xss-commander"})-[r]->(b:Entity) RETURN a, r, b';
    await kgExport('--format', 'graphml', '--cypher', q, '--out', join(dir, 'part.graphml'));
    const xml = readFileSync(join(dir, 'part.graphml'), 'utf8');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<script>');
    await kgExport('--format', 'json', '--cypher', q, '--out', join(dir, 'part.json'));
    const json = JSON.parse(readFileSync(join(dir, 'part.json'), 'utf8')) as {
      nodes: unknown[];
      edges: { attributes: Record<string, unknown> }[];
    };
    expect(json.nodes).toHaveLength(2);
    expect(json.edges[0]!.attributes).toMatchObject({ polarity: 'negative', predicate: 'threaten' });
    await kgExport('--format', 'csv', '--cypher', q, '--out', join(dir, 'part.csv'));
    expect(readFileSync(join(dir, 'part.csv'), 'utf8').split('\n')[0]).toMatch(/^id,source,target,predicate,polarity,certainty/);
    expect(readFileSync(join(dir, 'part.nodes.csv'), 'utf8')).toContain('viz-xss-brigade');
  });

  it('refuses a writing query', async () => {
    await expect(kgExport('--format', 'json', '--cypher', 'CREATE (n:Evil) RETURN n')).rejects.toMatchObject({ code: 'NEO4J_READ_ONLY' });
  });
});
