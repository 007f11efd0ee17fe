/**
 * Cross-article resolution: article-local entities → stable global ids, against an index of
 * everything seen so far (loaded from the store by `kg ingest`, built up in-process by `kg extract`).
 * Deterministic for a given input order.
 */
import type { EntityRecord, Extraction, LocalExtraction, RelationRecord } from '../types.js';
import { normName } from './local.js';

export const slug = (name: string): string => normName(name).replace(/ /g, '-') || 'unnamed';

export class EntityIndex {
  private readonly byKey = new Map<string, EntityRecord>();

  add(e: EntityRecord): void {
    for (const n of [e.name, ...e.aliases]) if (!this.byKey.has(normName(n))) this.byKey.set(normName(n), e);
  }

  lookup(name: string): EntityRecord | undefined {
    return this.byKey.get(normName(name));
  }
}

export function resolveExtraction(local: LocalExtraction, index: EntityIndex): Extraction {
  const idOf = new Map<string, string>();
  const entities = new Map<string, EntityRecord>();
  for (const e of local.entities) {
    const known = [e.name, ...e.aliases].map((n) => index.lookup(n)).find(Boolean);
    const id = known?.id ?? slug(e.name);
    idOf.set(e.localId, id);
    const prev = entities.get(id);
    const aliases = [...new Set([...(prev?.aliases ?? []), ...e.aliases, ...(known && known.name !== e.name ? [e.name] : [])])];
    const rec: EntityRecord = { kind: 'entity', id, name: known?.name ?? e.name, type: known?.type ?? e.type, aliases, mentions: (prev?.mentions ?? 0) + e.mentions };
    entities.set(id, rec);
    index.add(rec);
  }
  const relations = new Map<string, RelationRecord>();
  for (const r of local.relations) {
    const subject = idOf.get(r.subject);
    const object = idOf.get(r.object);
    if (!subject || !object || subject === object) continue;
    const attribution = r.attribution ? (idOf.get(r.attribution) ?? null) : null;
    const key = [subject, r.predicate, object, r.polarity, r.certainty, attribution].join('|');
    const prev = relations.get(key);
    if (prev) {
      prev.evidence.push(r.evidence);
      prev.confidence = Math.max(prev.confidence, r.confidence);
    } else {
      relations.set(key, { kind: 'relation', subject, predicate: r.predicate, object, polarity: r.polarity, certainty: r.certainty, attribution, confidence: r.confidence, evidence: [r.evidence] });
    }
  }
  const used = new Set([...relations.values()].flatMap((r) => [r.subject, r.object, r.attribution ?? '']));
  return { article: local.article, entities: [...entities.values()].filter((e) => used.has(e.id) || e.mentions > 0), relations: [...relations.values()], messages: local.messages };
}
