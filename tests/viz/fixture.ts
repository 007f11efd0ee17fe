/**
 * What the explorer tests ingest: the repository's seeds/*.txt through the real pipeline; the
 * related articles (/work/shared/data/related, or KG_RELATED_DIR) through the real reader, so
 * their URLs and dates come from the files; a crafted article whose title, names and sentence
 * carry <script> and <img onerror> payloads; and two dated articles (2020 and 2021) for the
 * timeline. Each test file writes these itself and deletes exactly these articles afterwards.
 * `ingestSeedAndRelated` is `kg ingest seeds related/*.txt` itself (resolution over the set of
 * articles, as a user's graph is built); the others write extractions resolved one by one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../bin/commands/ingest.js';
import { loadStored } from '../../graph/locals.js';
import { reconcile } from '../../graph/reconcile.js';
import { defaultTables } from '../../ingest/resolve/global.js';
import { extractLocal, resolve, EntityIndex } from '../../ingest/pipeline.js';
import type { Extraction } from '../../ingest/types.js';
import type { Store } from '../../graph/store.js';
import { loadWorld } from '../../ingest/world.js';

const world = loadWorld();

const ROOT = join(process.cwd());
/** The seed article is from November 2021; a date lets the time filter be exercised. */
const SEED_DATE = '2021-11-08';
export const RELATED_DIR = process.env.KG_RELATED_DIR ?? '/work/shared/data/related';
export const haveRelated = existsSync(RELATED_DIR);

export function seedExtractions(index = new EntityIndex()): Extraction[] {
  return readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      resolve(
        extractLocal({ source: `seeds/${f}`, text: readFileSync(join(ROOT, 'seeds', f), 'utf8'), format: 'txt', date: SEED_DATE }, world),
        index,
      ),
    );
}

export function maliciousExtraction(): Extraction {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/viz/malicious.json'), 'utf8')) as Extraction;
}

const entity = (id: string, name: string, type: Extraction['entities'][number]['type']) => ({
  kind: 'entity' as const,
  id,
  name,
  type,
  aliases: [],
  mentions: 1,
});

/** Vizdate Alpha strikes Vizdate Target (reported 2020-01-03); Vizdate Beta visits it (reported 2021-11-08). */
export function datedExtractions(): Extraction[] {
  const article = (id: string, date: string, text: string) => ({
    id,
    source: `fixture/${date}.txt`,
    title: `Vizdate report ${date}`,
    outlet: `Vizdate Wire ${date.slice(0, 4)}`,
    url: `https://vizdate.example/${date.replace(/-/g, '/')}/report`,
    publishedAt: date,
    contentHash: `vizdate-${date}`,
    text,
  });
  const rel = (subject: string, predicate: string, text: string) => ({
    kind: 'relation' as const,
    subject,
    predicate,
    object: 'vizdate-target',
    polarity: 'positive' as const,
    certainty: 'asserted' as const,
    attribution: null,
    confidence: 0.9,
    evidence: [{ source: 'fixture', text, start: 0, end: text.length }],
  });
  const a = 'Vizdate Alpha struck Vizdate Target on January 2.';
  const b = 'Vizdate Beta visited Vizdate Target on November 7.';
  return [
    {
      article: article('vizdate-2020', '2020-01-03', a),
      entities: [entity('vizdate-alpha', 'Vizdate Alpha', 'Organization'), entity('vizdate-target', 'Vizdate Target', 'Place')],
      relations: [rel('vizdate-alpha', 'strike', a)],
      messages: [],
    },
    {
      article: article('vizdate-2021', '2021-11-08', b),
      entities: [entity('vizdate-beta', 'Vizdate Beta', 'Person'), entity('vizdate-target', 'Vizdate Target', 'Place')],
      relations: [rel('vizdate-beta', 'visit', b)],
      messages: [],
    },
  ];
}

/** Write the fixtures; returns the article ids written (for deleteArticles). */
export async function ingestFixtures(store: Store, xs: Extraction[]): Promise<string[]> {
  await store.ensureSchema();
  await store.write(xs);
  return xs.map((x) => x.article.id);
}

const articleIds = async (store: Store): Promise<Set<string>> => {
  const s = store.driver.session({ defaultAccessMode: 'READ' });
  try {
    return new Set((await s.run('MATCH (a:Article) RETURN a.id AS id')).records.map((r) => r.get('id') as string));
  } finally {
    await s.close();
  }
};

/**
 * `kg ingest seeds <related>/*.txt` through the real ingest; returns the ids of the articles it
 * added (articles already stored are left to their owner, and are not deleted afterwards).
 */
export async function ingestSeedAndRelated(store: Store): Promise<string[]> {
  const before = await articleIds(store);
  const related = readdirSync(RELATED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(RELATED_DIR, f));
  await ingest(store, ['seeds', ...related], { workers: 0, batch: 50 });
  return [...(await articleIds(store))].filter((id) => !before.has(id));
}

/** Delete these articles, then resolve what is left again (as `kg ingest` would have). */
export async function removeArticles(store: Store, ids: string[]): Promise<void> {
  await store.deleteArticles(ids);
  await reconcile(store, await loadStored(store), defaultTables());
}
