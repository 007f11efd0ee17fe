/**
 * What the explorer tests ingest: the repository's seeds/*.txt through the real pipeline, and a
 * crafted article whose title, names and sentence carry <script> and <img onerror> payloads.
 * Each test file writes these itself and deletes exactly these articles afterwards.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractLocal, resolve, EntityIndex } from '../../ingest/pipeline.js';
import type { Extraction } from '../../ingest/types.js';
import type { Store } from '../../graph/store.js';

const ROOT = join(process.cwd());
/** The seed article is from November 2021; a date lets the time filter be exercised. */
const SEED_DATE = '2021-11-08';

export function seedExtractions(): Extraction[] {
  const index = new EntityIndex();
  return readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => resolve(extractLocal({ source: `seeds/${f}`, text: readFileSync(join(ROOT, 'seeds', f), 'utf8'), format: 'txt', date: SEED_DATE }), index));
}

export function maliciousExtraction(): Extraction {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/viz/malicious.json'), 'utf8')) as Extraction;
}

/** Write the fixtures; returns the article ids written (for deleteArticles). */
export async function ingestFixtures(store: Store, xs: Extraction[]): Promise<string[]> {
  await store.ensureSchema();
  await store.write(xs);
  return xs.map((x) => x.article.id);
}
