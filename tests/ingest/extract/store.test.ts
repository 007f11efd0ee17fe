/**
 * The storage policy (ingest/extract/store.ts) on real sentences: a relation between two unnamed
 * things said by no one is read but not stored; a name on either side, or a speaker, keeps it.
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

  it("keeps a speaker's claim about unnamed things (business/290)", () => {
    const text =
      '"So far the evidence suggests that last year\'s rate increases have helped to rebalance the economy without damaging the recovery in manufacturing," said EEF chief economist, Steve Radley.';
    expect(triples(text, false)).toContain('rate increases | rebalance | economy @Steve Radley');
  });

  it('keeps a thing with a name in it (business/260)', () => {
    const text = 'Indonesian, Indian and Hong Kong stock markets reached record highs.';
    expect(triples(text, false).some((t) => /Hong Kong stock markets \| reach \| record highs/.test(t))).toBe(true);
  });
});
