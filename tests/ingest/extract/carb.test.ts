import { carbExtract, detokenize } from '../../../ingest/eval/carb/extractor.js';

describe('CaRB mode', () => {
  it('detokenizes PTB text and keeps each token’s place', () => {
    const d = detokenize("Pink Floyd 's album , `` The Wall '' , sold well .");
    expect(d.text).toBe("Pink Floyd's album, \u201cThe Wall\u201d, sold well.");
    expect(d.toks.length).toBe(d.starts.length);
  });

  it('emits tuples made of the sentence’s own tokens, with a confidence', () => {
    const s = 'Tom Bradley joined the London , Midland and Scottish Railway Company as a junior clerk in 1941 .';
    const toks = new Set(s.split(' '));
    const out = carbExtract(s);
    expect(out.some((t) => t.arg1 === 'Tom Bradley' && t.relation.startsWith('joined'))).toBe(true);
    for (const t of out) {
      for (const w of [t.relation, t.arg1, ...t.args].join(' ').split(' ').filter(Boolean)) expect(toks.has(w)).toBe(true);
      expect(t.confidence).toBeGreaterThan(0);
    }
  });

  it('never throws', () => {
    for (const odd of ['', ' . ', '-LRB- -RRB-', "'' ``"]) expect(() => carbExtract(odd)).not.toThrow();
  });
});
