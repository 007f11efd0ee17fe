import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import '../../ingest/nlp.js';
import { bulkMatch } from '../../ingest/sweep.js';

type Doc = { docs: { normal: string; tags: Set<string> }[][] };
/** A second compromise (its CommonJS build): a separate world, its own bulkMatch left as shipped. */
const shipped = createRequire(import.meta.url)('compromise') as (text: string) => Doc;
const patched = nlp as unknown as ((text: string) => Doc) & { world(): { methods: { one: { bulkMatch: unknown } } } };
const cases = (JSON.parse(readFileSync('tests/fixtures/extract/cases.json', 'utf8')) as { cases: { text: string }[] }).cases;
const tagsOf = (d: Doc) => d.docs.map((ts) => ts.map((t) => `${t.normal}/${[...t.tags].sort().join('.')}`));

describe('bulkMatch', () => {
  it('is the one compromise runs once ingest/nlp.ts is loaded', () => {
    expect(patched.world().methods.one.bulkMatch).toBe(bulkMatch);
  });

  it('tags every word of the labelled corpus sentences exactly as compromise as shipped does', () => {
    const differ = cases
      .map((c) => c.text)
      .filter((text) => JSON.stringify(tagsOf(patched(text))) !== JSON.stringify(tagsOf(shipped(text))));
    expect(cases.length).toBeGreaterThan(400);
    expect(differ).toEqual([]);
  });
});
