import { clean } from '../../ingest/clean.js';
import { analyse } from '../../ingest/extract/analyse.js';
import { mentions } from '../../ingest/extract/mentions.js';
import { segment } from '../../ingest/extract/segment.js';
import { EntityIndex, extractLocal, resolve, stages } from '../../ingest/pipeline.js';
import { cluster } from '../../ingest/resolve/local.js';
import { loadWorld } from '../../ingest/world.js';

const world = loadWorld();

describe('pipeline', () => {
  it('turns a record into an article with entities and evidence-backed relations', () => {
    const text = 'Iran condemned the attack on Baghdad.\n\nThe United States supports Iraq.';
    const local = extractLocal({ source: 'x.txt', text, format: 'txt' }, world);
    expect(local.article.text).toBe(text);
    const out = resolve(local, new EntityIndex());
    for (const r of out.relations) {
      for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(out.entities.map((e) => e.id)).toEqual(expect.arrayContaining([r.subject, r.object]));
    }
  });
});

describe('stages', () => {
  const record = { source: 'x.txt', text: 'Iran condemned the attack. Iraq said nothing.', format: 'txt' as const };

  it('composes stages in order, each reading what the one before gave', () => {
    const c = stages(clean, segment, analyse)({ record, messages: [] }, world);
    expect(c.sentences.map((s) => s.text)).toEqual(['Iran condemned the attack.', 'Iraq said nothing.']);
    expect(c.analyses).toHaveLength(2);
  });

  it('refuses a misordered list when it type-checks (npm run build)', () => {
    // @ts-expect-error analyse needs the tokens segment gives: the list does not type-check.
    const misordered = () => stages(clean, analyse, segment);
    // @ts-expect-error cluster needs coref's output, not the mentions alone.
    const skipped = () => stages(clean, segment, analyse, mentions, cluster);
    expect([misordered, skipped].every((f) => typeof f === 'function')).toBe(true);
  });
});
