import { createServer, type Server } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, status, stop } from '../../graph/server/process.js';
import { kg } from '../utils/cli.js';

/** A private server home and ports, so these tests never touch the real local server. */
const scratch = (boltPort: number, httpPort: number, extra: Record<string, string> = {}) => ({
  ...process.env,
  KG_NEO4J_HOME: mkdtempSync(join(tmpdir(), 'kg-neo4j-test-')),
  KG_BOLT_PORT: String(boltPort),
  KG_HTTP_PORT: String(httpPort),
  ...extra,
});

describe('local Neo4j server lifecycle errors', () => {
  it('says the server is stopped when it has never run', async () => {
    const s = await status(scratch(17811, 17812));
    expect(s).toMatchObject({ running: false, pid: null, uri: 'bolt://127.0.0.1:17811' });
  });

  it('refuses a port that another program holds, naming the port and the fix', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(17821, '127.0.0.1', r));
    try {
      await expect(start({ env: scratch(17821, 17822) })).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: expect.stringContaining('17821'),
        hint: expect.stringContaining('KG_BOLT_PORT'),
      });
    } finally {
      blocker.close();
    }
  });

  it('names the fix when Java is missing', async () => {
    await expect(start({ env: scratch(17831, 17832, { JAVA_HOME: '/nonexistent/jdk' }) })).rejects.toMatchObject({
      code: 'JAVA_MISSING',
      hint: expect.stringMatching(/JAVA_HOME/),
    });
  });

  it('names the fix when Maven is missing and the jars are not cached', async () => {
    const env = scratch(17841, 17842, { KG_MVN: '/nonexistent/mvn', KG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kg-cache-')) });
    await expect(start({ env })).rejects.toMatchObject({
      code: 'MAVEN_MISSING',
      hint: expect.stringMatching(/apt-get install maven|docker compose/),
    });
  });

  it('gives up with SERVER_TIMEOUT when Bolt does not answer in time, and stop cleans up', async () => {
    const env = scratch(17851, 17852);
    await expect(start({ env, timeoutMs: 300 })).rejects.toMatchObject({ code: 'SERVER_TIMEOUT' });
    expect(await stop({ env, graceMs: 20_000 })).toEqual({ wasRunning: true });
    expect((await status(env)).running).toBe(false);
  }, 120_000); // the first start of a home also sets its password (a short JVM run)

  it('prints one line, not a stack trace, from the command', () => {
    const r = kg(['neo4j', 'start'], scratch(17861, 17862, { JAVA_HOME: '/nonexistent/jdk', NEO4J_URI: '' }));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg: Java was not found .*install openjdk-17/)]);
  });

  it('starts nothing when NEO4J_URI points elsewhere', () => {
    const r = kg(['neo4j', 'start'], { NEO4J_URI: 'bolt://db.example:7687' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/NEO4J_URI is set \(bolt:\/\/db\.example:7687\).*starts none/);
  });
});
