/**
 * Export formats want scalar attributes: aliases become one "a | b" string, evidence a JSON string.
 * Layout positions are kept (GEXF readers such as Gephi use them); reducer-made looks never exist here.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { csvTable } from './csv.js';
import type { KgGraph } from './graph-build.js';

const scalar = (v: unknown): unknown => (Array.isArray(v) ? v.map(String).join(' | ') : v && typeof v === 'object' ? JSON.stringify(v) : v);

export function flatten(graph: KgGraph): MultiDirectedGraph {
  const out = new MultiDirectedGraph();
  graph.forEachNode((id, a) => {
    out.addNode(
      id,
      Object.fromEntries(
        Object.entries(a)
          .filter(([, v]) => v !== undefined && v !== null)
          .map(([k, v]) => [k, scalar(v)]),
      ) as Attributes,
    );
  });
  graph.forEachEdge((id, a, s, t) => {
    const attrs = Object.fromEntries(
      Object.entries(a)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, scalar(v)]),
    );
    out.addDirectedEdgeWithKey(id, s, t, { ...attrs, label: a.predicate, weight: a.count || 1 });
  });
  return out;
}

const cell = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function table(rows: Attributes[], first: string[]): string {
  const cols = [...new Set([...first, ...rows.flatMap((r) => Object.keys(r))])];
  return csvTable(
    cols,
    rows.map((r) => cols.map((c) => cell(r[c]))),
  );
}

/** Two CSV tables (RFC 4180): nodes (id first) and edges (id, source, target first). */
export function toCsv(graph: MultiDirectedGraph): { nodes: string; edges: string } {
  const nodes: Attributes[] = [];
  const edges: Attributes[] = [];
  graph.forEachNode((id, a) => nodes.push({ id, ...a }));
  graph.forEachEdge((id, a, source, target) => edges.push({ id, source, target, ...a }));
  return {
    nodes: table(nodes, ['id', 'label', 'type']),
    edges: table(edges, ['id', 'source', 'target', 'predicate', 'polarity', 'certainty']),
  };
}
