import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import '../../ingest/nlp.js';
import { bulkMatch } from '../../ingest/sweep.js';

type Doc = { docs: { normal: string; tags: Set<string> }[][] };
type Bulk = (document: unknown, net: unknown, methods: unknown) => { match: string; pointer: number[] }[];
interface World {
  methods: { one: { bulkMatch: Bulk; match: (...a: unknown[]) => unknown } };
}
/** A second compromise (its CommonJS build): a separate world, its own bulkMatch left as shipped. */
const shipped = createRequire(import.meta.url)('compromise') as (text: string) => Doc;
const patched = nlp as unknown as ((text: string) => Doc) & { world(): World };
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

  it("runs compromise's matcher on fewer than half the patterns, finding the same matches", () => {
    const { one } = patched.world().methods;
    // The post-tagger's pattern net, as compromise hands it to bulkMatch.
    let net: unknown;
    one.bulkMatch = (document, n, methods) => ((net = n), bulkMatch(document as never, n as never, methods as never));
    patched('Officials said the militias carried out the attack.');
    one.bulkMatch = bulkMatch as Bulk;
    expect(net).toBeDefined();
    const shippedBulk = (shipped as unknown as { world(): World }).world().methods.one.bulkMatch;
    const counted = () => {
      const calls = { n: 0 };
      const methods = { one: { ...one, match: (...a: unknown[]) => (calls.n++, one.match(...a)) } };
      return { calls, methods };
    };
    const texts = cases.slice(0, 150).map((c) => c.text);
    const mine = counted();
    const theirs = counted();
    for (const text of texts) {
      const { docs } = patched(text);
      const found = (bulk: Bulk, methods: unknown) => bulk(docs, net, methods).map((f) => `${f.match}@${f.pointer.join(',')}`);
      expect(found(bulkMatch as Bulk, mine.methods)).toEqual(found(shippedBulk, theirs.methods));
    }
    expect(mine.calls.n).toBeGreaterThan(0);
    expect(mine.calls.n).toBeLessThan(theirs.calls.n / 2);
  });
});
