/**
 * Integration tests run against a real Neo4j: the server at NEO4J_URI when set, otherwise the
 * local server started through the same code as `kg neo4j start` (from the build in dist/,
 * which `npm test` makes first). A server this setup started is stopped by the teardown; one
 * that was already running is left running.
 */
import { loadConfig } from '../../dist/graph/config.js';
import { openDriver } from '../../dist/graph/driver.js';
import { start } from '../../dist/graph/server/process.js';

export default async function globalSetup() {
  const cfg = loadConfig(process.env);
  if (!cfg.external) {
    const s = await start({ log: (l) => process.stderr.write(`${l}\n`) });
    process.env.NEO4J_URI = s.uri;
    process.env.KG_TEST_STARTED_NEO4J = s.alreadyRunning ? '' : '1';
  }
  const driver = await openDriver(loadConfig(process.env));
  await driver.close();
}
