/**
 * Descriptors (ingest/extract/descriptor.ts, read by coref.ts): "the club" stands for the name the
 * article introduced as a club, "the group" for the name ending in "Group". Real BBC text:
 * business/219 and business/486 whole, business/250's first sentences.
 */
import { readFileSync } from 'node:fs';
import { extractLocal } from '../../../ingest/pipeline.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();
const article = (name: string) => readFileSync(new URL(`../../fixtures/extract/articles/${name}`, import.meta.url), 'utf8');

function triples(source: string, text: string): string[] {
  const x = extractLocal({ source, text, format: 'txt' }, world);
  const name = new Map(x.entities.map((e) => [e.localId, e.name]));
  return x.relations.map((r) => `${name.get(r.subject)} | ${r.predicate} | ${name.get(r.object)}`);
}

describe('descriptors', () => {
  it('reads "the club" as the club the article introduced, in the same sentence and paragraphs later', () => {
    // "Shares in struggling German football club Borussia Dortmund slipped on Monday despite the club
    // agreeing a rescue plan ..." ... "The club posted a record loss of 68m euros in the 12 months through June."
    const found = triples('news/business/219.txt', article('news-business-219.txt'));
    expect(found).toEqual(expect.arrayContaining(['Borussia Dortmund | agree | rescue plan', 'Borussia Dortmund | post | record loss']));
    expect(found.filter((t) => t.startsWith('club |'))).toEqual([]);
  });

  it('reads "the firm" (which compromise tags an adjective before a verb) as the firm named before', () => {
    const text =
      'Profits at Chinese computer firm Lenovo have stood still amid slowing demand at home and stiffening competition. The firm is in the international spotlight after last year signing a deal to buy the PC division of personal computer pioneer IBM.';
    expect(triples('news/business/250.txt', text).some((t) => t.startsWith('Lenovo | acquire |'))).toBe(true);
  });

  it('reads "the group" as the organisation whose own name ends in "Group"', () => {
    // "India's biggest conglomerate, Reliance Group, ..." ... "The Ambani family controls 48% of the group, ..."
    const found = triples('news/business/486.txt', article('news-business-486.txt'));
    expect(found).toContain('Ambani family | control stake in | Reliance Group');
    expect(found.filter((t) => / \| group$|^group \|/.test(t))).toEqual([]);
  });

  it('reads "the bureau" as the body whose name has "Bureau" before its "of"', () => {
    // tech/334: its first sentence and the sentence that names the FBI again as "the bureau".
    const text =
      'The US Federal Bureau of Investigation is warning that a computer virus is being spread via e-mails that purport to be from the FBI. The bureau is investigating the phoney e-mails.';
    const found = triples('news/tech/334.txt', text);
    expect(found).toContain('US Federal Bureau of Investigation | investigate | phoney e-mails');
    expect(found.filter((t) => t.startsWith('bureau |'))).toEqual([]);
  });
});
