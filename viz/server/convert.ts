/**
 * From runRead's generic nodes/relationships to the explorer's VizNode/VizEdge. Entities keep
 * their own `id`; other nodes (Article, Statement) get `Label:id` so ids never collide;
 * relationships are identified by their `key` when they have one (Entity–Entity predicates).
 */
import type { GraphNode, GraphRel } from '../../graph/read.js';
import type { Subgraph, VizEdge, VizNode } from '../shared/types.js';

export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function toVizNode(n: GraphNode): VizNode {
  const p = n.properties;
  const isEntity = n.labels.includes('Entity');
  const kind = isEntity ? 'Entity' : (n.labels[0] ?? 'Node');
  const ownId = str(p.id) ?? n.id;
  const label = str(p.name) ?? str(p.title) ?? str(p.text)?.slice(0, 60) ?? kind;
  return {
    id: isEntity ? ownId : `${kind}:${ownId}`,
    label,
    kind,
    type: isEntity ? (str(p.type) ?? n.labels.find((l) => l !== 'Entity') ?? 'Entity') : kind,
    aliases: strs(p.aliases),
    mentions: num(p.mentions),
    articles: num(p.articles),
    ...(typeof p.degree === 'number' ? { degree: p.degree } : {}),
  };
}

/** A relationship's claim properties, with the defaults a missing value takes. */
export function claimOf(type: string, p: Record<string, unknown>): Omit<VizEdge, 'id' | 'source' | 'target'> {
  return {
    type,
    predicate: str(p.predicate) ?? type.toLowerCase().replace(/_/g, ' '),
    polarity: str(p.polarity) ?? 'positive',
    certainty: str(p.certainty) ?? 'asserted',
    confidence: num(p.confidence),
    count: num(p.count),
    articles: num(p.articles),
    firstSeen: str(p.firstSeen),
    lastSeen: str(p.lastSeen),
    ...(p.rejected === true ? { rejected: true } : {}),
  };
}

export function toVizEdge(r: GraphRel, source: string, target: string): VizEdge {
  return { id: str(r.properties.key) ?? r.id, source, target, ...claimOf(r.type, r.properties) };
}

/** Nodes and relationships → a Subgraph; relationships whose ends are unknown are dropped. */
export function toSubgraph(nodes: GraphNode[], rels: GraphRel[]): Subgraph {
  const idOf = new Map<string, string>();
  const out = new Map<string, VizNode>();
  for (const n of nodes) {
    const v = toVizNode(n);
    idOf.set(n.id, v.id);
    out.set(v.id, v);
  }
  const edges = new Map<string, VizEdge>();
  for (const r of rels) {
    const s = idOf.get(r.start);
    const t = idOf.get(r.end);
    if (s && t) edges.set(r.properties.key ? String(r.properties.key) : r.id, toVizEdge(r, s, t));
  }
  return { nodes: [...out.values()], edges: [...edges.values()] };
}
