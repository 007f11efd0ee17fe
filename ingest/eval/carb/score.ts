/**
 * The CaRB scorer: for every distinct confidence t in the system output, keep predictions with
 * confidence ≥ t; per gold sentence, recall is many-to-one (best recall per gold tuple) and
 * precision one-to-one (greedy on the highest pair precision); sums are micro-averaged.
 * Predictions for sentences absent from the gold are ignored (their confidences still define
 * thresholds), as in the reference scorer.
 */
import { byKey } from './key.js';
import { matchTuple } from './match.js';
import { emptySums, summarise, type CarbScore, type Sums } from './curve.js';
import type { CarbExtraction, CarbSet, PairScore } from './types.js';

/** Greedy one-to-one: repeatedly take the unused pair with the highest precision. */
export function greedyPrecision(scores: PairScore[][], kept: number[]): number {
  const usedRows = new Set<number>();
  const usedCols = new Set<number>();
  let total = 0;
  for (let t = Math.min(scores.length, kept.length); t > 0; t--) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < scores.length; i++) {
      if (usedRows.has(i)) continue;
      for (const j of kept) {
        if (!usedCols.has(j) && scores[i]![j]![0] > best) [best, bi, bj] = [scores[i]![j]![0], i, j];
      }
    }
    usedRows.add(bi);
    usedCols.add(bj);
    total += best;
  }
  return total;
}

export function bestRecall(scores: PairScore[][], kept: number[]): number {
  let total = 0;
  for (const row of scores) total += kept.reduce((m, j) => Math.max(m, row[j]![1]), 0);
  return total;
}

/** Add one gold sentence's contribution at every threshold index. */
function scoreSentence(gold: CarbExtraction[], pred: CarbExtraction[], index: Map<number, number>, sums: Sums): void {
  const scores = gold.map((g) => pred.map((p) => matchTuple(g, p)));
  const confs = [...new Set(pred.map((p) => p.confidence))].sort((a, b) => a - b);
  let from = 0;
  for (const conf of confs) {
    const upto = index.get(conf) ?? -1;
    const kept = pred.flatMap((p, j) => (p.confidence >= conf ? [j] : []));
    const pNum = greedyPrecision(scores, kept);
    const rNum = bestRecall(scores, kept);
    for (let c = from; c <= upto; c++) {
      sums.pNum[c]! += pNum;
      sums.pDen[c]! += kept.length;
      sums.rNum[c]! += rNum;
      sums.rDen[c]! += gold.length;
    }
    from = upto + 1;
  }
  for (let c = from; c < index.size; c++) sums.rDen[c]! += gold.length;
}

export function scoreCarb(goldSet: CarbSet, predSet: CarbSet): CarbScore {
  const gold = byKey(goldSet);
  const pred = byKey(predSet);
  const thresholds = [...new Set([...pred.values()].flat().map((p) => p.confidence))].sort((a, b) => a - b);
  const index = new Map(thresholds.map((t, i) => [t, i]));
  const sums = emptySums(thresholds.length);
  for (const [key, g] of gold) scoreSentence(g, pred.get(key) ?? [], index, sums);
  return summarise(thresholds, sums);
}
