/**
 * The identity audit an Entity node carries (Neo4j properties hold no maps, so lists side by
 * side): `scope` ('article' for generic events and groups kept in their article), the event
 * qualifiers `target`, `place`, `time`, and per merged alias its rule and the article that made
 * the merge: mergeAliases[i] joined by mergeRules[i], from article mergeArticles[i]
 * (mergeSources[i] is that article's source). `rev` hashes all of it with name, type and aliases,
 * so a rewrite can skip entities that did not change.
 */
import { sha256 } from '../ingest/hash.js';
import type { EntityRecord } from '../ingest/types.js';

export interface EntityProps {
  scope: string;
  target: string | null;
  place: string | null;
  time: string | null;
  mergeAliases: string[];
  mergeRules: string[];
  mergeArticles: string[];
  mergeSources: string[];
  rev: string;
}

export function entityProps(e: Pick<EntityRecord, 'name' | 'type' | 'aliases' | 'merges' | 'scope' | 'qualifiers'>): EntityProps {
  const m = e.merges ?? [];
  const body = {
    scope: e.scope ?? 'global',
    target: e.qualifiers?.target ?? null,
    place: e.qualifiers?.place ?? null,
    time: e.qualifiers?.time ?? null,
    mergeAliases: m.map((x) => x.alias),
    mergeRules: m.map((x) => x.rule),
    mergeArticles: m.map((x) => x.article ?? ''),
    mergeSources: m.map((x) => x.source ?? ''),
  };
  return { ...body, rev: sha256(JSON.stringify([e.name, e.type, e.aliases, body])).slice(0, 16) };
}
