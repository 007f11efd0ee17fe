/**
 * `npm run screenshot` — docs/screenshot.png from a clean graph: a private Neo4j (KG_SHOT_HOME,
 * default /tmp/kg-screenshot, emptied first; bolt KG_SHOT_BOLT 17797, http KG_SHOT_HTTP 17587)
 * gets `kg ingest seeds ../shared/data/related/*.txt`, and the explorer is photographed with Iran
 * focused, a denied relationship's evidence open, the facets and the timeline. Stops the server.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../graph/config.js';
import { openStore } from '../graph/store.js';
import { openBrowser, openExplorer, still } from '../tests/viz/browser.js';
import { findWebRoot, serve } from '../viz/server/index.js';

const HOME = process.env.KG_SHOT_HOME ?? '/tmp/kg-screenshot';
const BOLT = process.env.KG_SHOT_BOLT ?? '17797';
const RELATED = process.env.KG_SHOT_RELATED ?? join(process.cwd(), '..', 'shared', 'data', 'related');

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KG_NEO4J_HOME: HOME,
    KG_BOLT_PORT: BOLT,
    KG_HTTP_PORT: process.env.KG_SHOT_HTTP ?? '17587',
  };
  delete env.NEO4J_URI;
  const kg = (...args: string[]): void =>
    void execFileSync(process.execPath, ['bin/kg.js', ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  kg('neo4j', 'stop');
  rmSync(HOME, { recursive: true, force: true });
  kg('neo4j', 'start');
  try {
    kg(
      'ingest',
      'seeds',
      ...readdirSync(RELATED)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(RELATED, f)),
    );
    const store = await openStore(loadConfig({ ...env, NEO4J_URI: `bolt://127.0.0.1:${BOLT}` }));
    const server = await serve({ port: 0, driver: store.driver, webRoot: findWebRoot() });
    const browser = await openBrowser();
    const page = browser.page;
    await openExplorer(page, server.url, '?focus=iran');
    await still(page);
    await page
      .locator('details[data-family="order or authorise"] [data-testid=relation]', { hasText: 'not order' })
      .first()
      .locator('a')
      .click();
    await page.locator('[data-testid=evidence] blockquote').first().waitFor();
    await still(page);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(process.cwd(), 'docs', 'screenshot.png') });
    process.stdout.write(`screenshot: docs/screenshot.png${browser.errors.length ? ` (page errors: ${browser.errors.join('; ')})` : ''}\n`);
    await browser.close();
    await server.close();
    await store.close();
  } finally {
    kg('neo4j', 'stop');
  }
}

main().catch((e: Error) => {
  process.stderr.write(`screenshot: ${e.message}\n`);
  process.exitCode = 1;
});
