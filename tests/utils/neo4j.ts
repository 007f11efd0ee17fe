/** Helpers for integration tests: a store on the test server, and temp article folders. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../graph/config.js';
import { openStore, type Store } from '../../graph/store.js';

export const testStore = (): Promise<Store> => openStore(loadConfig(process.env));

/** Write `files` (relative path → content) under a fresh temp folder; returns its path. */
export function tempArticles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-test-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

/** Ids of the articles stored from sources under `dir`. */
export async function articleIdsUnder(store: Store, dir: string): Promise<string[]> {
  const s = store.driver.session({ defaultAccessMode: 'READ' });
  try {
    const r = await s.run('MATCH (a:Article) WHERE a.source STARTS WITH $dir RETURN a.id AS id', { dir });
    return r.records.map((x) => x.get('id') as string);
  } finally {
    await s.close();
  }
}
