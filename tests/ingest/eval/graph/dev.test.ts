/**
 * The dev gold (tests/fixtures/graph-gold, a copy of shared/data/graph-gold/dev) must not get worse:
 * these floors are the figures `kg eval graph` reached; a change that loses triples or turns a
 * forbidden statement into a fact fails here. Raise them when the extractor gets better.
 */
import { runGraphEval } from '../../../../ingest/eval/graph/run.js';

describe('graph extraction on the dev gold', () => {
  it('keeps recall, certainty and attribution, and stores no forbidden statement', async () => {
    const { figures } = await runGraphEval();
    expect(figures.files).toBe(15);
    expect(figures.forbidden).toBe(0);
    expect(figures.tripleRecall).toBeGreaterThanOrEqual(0.565);
    expect(figures.coreRecall).toBeGreaterThanOrEqual(0.66);
    expect(figures.certaintyAgreement).toBeGreaterThanOrEqual(0.9);
    expect(figures.attributionAgreement).toBeGreaterThanOrEqual(0.82);
  }, 120_000);

  // 0.664 when written; 0.636 once the storage policy (store.ts) stopped storing relations between
  // two unnamed arguments, which confidence had already ranked low (mean .63 against .68).
  it('ranks the relations that are gold triples above the rest by confidence (AUC)', async () => {
    const { confidenceAuc } = await runGraphEval();
    expect(confidenceAuc).toBeGreaterThanOrEqual(0.62);
  }, 120_000);
});
