/**
 * Independent sources behind a set of statements: articles are one source when they are the same
 * article, come from the same outlet, or are near-duplicates of each other (the same wire story in
 * several outlets, a re-ingest of the same text under another identity — `dup`, computed by the
 * server's MinHash step). The count is the number of groups left. Pure.
 */
import type { Claim } from './types.js';

type SourceOf = Pick<Claim, 'article' | 'outlet' | 'dup'>;

export function independentSources(claims: readonly SourceOf[]): number {
  if (claims.length <= 1) return claims.length;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string): void => void (parent.has(x) || parent.set(x, x));
  const union = (a: string, b: string): void => void parent.set(find(a), find(b));
  for (const c of claims) {
    const a = `a:${c.article}`;
    add(a);
    for (const k of [`d:${c.dup}`, c.outlet ? `o:${c.outlet}` : null]) {
      if (!k) continue;
      add(k);
      union(a, k);
    }
  }
  return new Set(claims.map((c) => find(`a:${c.article}`))).size;
}
