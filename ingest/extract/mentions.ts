/** Stage: Sentence[] → Mention[] (named people, places and organisations). */
import { namedSpans } from '../nlp.js';
import type { Carrier, Mention } from '../types.js';

export function cleanName(text: string): string {
  return text.replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').trim();
}

export function mentions(c: Carrier): Carrier {
  const out: Mention[] = [];
  for (const s of c.sentences ?? []) {
    for (const span of namedSpans(s.text)) {
      const name = cleanName(span.text);
      if (!name) continue;
      out.push({ text: span.text, name, type: span.kind, sentence: s.index, start: s.start + span.start, end: s.start + span.end });
    }
  }
  return { ...c, mentions: out };
}
