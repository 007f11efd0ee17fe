/** Stage: Article → Sentence[] + tokens: the one compromise parse (per paragraph) of the article. */
import { parseText } from '../nlp.js';
import type { Cleaned, Segmented } from '../types.js';

export function segment(c: Cleaned): Segmented {
  const text = c.article?.text ?? '';
  const parsed = parseText(text);
  return {
    ...c,
    sentences: parsed.map((s, index) => ({ index, text: s.text, start: s.start, end: s.end })),
    tokens: parsed.map((s) => s.tokens),
  };
}
