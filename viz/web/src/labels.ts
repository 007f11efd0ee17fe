/**
 * Which relationships get a label around a hub: only its strongest `k` visible ones (most
 * independent sources, then statements, then articles), so a focused actor with hundreds of
 * relationships shows a readable handful instead of a pile. Pure.
 */
import type { KgGraph } from '../../shared/graph-build.js';

/** Edge labels drawn around one actor, at most. */
export const HUB_LABELS = 12;

export function strongestEdges(graph: KgGraph, node: string, visible: Set<string>, k = HUB_LABELS): Set<string> {
  if (!graph.hasNode(node)) return new Set();
  const edges = graph.edges(node).filter((e) => visible.has(e));
  if (edges.length <= k) return new Set(edges);
  const weight = (e: string): [number, number, number] => {
    const a = graph.getEdgeAttributes(e);
    return [a.sources ?? 0, a.count, a.articles];
  };
  const sorted = edges
    .map((e) => [e, weight(e)] as const)
    .sort(([x, a], [y, b]) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2] || x.localeCompare(y));
  return new Set(sorted.slice(0, k).map(([e]) => e));
}
