/**
 * Integration tests run against a real Neo4j: the server at NEO4J_URI when set, otherwise the
 * local server started through the same code as `kg neo4j start` (from the build in dist/,
 * which `npm test` makes first), with the same settings (environment over `.env`). A server this
 * setup started is stopped by the teardown; one that was already running is left running. The
 * resolved URI and credentials are exported, so every test and every `kg` it spawns, whatever
 * its working directory, reaches the same server.
 */
import { loadConfig, settings } from '../../dist/graph/config.js';
import { openDriver } from '../../dist/graph/driver.js';
import { start } from '../../dist/graph/server/process.js';

export default async function globalSetup() {
  const env = settings();
  const cfg = loadConfig(env);
  if (!cfg.external) {
    const s = await start({ env, log: (l) => process.stderr.write(`${l}\n`) });
    process.env.NEO4J_URI = s.uri;
    process.env.KG_TEST_STARTED_NEO4J = s.alreadyRunning ? '' : '1';
    process.env.KG_TEST_LOCAL_NEO4J = '1'; // kg's own server: its conf and password file can be checked
  }
  const resolved = loadConfig(settings());
  Object.assign(process.env, { NEO4J_URI: resolved.uri, NEO4J_USER: resolved.user, NEO4J_PASSWORD: resolved.password });
  if (env.KG_NEO4J_HOME) process.env.KG_NEO4J_HOME = env.KG_NEO4J_HOME;
  const driver = await openDriver(resolved);
  await driver.close();
}
