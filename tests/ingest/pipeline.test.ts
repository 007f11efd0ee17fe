import { EntityIndex, extractLocal, resolve } from '../../ingest/pipeline.js';

describe('pipeline', () => {
  it('turns a record into an article with entities and evidence-backed relations', () => {
    const text = 'Iran condemned the attack on Baghdad.\n\nThe United States supports Iraq.';
    const local = extractLocal({ source: 'x.txt', text, format: 'txt' });
    expect(local.article.text).toBe(text);
    const out = resolve(local, new EntityIndex());
    for (const r of out.relations) {
      for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(out.entities.map((e) => e.id)).toEqual(expect.arrayContaining([r.subject, r.object]));
    }
  });
});
