import { scoreCarb, greedyPrecision } from '../../../../ingest/eval/carb/score.js';
import { sentenceKey } from '../../../../ingest/eval/carb/key.js';
import type { CarbExtraction, CarbSet } from '../../../../ingest/eval/carb/types.js';

const ex = (confidence: number, relation: string, ...args: string[]): CarbExtraction => ({ relation, args, confidence });
const S = 'Obama was born in Hawaii and is president .';
const T = 'Smith left .';

describe('CaRB corpus scoring (hand-computed)', () => {
  const gold: CarbSet = new Map([
    [S, [ex(1, 'born in', 'Obama', 'Hawaii'), ex(1, 'is', 'Obama', 'president')]],
    [T, [ex(1, 'left', 'Smith')]],
  ]);
  // A matches gold 1 exactly; B duplicates it with lower confidence; T has no prediction.
  const pred: CarbSet = new Map([[S, [ex(0.9, 'born in', 'Obama', 'Hawaii'), ex(0.5, 'born in', 'Obama', 'Hawaii')]]]);

  it('sweeps every distinct confidence; duplicates lower precision; missing sentences count for recall', () => {
    const s = scoreCarb(gold, pred);
    // t=0.5: P = (1 + 0)/2, R = 1/3.  t=0.9: P = 1/1, R = 1/3.
    expect(s.curve.map((c) => [c.threshold, c.precision, c.recall])).toEqual([
      [0.5, 0.5, 1 / 3],
      [0.9, 1, 1 / 3],
    ]);
    expect([s.P, s.R]).toEqual([1, 1 / 3]);
    expect(s.F1).toBeCloseTo(0.5, 10);
    // trapezoid over (1/3, .5) → (1/3, 1) → (0, 1): 1/3
    expect(s.AUC).toBeCloseTo(1 / 3, 10);
  });

  it('ignores predictions for sentences without gold, but uses their confidences as thresholds', () => {
    const extra: CarbSet = new Map([...pred, ['An unrelated sentence .', [ex(0.7, 'x', 'y', 'z')]]]);
    const s = scoreCarb(gold, extra);
    expect(s.curve.map((c) => c.threshold)).toEqual([0.5, 0.7, 0.9]);
    expect(s.curve[1]).toMatchObject({ precision: 1, recall: 1 / 3 });
  });

  it('gives P 1, R 0 at thresholds above every prediction of a sentence, and zeros with no output', () => {
    expect(scoreCarb(gold, new Map())).toMatchObject({ P: 0, R: 0, F1: 0, AUC: 0 });
  });

  it('joins sentences by a key without spaces, PTB escapes or punctuation', () => {
    expect(sentenceKey('Obama -LRB- born 1961 -RRB- was born.')).toBe(sentenceKey('Obama ( born 1961 ) was born .'));
  });

  it('matches one-to-one greedily on precision', () => {
    // rows: gold, cols: predictions. Greedy takes 0.9 (g0,p1), then best of the rest 0.4 (g1,p0).
    const scores = [
      [
        [0.8, 0],
        [0.9, 0],
      ],
      [
        [0.4, 0],
        [0.7, 0],
      ],
    ] as [number, number][][];
    expect(greedyPrecision(scores, [0, 1])).toBeCloseTo(1.3, 10);
    expect(greedyPrecision(scores, [0])).toBeCloseTo(0.8, 10);
  });
});
