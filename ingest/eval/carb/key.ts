/**
 * The sentence key that joins gold and predicted extractions: spaces removed, Penn-Treebank
 * bracket escapes turned back into brackets, ASCII punctuation removed.
 */
const PTB_ESCAPES: readonly [string, string][] = [
  ['(', '-LRB-'],
  [')', '-RRB-'],
  ['[', '-LSB-'],
  [']', '-RSB-'],
  ['{', '-LCB-'],
  ['}', '-RCB-'],
];

const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

export function sentenceKey(sentence: string): string {
  let s = sentence.replace(/ /g, '');
  for (const [plain, escaped] of PTB_ESCAPES) s = s.split(escaped).join(plain);
  return s.replace(PUNCT, '');
}

/** Re-key a set by sentenceKey; a later sentence with the same key replaces an earlier one. */
export function byKey<T>(set: Map<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [sentence, v] of set) out.set(sentenceKey(sentence), v);
  return out;
}
