/**
 * A Neo4j server of a test's own (temp home, free ports, small heap), started through the same
 * code as `kg neo4j start`, so a test may kill it, restart it and wipe it without touching the
 * shared test server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { readPassword } from '../../graph/server/auth.js';
import { serverPaths } from '../../graph/server/paths.js';
import { start, stop } from '../../graph/server/process.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export interface PrivateNeo4j {
  uri: string;
  /** The environment a `kg` child process needs to reach this server (URI and its password). */
  env: NodeJS.ProcessEnv;
  driver: Driver;
  /** SIGKILL the server (no clean shutdown). */
  kill(): void;
  restart(): Promise<void>;
  wipe(): Promise<void>;
  close(): Promise<void>;
}

export async function privateNeo4j(): Promise<PrivateNeo4j> {
  const home = mkdtempSync(join(tmpdir(), 'kg-private-neo4j-'));
  const env = {
    ...process.env,
    NEO4J_URI: '',
    KG_NEO4J_HOME: home,
    KG_BOLT_PORT: String(await freePort()),
    KG_HTTP_PORT: String(await freePort()),
    KG_NEO4J_HEAP: '512m',
    KG_NEO4J_PAGECACHE: '128m',
  };
  let pid = (await start({ env })).pid!;
  const uri = `bolt://127.0.0.1:${env.KG_BOLT_PORT}`;
  const password = readPassword(serverPaths(env)) ?? 'neo4j';
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
  return {
    uri,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password },
    driver,
    kill: () => process.kill(pid, 'SIGKILL'),
    async restart() {
      pid = (await start({ env })).pid!;
    },
    async wipe() {
      const s = driver.session();
      try {
        await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await s.close();
      }
    },
    async close() {
      await driver.close();
      await stop({ env });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
