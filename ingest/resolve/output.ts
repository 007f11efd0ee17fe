/**
 * One article's extraction under a corpus resolution: its local entities become entity records
 * (the entity's corpus-wide name, type, aliases and merge audit, with this article's mention
 * count), its relations are re-pointed at entity ids, and those a curation reject holds carry
 * `rejected: true`.
 */
import { relationKey } from '../hash.js';
import type { ArticleRecord, EntityRecord, Extraction, LocalExtraction } from '../types.js';
import type { Resolution } from './corpus.js';
import { relationRecords } from './relations.js';

export function articleRecord(a: LocalExtraction['article']): ArticleRecord {
  return { kind: 'article', id: a.id, source: a.source, title: a.title, outlet: a.outlet, date: a.publishedAt };
}

export function extractionFor(local: LocalExtraction, res: Resolution): Extraction {
  const ids = res.assign.get(local.article.id) ?? new Map<string, string>();
  const idOf = new Map<string, string>();
  const entities = new Map<string, EntityRecord>();
  for (const e of local.entities) {
    const id = ids.get(e.localId);
    const g = id ? res.entities.get(id) : undefined;
    if (!id || !g) continue;
    idOf.set(e.localId, id);
    const prev = entities.get(id);
    if (prev) {
      prev.mentions += e.mentions;
      continue;
    }
    entities.set(id, {
      kind: 'entity',
      id,
      name: g.name,
      type: g.type,
      aliases: g.aliases,
      mentions: e.mentions,
      merges: g.merges,
      ...(g.scope === 'article' ? { scope: 'article' as const } : {}),
      ...(g.qualifiers ? { qualifiers: g.qualifiers } : {}),
    });
  }
  const relations = relationRecords(local.relations, idOf).map((r) =>
    res.rejected.has(relationKey(r.subject, r.predicate, r.object, r.polarity)) ? { ...r, rejected: true } : r,
  );
  const used = new Set(relations.flatMap((r) => [r.subject, r.object, r.attribution ?? '']));
  return {
    article: local.article,
    entities: [...entities.values()].filter((e) => used.has(e.id) || e.mentions > 0),
    relations,
    messages: local.messages,
  };
}
