import { stop } from '../../dist/graph/server/process.js';

export default async function globalTeardown() {
  if (process.env.KG_TEST_STARTED_NEO4J === '1' && !process.env.KG_TEST_KEEP_NEO4J) await stop();
}
