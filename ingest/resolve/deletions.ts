/**
 * Items filed under a key and each of its one-letter deletions (translit.ts deletionVariants),
 * found by the deletions of another key: two keys within one edit of each other share one.
 * A deletion is never made as a string: an entry is (key filed, position deleted), chained under
 * the deletion's hash, and a hit is checked against the query unit by unit, so the index finds
 * exactly what a map from deletion strings would. A huge article files about a million
 * deletions; as map keys they took some 60 MB, here 16 bytes each and a bucket.
 */

/** deletionVariants deletes one position per code point, read as UTF-16 offsets (as it slices). */
const positions = (key: string): number => Array.from(key).length;

/** Code unit k of `key` with the unit at `del` removed (del < 0: none removed). */
const unitAt = (key: string, del: number, k: number): number => key.charCodeAt(del < 0 || k < del ? k : k + 1);

const BASE = 0x01000193;

/**
 * The hash of `key` (index 0) and of each of its deletions (index d + 1: the unit at d removed),
 * all in one pass: a polynomial hash mod 2^32, h(s) = sum of s[k] * BASE^(n-1-k), so deleting d
 * gives h(s) + (p[d] - p[d+1]) * BASE^(n-1-d), p being the hashes of the prefixes.
 */
function hashes(key: string, count: number): Uint32Array {
  const n = key.length;
  const prefix = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + key.charCodeAt(k)) | 0;
  const out = new Uint32Array(count + 1);
  out[0] = prefix[n]!;
  let power = 1; // BASE^(n-1-d), d counting down
  for (let d = n - 1; d >= 0; d--) {
    if (d < count) out[d + 1] = prefix[n]! + Math.imul(prefix[d]! - prefix[d + 1]!, power);
    power = Math.imul(power, BASE);
  }
  return out;
}

function sameDeletion(a: string, da: number, b: string, db: number): boolean {
  const n = a.length - (da < 0 ? 0 : 1);
  if (n !== b.length - (db < 0 ? 0 : 1)) return false;
  for (let k = 0; k < n; k++) if (unitAt(a, da, k) !== unitAt(b, db, k)) return false;
  return true;
}

export class DeletionIndex<T> {
  /** Per add: the key filed and its item. */
  private readonly keys: string[] = [];
  private readonly items: T[] = [];
  /** Per entry: the add it belongs to, the position deleted (-1: none), its hash, the next entry in its bucket. */
  private from = new Int32Array(1024);
  private del = new Int32Array(1024);
  private hash = new Uint32Array(1024);
  private next = new Int32Array(1024);
  private heads = new Int32Array(1024).fill(-1);
  private size = 0;

  /** File `item` under `key` and every one-letter deletion of it. */
  add(key: string, item: T): void {
    const id = this.keys.push(key) - 1;
    this.items.push(item);
    const hs = hashes(key, positions(key));
    for (let d = -1; d + 1 < hs.length; d++) {
      if (this.size === this.from.length) this.grow();
      const e = this.size++;
      const b = hs[d + 1]! & (this.heads.length - 1);
      this.from[e] = id;
      this.del[e] = d;
      this.hash[e] = hs[d + 1]!;
      this.next[e] = this.heads[b]!;
      this.heads[b] = e;
    }
  }

  /** Every item filed under what `key` or a one-letter deletion of it is (an item may come more than once). */
  find(key: string, found: (item: T) => void): void {
    const hs = hashes(key, positions(key));
    for (let d = -1; d + 1 < hs.length; d++) {
      const h = hs[d + 1]!;
      for (let e = this.heads[h & (this.heads.length - 1)]!; e >= 0; e = this.next[e]!)
        if (this.hash[e] === h && sameDeletion(this.keys[this.from[e]!]!, this.del[e]!, key, d)) found(this.items[this.from[e]!]!);
    }
  }

  /** Twice the room, and twice the buckets: about one entry per bucket. */
  private grow(): void {
    const wider = <A extends Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(a: A, make: (n: number) => A): A => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.from = wider(this.from, (n) => new Int32Array(n));
    this.del = wider(this.del, (n) => new Int32Array(n));
    this.hash = wider(this.hash, (n) => new Uint32Array(n));
    this.next = wider(this.next, (n) => new Int32Array(n));
    this.heads = new Int32Array(this.heads.length * 2).fill(-1);
    for (let e = 0; e < this.size; e++) {
      const b = this.hash[e]! & (this.heads.length - 1);
      this.next[e] = this.heads[b]!;
      this.heads[b] = e;
    }
  }
}
