import { extractLocal } from '../../ingest/pipeline.js';
import type { LocalExtraction } from '../../ingest/types.js';
import { pack, unpack } from '../../ingest/workers/handover.js';
import { loadWorld } from '../../ingest/world.js';

const world = loadWorld();
const text =
  'Ms Kelly said the government would build new schools. Tony Blair visited Paris on Monday. ' +
  'Mr Howard also called for a return to O-levels and more classroom discipline. ' +
  'Former Defence Secretary Michael Portillo makes some of his money as a non-executive director of BAE Systems.';

describe('handover', () => {
  it('sends evidence as offsets and gives back the same extraction, byte for byte', () => {
    const local = extractLocal({ source: 'a.txt', text, format: 'txt' }, world);
    expect(local.relations.length).toBeGreaterThan(0);
    expect(local.relations.some((r) => r.evidence.objectDetail)).toBe(true); // details cross too
    expect(local.relations.some((r) => r.evidence.complement)).toBe(true); // and complements
    const before = JSON.stringify(local);
    const sent = structuredClone(pack(local));
    expect(sent.relations.every((r) => r.evidence.text === undefined)).toBe(true);
    expect(JSON.stringify(unpack(sent))).toBe(before);
  });

  it('sends evidence that is not its slice of the text whole', () => {
    const local = extractLocal({ source: 'a.txt', text, format: 'txt' }, world);
    const odd = { source: 'other.txt', text: 'elsewhere', start: 0, end: 9 };
    local.relations[0]!.evidence = { ...odd };
    const sent: LocalExtraction = structuredClone(pack(local));
    expect(unpack(sent).relations[0]!.evidence).toEqual(odd);
  });
});
