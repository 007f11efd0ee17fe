/** Stage: clauses whose subject and object hold a mention → RawRelation[]. */
import { clauses } from '../nlp.js';
import type { Carrier, RawRelation } from '../types.js';

export function relations(c: Carrier): Carrier {
  const mentions = c.mentions ?? [];
  const ids = c.mentionEntity ?? [];
  const out: RawRelation[] = [];
  for (const s of c.sentences ?? []) {
    const inSentence = mentions.map((m, i) => ({ m, id: ids[i] })).filter((x) => x.m.sentence === s.index && x.id);
    for (const cl of clauses(s.text)) {
      const subj = inSentence.filter((x) => x.m.end <= s.start + cl.start).at(-1);
      const obj = inSentence.find((x) => x.m.start >= s.start + cl.end);
      if (!subj?.id || !obj?.id || subj.id === obj.id) continue;
      out.push({
        subject: subj.id,
        predicate: cl.lemma.toLowerCase(),
        object: obj.id,
        polarity: cl.negative ? 'negative' : 'positive',
        certainty: 'asserted',
        attribution: null,
        confidence: 0.5,
        evidence: { source: c.record.source, text: s.text, start: s.start, end: s.end },
        rules: ['svo-nearest'],
      });
    }
  }
  return { ...c, relations: out };
}
