/**
 * Cypher map projections that turn an Entity node and an Entity–Entity relationship straight into
 * VizNode / VizEdge shapes (fixed text, never user data), and the JS that tidies their values.
 */
import type { VizEdge, VizNode } from '../shared/types.js';

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
  `count: ${r}.count, articles: ${r}.articles, firstSeen: ${r}.firstSeen, lastSeen: ${r}.lastSeen}`;

const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

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
  const type = String(m.type ?? 'RELATED');
  return {
    id: String(m.id),
    source: String(m.source),
    target: String(m.target),
    type,
    predicate: s(m.predicate) ?? type.toLowerCase().replace(/_/g, ' '),
    polarity: s(m.polarity) ?? 'positive',
    certainty: s(m.certainty) ?? 'asserted',
    confidence: n(m.confidence),
    count: n(m.count),
    articles: n(m.articles),
    firstSeen: s(m.firstSeen),
    lastSeen: s(m.lastSeen),
  };
}
