/**
 * The storage policy (ingest/extract/store.ts) on real sentences: a relation whose subject and
 * object have no name is read but not stored, said by anyone or no one; a name on either side keeps
 * it, and so does a subject the story supplies (an institution, armed men, a counted group).
 */
import { describe, expect, it } from '@jest/globals';
import { extractLocal, readLocal } from '../../../ingest/pipeline.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();

/** "subject | predicate | object @attribution" of each relation, stored or only read. */
function triples(text: string, read: boolean): string[] {
  const x = (read ? readLocal : extractLocal)({ source: 'case.txt', text, format: 'txt' }, world);
  const name = new Map(x.entities.map((e) => [e.localId, e.name]));
  const at = (id: string | null) => (id ? ` @${name.get(id)}` : '');
  return x.relations.map((r) => `${name.get(r.subject)} | ${r.predicate} | ${name.get(r.object)}${at(r.attribution)}`);
}

describe('store: what the graph keeps of what was read', () => {
  it('reads two unnamed things said by no one, and does not store them (business/009)', () => {
    const text = 'In eastern and southern Ethiopia, a prolonged drought has killed crops and drained wells.';
    expect(triples(text, true)).toContain('prolonged drought | kill | crops');
    expect(triples(text, false)).not.toContain('prolonged drought | kill | crops');
  });

  it("does not store a speaker's claim about unnamed things either (business/290)", () => {
    const text =
      '"So far the evidence suggests that last year\'s rate increases have helped to rebalance the economy without damaging the recovery in manufacturing," said EEF chief economist, Steve Radley.';
    expect(triples(text, true)).toContain('rate increases | rebalance | economy @Steve Radley');
    expect(triples(text, false)).not.toContain('rate increases | rebalance | economy @Steve Radley');
  });

  it('does not store an unnamed company acting on unnamed others (business/333)', () => {
    const text = 'Doubts also exist over how much the company may have to pay regulators and lawyers to put the scandal behind.';
    expect(triples(text, true)).toEqual(expect.arrayContaining(['company | pay | regulators', 'company | pay | lawyers']));
    expect(triples(text, false).filter((t) => t.startsWith('company | pay'))).toEqual([]);
  });

  it('keeps a counted group (tech/075)', () => {
    const text = 'The two men faced charges following raids in August on suspected pirates by the FBI.';
    expect(triples(text, false)).toContain('two men | face | charges');
  });

  it('keeps armed men and their weapons (related/02)', () => {
    const text =
      'A government statement carried by state media said an explosives-laden drone had tried to hit his residence and that the security forces were taking the necessary steps.';
    expect(triples(text, false).some((t) => t.startsWith('explosives-laden drone | hit | residence'))).toBe(true);
  });

  it('keeps a thing with a name in it (business/260)', () => {
    const text = 'Indonesian, Indian and Hong Kong stock markets reached record highs.';
    expect(triples(text, false).some((t) => /Hong Kong stock markets \| reach \| record highs/.test(t))).toBe(true);
  });
});
