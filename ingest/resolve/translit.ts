/** Spelling-variant keys and a bounded edit distance for name tokens. */
import { TRANSLIT_RULES } from './data.js';

/** Transliteration key of one folded token (see ingest/data/resolve/translit.json). */
export function translitKey(token: string): string {
  let k = token;
  for (const [re, to] of TRANSLIT_RULES) k = k.replace(re, to);
  return k.replace(/(.)\1+/g, '$1');
}

/**
 * Edit distance with adjacent transpositions counted as one edit ("Khordokovsky" and
 * "Khodorkovsky" are one apart), or max + 1 as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    // A transposition reaches back two rows: stop only when two rows in a row exceed max.
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The key itself and every one-letter deletion of it: two keys within distance 1 share one. */
export const deletionVariants = (key: string): string[] => [key, ...Array.from(key, (_, i) => key.slice(0, i) + key.slice(i + 1))];
