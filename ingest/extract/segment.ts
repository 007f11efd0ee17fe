/** Stage: Article → Sentence[] + tokens: the one compromise parse (per paragraph) of the article. */
import { parseTable } from '../parse.js';
import type { Cleaned, Segmented } from '../types.js';

export function segment(c: Cleaned): Segmented {
  const { sentences, tokens } = parseTable(c.article?.text ?? '');
  return { ...c, sentences: sentences.map((s, index) => ({ index, text: s.text, start: s.start, end: s.end })), tokens };
}
