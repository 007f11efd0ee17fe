/** CaRB mode: a sentence-initial adjunct CaRB's annotators add to every tuple of the sentence. */
import type { Token } from '../../parse.js';
import type { Span } from '../../extract/clauses.js';
import { breakAfter, has, isPrep } from '../../extract/tokens.js';

/** A sentence-initial, verbless adjunct before the first comma ("In 1918 ,", "That night ,"). */
export function leadingAdjunct(ts: readonly Token[]): Span | null {
  let e = 0;
  while (e < ts.length && !breakAfter(ts[e]) && e < 8) e++;
  if (e >= ts.length - 1 || e >= 8 || !/,/.test(ts[e]!.post)) return null;
  for (let i = 0; i <= e; i++) if (has(ts[i], 'Verb')) return null;
  const first = ts[0]!;
  return isPrep(first) || has(first, 'Date') || has(first, 'Value') || /^(?:that|this|last|next|earlier|later)$/.test(first.norm)
    ? { s: 0, e: e + 1 }
    : null;
}
