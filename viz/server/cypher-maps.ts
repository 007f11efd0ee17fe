/**
 * Cypher map projections that turn an Entity node and an Entity–Entity relationship straight into
 * VizNode / VizEdge shapes (fixed text, never user data), and the JS that tidies their values.
 */
import type { VizEdge, VizNode } from '../shared/types.js';
import { claimOf, num as n } from './convert.js';

/** Relationship types that are part of the bookkeeping, never an actor-to-actor claim. */
export const STRUCTURAL_TYPES = ['MENTIONS', 'SUBJECT', 'OBJECT', 'FROM', 'ASSERTED_BY'] as const;

/** `degree` is the stored, indexed count of Entity–Entity relationships (kept at write time). */
export const nodeMap = (v: string, withDegree = true): string =>
  `{id: ${v}.id, label: coalesce(${v}.name, ${v}.id), kind: 'Entity', type: coalesce(${v}.type, 'Entity'), ` +
  `aliases: coalesce(${v}.aliases, []), mentions: coalesce(${v}.mentions, 0), articles: coalesce(${v}.articles, 0)` +
  (withDegree ? `, degree: ${v}.degree}` : '}');

export const edgeMap = (r: string): string =>
  `{id: coalesce(${r}.key, elementId(${r})), source: startNode(${r}).id, target: endNode(${r}).id, type: type(${r}), ` +
  `predicate: ${r}.predicate, polarity: ${r}.polarity, certainty: ${r}.certainty, confidence: ${r}.confidence, ` +
  `count: ${r}.count, articles: ${r}.articles, firstSeen: ${r}.firstSeen, lastSeen: ${r}.lastSeen, rejected: ${r}.rejected}`;

export function tidyNode(m: Record<string, unknown>): VizNode {
  return {
    id: String(m.id),
    label: String(m.label ?? m.id),
    kind: String(m.kind ?? 'Entity'),
    type: String(m.type ?? 'Entity'),
    aliases: Array.isArray(m.aliases) ? m.aliases.map(String) : [],
    mentions: n(m.mentions),
    articles: n(m.articles),
    ...(m.degree !== undefined && m.degree !== null ? { degree: n(m.degree) } : {}),
  };
}

export function tidyEdge(m: Record<string, unknown>): VizEdge {
  return { id: String(m.id), source: String(m.source), target: String(m.target), ...claimOf(String(m.type ?? 'RELATED'), m) };
}
