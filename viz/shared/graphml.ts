/**
 * A small GraphML writer for graphology graphs (graphology-graphml only parses). Keys are declared
 * from the attributes actually present, typed as double/boolean/string; values are XML-escaped.
 */
import type { Attributes } from 'graphology-types';

interface GraphLike {
  type: string;
  forEachNode(cb: (key: string, attrs: Attributes) => void): void;
  forEachEdge(
    cb: (key: string, attrs: Attributes, source: string, target: string, sa: Attributes, ta: Attributes, undirected: boolean) => void,
  ): void;
}

type KeyType = 'double' | 'boolean' | 'string';

export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const typeOf = (v: unknown): KeyType => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string');
const text = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) || (v && typeof v === 'object') ? JSON.stringify(v) : String(v);

function collectKeys(items: Attributes[]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const a of items)
    for (const [k, v] of Object.entries(a)) {
      if (v === null || v === undefined) continue;
      const t = typeOf(v);
      const prev = keys.get(k);
      keys.set(k, prev && prev !== t ? 'string' : t);
    }
  return keys;
}

export function writeGraphML(graph: GraphLike): string {
  const nodes: [string, Attributes][] = [];
  const edges: [string, string, string, Attributes, boolean][] = [];
  graph.forEachNode((k, a) => nodes.push([k, a]));
  graph.forEachEdge((k, a, s, t, _sa, _ta, u) => edges.push([k, s, t, a, u]));
  const nodeKeys = collectKeys(nodes.map((n) => n[1]));
  const edgeKeys = collectKeys(edges.map((e) => e[3]));
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  const declare = (scope: 'node' | 'edge', keys: Map<string, KeyType>): void => {
    for (const [k, t] of keys)
      out.push(`  <key id="${scope[0]}_${escapeXml(k)}" for="${scope}" attr.name="${escapeXml(k)}" attr.type="${t}"/>`);
  };
  declare('node', nodeKeys);
  declare('edge', edgeKeys);
  const data = (scope: string, a: Attributes, keys: Map<string, KeyType>): string =>
    Object.entries(a)
      .filter(([k, v]) => v !== null && v !== undefined && keys.has(k))
      .map(([k, v]) => `<data key="${scope}_${escapeXml(k)}">${escapeXml(text(v))}</data>`)
      .join('');
  out.push(`  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`);
  for (const [k, a] of nodes) out.push(`    <node id="${escapeXml(k)}">${data('n', a, nodeKeys)}</node>`);
  for (const [k, s, t, a, u] of edges) {
    const dir = u && graph.type !== 'undirected' ? ' directed="false"' : '';
    out.push(`    <edge id="${escapeXml(k)}" source="${escapeXml(s)}" target="${escapeXml(t)}"${dir}>${data('e', a, edgeKeys)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
