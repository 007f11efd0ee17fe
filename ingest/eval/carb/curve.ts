/** Corpus-level precision–recall curve, best-F1 point and AUC from per-threshold sums. */

export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CarbScore {
  P: number;
  R: number;
  F1: number;
  AUC: number;
  /** One point per distinct confidence, in ascending threshold order. */
  curve: CurvePoint[];
}

export const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Sums per threshold: precision numerator/denominator, recall numerator/denominator. */
export interface Sums {
  pNum: Float64Array;
  pDen: Float64Array;
  rNum: Float64Array;
  rDen: Float64Array;
}

export const emptySums = (n: number): Sums => ({
  pNum: new Float64Array(n),
  pDen: new Float64Array(n),
  rNum: new Float64Array(n),
  rDen: new Float64Array(n),
});

/** Trapezoid area under the curve given as (recall, precision) points in order. */
export function trapezoid(xs: number[], ys: number[]): number {
  let area = 0;
  for (let i = 1; i < xs.length; i++) area += ((xs[i]! - xs[i - 1]!) * (ys[i]! + ys[i - 1]!)) / 2;
  return Math.abs(area);
}

export function summarise(thresholds: number[], s: Sums): CarbScore {
  const curve = thresholds.map((threshold, i) => {
    const precision = s.pDen[i]! > 0 ? s.pNum[i]! / s.pDen[i]! : 1;
    const recall = s.rDen[i]! > 0 ? s.rNum[i]! / s.rDen[i]! : 0;
    return { threshold, precision, recall, f1: f1(precision, recall) };
  });
  if (!curve.length) return { P: 0, R: 0, F1: 0, AUC: 0, curve };
  let best = curve[0]!;
  for (const pt of curve) if (pt.f1 > best.f1) best = pt;
  // Recall falls as the threshold rises; closing the curve at (recall 0, precision 1).
  const AUC = trapezoid([...curve.map((c) => c.recall), 0], [...curve.map((c) => c.precision), 1]);
  return { P: best.precision, R: best.recall, F1: best.f1, AUC, curve };
}
