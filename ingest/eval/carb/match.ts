/**
 * CaRB's default token-level matcher (the "binary lenient tuple match"): both tuples are made
 * binary (arg2 and later args joined into one object), relation overlap gates the pair, and the
 * pair scores matched tokens over predicted tokens (precision) and over gold tokens (recall).
 * Matching is exact and case-sensitive on whitespace tokens; each predicted token counts once.
 */
import type { CarbExtraction, PairScore } from './types.js';

const BE_FORMS = ['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being'];
const SAID_VERBS = ['said', 'told', 'added', 'adds', 'says'];
const ZERO: PairScore = [0, 0];

const tokens = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** How many gold tokens find a (not yet used) equal predicted token; `pred` loses the used ones. */
function overlap(gold: string[], pred: string[]): number {
  let n = 0;
  for (const w of gold) {
    const i = pred.indexOf(w);
    if (i >= 0) {
      n++;
      pred.splice(i, 1);
    }
  }
  return n;
}

/** arg1 stays; arg2 and any later args become one object string (only when there are ≥ 2). */
export const binarise = (args: string[]): string[] => (args.length >= 2 ? [args[0] ?? '', args.slice(1).join(' ')] : args);

function lenient(goldRel: string, goldArgs: string[], predRel: string, predArgs: string[]): PairScore {
  const g = tokens(goldRel);
  const p = tokens(predRel);
  let predTotal = p.length;
  let goldTotal = g.length;
  let matched = overlap(g, p);
  // A leftover predicted "be" stands in for any form of "to be" in the gold relation.
  if (p.includes('be') && BE_FORMS.some((f) => g.includes(f))) matched++;
  if (matched === 0) return ZERO;
  let predHit = matched;
  let goldHit = matched;
  for (let i = 0; i < goldArgs.length; i++) {
    const ga = tokens(goldArgs[i] ?? '');
    goldTotal += ga.length;
    const pa = predArgs[i];
    if (pa === undefined) {
      if (i < 2) return ZERO;
      continue;
    }
    const pt = tokens(pa);
    predTotal += pt.length;
    const m = overlap(ga, pt);
    predHit += m;
    goldHit += m;
  }
  return [predTotal ? predHit / predTotal : 0, goldTotal ? goldHit / goldTotal : 0];
}

/** Python list order: compare precision first, then recall. */
const better = (a: PairScore, b: PairScore): PairScore => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a);

/** Score one predicted tuple against one gold tuple. */
export function matchTuple(gold: CarbExtraction, pred: CarbExtraction): PairScore {
  const goldArgs = binarise(gold.args);
  const straight = lenient(gold.relation, goldArgs, pred.relation, binarise(pred.args));
  // "Said"-type gold relations (substring test, as the reference does): also try swapped args.
  if (!SAID_VERBS.some((v) => gold.relation.includes(v))) return straight;
  const swapped = pred.args.length >= 2 ? [pred.args.slice(1).join(' '), pred.args[0] ?? ''] : pred.args;
  return better(straight, lenient(gold.relation, goldArgs, pred.relation, swapped));
}
