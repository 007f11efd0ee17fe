/** kg's CaRB mode: one tokenized CaRB sentence → Open IE tuples. */
import type { CarbTuple } from './types.js';

export function carbExtract(sentence: string): CarbTuple[] {
  void sentence;
  return [];
}
