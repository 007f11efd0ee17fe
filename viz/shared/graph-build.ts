/**
 * Merging API subgraphs into a graphology graph. Only domain data goes in as attributes (names,
 * types, polarity, certainty, counts); colours, sizes and visibility are derived elsewhere by
 * reducers and never stored here. Pure with respect to everything but the graph it is given.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { Subgraph, VizEdge, VizNode } from './types.js';

export type NodeAttrs = Omit<VizNode, 'id'> & { x: number; y: number; more?: number };
export type EdgeAttrs = Omit<VizEdge, 'id' | 'source' | 'target'> & { evidence?: string; attribution?: string };
export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** Deterministic start position from the id, so layouts are reproducible (no Math.random). */
export function seedPosition(id: string, around?: { x: number; y: number }): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const a = (((h >>> 0) % 3600) / 3600) * Math.PI * 2;
  const r = around ? 1 + ((h >>> 12) % 100) / 50 : 10 + ((h >>> 8) % 1000) / 10;
  return { x: (around?.x ?? 0) + Math.cos(a) * r, y: (around?.y ?? 0) + Math.sin(a) * r };
}

/** What a merge changed: nodes that are new, and every node and edge it added or updated. */
export interface Merged {
  added: string[];
  nodes: string[];
  edges: string[];
}

/** Add (or update) the subgraph's nodes and edges. */
export function mergeSubgraph(graph: KgGraph, sub: Subgraph, around?: string): Merged {
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : undefined;
  const out: Merged = { added: [], nodes: [], edges: [] };
  for (const { id, ...attrs } of sub.nodes) {
    if (graph.hasNode(id)) {
      const prev = graph.getNodeAttributes(id);
      graph.mergeNodeAttributes(id, { ...attrs, degree: attrs.degree ?? prev.degree });
    } else {
      graph.addNode(id, { ...attrs, ...seedPosition(id, centre) });
      out.added.push(id);
    }
    out.nodes.push(id);
  }
  for (const [id, more] of Object.entries(sub.more ?? {})) if (graph.hasNode(id)) graph.setNodeAttribute(id, 'more', more);
  for (const { id, source, target, ...attrs } of sub.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (graph.hasEdge(id)) graph.mergeEdgeAttributes(id, attrs);
    else graph.addDirectedEdgeWithKey(id, source, target, attrs);
    out.edges.push(id);
  }
  return out;
}
