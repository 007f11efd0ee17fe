/**
 * A path as the path list names it: hop by hop from the start, each hop saying which actor it
 * reaches and whether it follows the relationship's direction (A → B) or goes against it (A ← B),
 * so "Frank McKenzie → blame → attack ← condemn ← Esmail Qaani" ends at the right actor. Pure.
 */
export interface Hop {
  edge: string;
  from: string;
  to: string;
  /** True when the relationship points from `to` to `from` (walked against its direction). */
  reversed: boolean;
}

export function hops(start: string, edges: string[], ends: (edge: string) => [string, string] | null): Hop[] {
  const out: Hop[] = [];
  let at = start;
  for (const edge of edges) {
    const e = ends(edge);
    if (!e) break;
    const [s, t] = e;
    if (s === at) out.push({ edge, from: at, to: t, reversed: false });
    else if (t === at) out.push({ edge, from: at, to: s, reversed: true });
    else break;
    at = out[out.length - 1]!.to;
  }
  return out;
}
