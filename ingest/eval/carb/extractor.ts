/** kg's CaRB mode: one tokenized CaRB sentence → Open IE tuples. */
import { clauses } from '../../nlp.js';
import type { CarbTuple } from './types.js';

export function carbExtract(sentence: string): CarbTuple[] {
  return clauses(sentence)
    .filter((c) => c.subject && c.object)
    .map((c) => ({ relation: c.verb, arg1: c.subject, args: [c.object], confidence: 0.5 }));
}
