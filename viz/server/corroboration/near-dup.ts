/**
 * Near-duplicate articles, grouped: locality-sensitive hashing over MinHash signatures (BANDS bands
 * of ROWS values; articles sharing a band are candidates), each candidate checked against the
 * bucket's first article, pairs at or above THRESHOLD estimated Jaccard similarity joined. The
 * group's id is its smallest article id. Articles without a signature are their own group.
 *
 * THRESHOLD 0.5: a wire story re-run with a new headline and a trimmed paragraph keeps well over
 * half its 5-word shingles (measured 0.6–0.95); two different stories on the same event share
 * under 0.1. With 32 bands of 2, a pair at 0.5 becomes a candidate with probability 0.9999.
 */
import { HASHES, similarity } from './minhash.js';

export const THRESHOLD = 0.5;
const ROWS = 2;
const BANDS = HASHES / ROWS;

export function nearDuplicateGroups(signatures: ReadonlyMap<string, Uint32Array | null>): Map<string, string> {
  const ids = [...signatures.keys()].sort();
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const buckets = new Map<string, string>();
  for (const id of ids) {
    const sig = signatures.get(id);
    if (!sig) continue;
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${sig[b * ROWS]}:${sig[b * ROWS + 1]}`;
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, id);
      else if (find(first) !== find(id) && similarity(signatures.get(first)!, sig) >= THRESHOLD) {
        const [a, c] = [find(first), find(id)].sort();
        parent.set(c!, a!);
      }
    }
  }
  return new Map(ids.map((id) => [id, find(id)]));
}
