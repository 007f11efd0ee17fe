/** Local relations → relation records over global ids, evidence aggregated per identical statement. */
import type { RawRelation, RelationRecord } from '../types.js';

export function relationRecords(raw: readonly RawRelation[], idOf: ReadonlyMap<string, string>): RelationRecord[] {
  const out = new Map<string, RelationRecord>();
  for (const r of raw) {
    const subject = idOf.get(r.subject);
    const object = idOf.get(r.object);
    if (!subject || !object || subject === object) continue;
    const attribution = r.attribution ? (idOf.get(r.attribution) ?? null) : null;
    const key = [subject, r.predicate, object, r.polarity, r.certainty, attribution].join('|');
    const prev = out.get(key);
    if (prev) {
      prev.evidence.push(r.evidence);
      prev.confidence = Math.max(prev.confidence, r.confidence);
    } else {
      out.set(key, {
        kind: 'relation',
        subject,
        predicate: r.predicate,
        object,
        polarity: r.polarity,
        certainty: r.certainty,
        attribution,
        confidence: r.confidence,
        evidence: [r.evidence],
      });
    }
  }
  return [...out.values()];
}
