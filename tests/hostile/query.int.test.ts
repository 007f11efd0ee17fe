/**
 * Hostile queries against the real Neo4j, through both query paths (POST /api/cypher and
 * `kg query`): every way issue 9 found to read the disk, reach the network, end other sessions'
 * transactions or run administration is refused with QUERY_REFUSED (writes: NEO4J_READ_ONLY),
 * and nothing reaches the target; reads of the graph, full-text search and the schema still work.
 */
import neo4j from 'neo4j-driver';
import { serverPaths } from '../../graph/server/paths.js';
import type { Served } from '../../viz/server/index.js';
import { kg } from '../utils/cli.js';
import { testStore } from '../utils/neo4j.js';
import { canary, startExplorer, viaBoth } from './query-paths.js';

let server: Served;
let bait: Awaited<ReturnType<typeof canary>>;

beforeAll(async () => {
  server = await startExplorer();
  bait = await canary();
});

afterAll(async () => {
  await server?.close();
  await bait?.close();
});

const csv = (url: string) => `LOAD CSV FROM '${url}' AS line RETURN line`;
const port = () => new URL(server.url).port;

describe('user queries may only read the graph', () => {
  const refusals: [string, () => string][] = [
    ['the password file of the machine', () => csv('file:///etc/passwd')],
    ["the process's environment (secrets)", () => csv('file:///proc/self/environ')],
    ["the server's own neo4j.conf", () => csv(`file://${serverPaths().conf}/neo4j.conf`)],
    ['a path climbing out of the import folder', () => csv('file:///../../etc/hostname')],
    ['the explorer itself over HTTP (request forgery)', () => csv(`http://127.0.0.1:${port()}/api/stats`)],
    ['another local HTTP server', () => csv(bait.url)],
    ['LOAD CSV in lower case behind comments', () => `/* harmless */ // really\nload csv from 'file:///etc/passwd' as l return l`],
    ['LOAD CSV with a unicode-escaped path', () => "LOAD CSV FROM 'file:///etc/\\u0070asswd' AS l RETURN l"],
    ['LOAD CSV in a subquery', () => `CALL () { ${csv('file:///etc/passwd')} } RETURN line`],
    ['LOAD CSV behind a UNION', () => "RETURN 'x' AS line UNION LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row[0] AS line"],
    ['TERMINATE TRANSACTIONS', () => "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['SHOW TRANSACTIONS', () => 'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN *'],
    ['SHOW USERS', () => 'SHOW USERS'],
    ['SHOW SETTINGS', () => 'SHOW SETTINGS'],
    ['CALL db.clearQueryCaches()', () => 'CALL db.clearQueryCaches()'],
    ['CALL db.clearQueryCaches() in backticks', () => 'CALL `db`.`clearQueryCaches`()'],
    ['CALL db.stats.collect(…)', () => "CALL db.stats.collect('QUERIES')"],
    [
      'CALL db.stats.retrieve(…) after an allowed procedure',
      () => "CALL db.labels() YIELD label RETURN label UNION CALL db.stats.retrieve('GRAPH COUNTS') YIELD section RETURN section AS label",
    ],
    ['CALL dbms.listConfig()', () => 'CALL dbms.listConfig()'],
    ['CALL dbms.killConnections(…)', () => "CALL dbms.killConnections(['bolt-1'])"],
    ['changing the password', () => "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'yyyyyyyyyy'"],
    ['creating a user', () => "CREATE USER intruder SET PASSWORD 'yyyyyyyyyy'"],
    ['stopping the database', () => 'STOP DATABASE neo4j'],
    ['creating an index', () => 'CREATE INDEX intruder FOR (n:Entity) ON (n.intruder)'],
  ];

  it.each(refusals)('refuses %s on both paths', async (_what, query) => {
    const [api, cli] = await viaBoth(server, query());
    expect([api.code, cli.code]).toEqual(['QUERY_REFUSED', 'QUERY_REFUSED']);
    expect(api.status).toBe(403);
    for (const o of [api, cli]) expect(o.text).not.toMatch(/root:|PATH=|server\.bolt|"nodeCount"|a,b/);
  });

  it('never lets a refused LOAD CSV reach its target', () => {
    expect(bait.hits()).toBe(0);
  });

  it('refuses writes as NEO4J_READ_ONLY', async () => {
    for (const o of await viaBoth(server, 'CREATE (n:Intruder) RETURN n')) expect(o.code).toBe('NEO4J_READ_ONLY');
  });

  it("cannot end another session's running transaction", async () => {
    const store = await testStore();
    const session = store.driver.session({ defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction();
    try {
      const me = await tx.run(
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'kg-victim' RETURN transactionId",
      );
      const id = me.records[0]!.get('transactionId') as string;
      for (const o of await viaBoth(server, 'TERMINATE TRANSACTIONS $id', { id })) expect(o.code).toBe('QUERY_REFUSED');
      expect((await tx.run('RETURN 1 AS alive')).records[0]!.get('alive')).toBe(1);
      await tx.commit();
    } finally {
      await session.close();
      await store.close();
    }
  });

  it('still runs reads, full-text search, schema procedures and SHOW INDEXES', async () => {
    const reads = [
      'MATCH (e:Entity) RETURN count(e) AS n',
      "CALL db.index.fulltext.queryNodes('entity_names', 'Iran') YIELD node RETURN node.name AS name LIMIT 1",
      'CALL db.labels() YIELD label RETURN label',
      'CALL db.schema.visualization()',
      'SHOW INDEXES YIELD name RETURN name',
      "RETURN 'LOAD CSV FROM file:///etc/passwd' AS s // CALL db.clearQueryCaches()",
    ];
    for (const q of reads) for (const o of await viaBoth(server, q)) expect({ q, code: o.code }).toEqual({ q, code: null });
    const [api] = await viaBoth(server, 'SHOW INDEXES YIELD name RETURN name');
    expect(api.rows.map((r) => r.name)).toContain('entity_names');
  });

  it('prints one line and exits 1 from the command, nothing on stdout', () => {
    const r = kg(['query', csv('file:///etc/passwd')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg: refused: .*LOAD CSV/)]);
  });
});
