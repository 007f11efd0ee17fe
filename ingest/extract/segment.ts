/** Stage: Article → Sentence[] (offsets into the cleaned text). */
import { splitSentences } from '../nlp.js';
import type { Carrier } from '../types.js';

export function segment(c: Carrier): Carrier {
  const text = c.article?.text ?? '';
  return { ...c, sentences: splitSentences(text).map((s, index) => ({ index, ...s })) };
}
