/**
 * Generic arguments (ingest/extract/generic.ts) in a whole article, where what the article has
 * said before decides what a sentence-initial word is.
 */
import { readFileSync } from 'node:fs';
import { extractLocal } from '../../../ingest/pipeline.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();
const article = (name: string) => readFileSync(new URL(`../../fixtures/extract/articles/${name}`, import.meta.url), 'utf8');

describe('isGeneric', () => {
  it("reads a thing owned by a name at the start of a sentence as that owner's, not as generic", () => {
    // news/tech/355: "Apple's lawsuit accused anonymous people of stealing trade secrets ..."
    const x = extractLocal({ source: 'news/tech/355.txt', text: article('news-tech-355.txt'), format: 'txt' }, world);
    const name = new Map(x.entities.map((e) => [e.localId, e.name]));
    const found = x.relations.map((r) => `${name.get(r.subject)} | ${r.predicate} | ${name.get(r.object)}`);
    expect(found).toContain("Apple's lawsuit | accuse | anonymous people");
  });
});
