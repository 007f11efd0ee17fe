/**
 * Louvain on plain arrays, so the same code runs on the main thread (small graphs) and in the
 * worker (large ones) and gives the same answer: node ids plus linked pairs as index pairs, one
 * undirected edge per pair weighted by how many relationships link it, a seeded RNG.
 * No DOM, no graph of ours: arrays in, community numbers out (in node order).
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

export interface Pairs {
  nodes: string[];
  /** [s0, t0, s1, t1, …] indices into `nodes`; self-loops already left out. */
  pairs: Int32Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function detect({ nodes, pairs }: Pairs): Int32Array {
  const out = new Int32Array(nodes.length).fill(-1);
  if (pairs.length === 0) return out;
  const g = new UndirectedGraph();
  for (const n of nodes) g.addNode(n);
  for (let i = 0; i < pairs.length; i += 2) {
    g.updateEdge(nodes[pairs[i]!]!, nodes[pairs[i + 1]!]!, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
  }
  const found = louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(42) });
  nodes.forEach((n, i) => {
    out[i] = found[n] ?? -1;
  });
  return out;
}
