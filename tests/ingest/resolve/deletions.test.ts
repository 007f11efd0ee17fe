import { DeletionIndex } from '../../../ingest/resolve/deletions.js';
import { deletionVariants } from '../../../ingest/resolve/translit.js';

/** What the index stands for: a map from every deletion string to the items filed under it. */
function reference(filed: readonly [string, number][]): (key: string) => number[] {
  const map = new Map<string, Set<number>>();
  for (const [key, item] of filed) for (const d of deletionVariants(key)) map.set(d, (map.get(d) ?? new Set()).add(item));
  return (key) => [...new Set(deletionVariants(key).flatMap((d) => [...(map.get(d) ?? [])]))].sort((a, b) => a - b);
}

const found = (index: DeletionIndex<number>, key: string): number[] => {
  const out = new Set<number>();
  index.find(key, (i) => out.add(i));
  return [...out].sort((a, b) => a - b);
};

describe('DeletionIndex', () => {
  it('finds what a map from one-letter deletions finds', () => {
    const words = ['khodorkovsky', 'khordokovsky', 'hodorkovsky', 'smith', 'smyth', 'smiths', 'aab', 'ab', 'ba', 'abc', 'x', ''];
    const index = new DeletionIndex<number>();
    const filed: [string, number][] = words.map((w, i) => [w, i]);
    for (const [w, i] of filed) index.add(w, i);
    const ref = reference(filed);
    for (const q of [...words, 'khodorkovski', 'smth', 'b', 'zzz', 'abd']) expect(found(index, q)).toEqual(ref(q));
  });

  it('agrees with it on random keys, astral characters included, across growth', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const letters = ['a', 'b', 'c', ' ', 'é', '𝒜'];
    const word = () => Array.from({ length: 1 + rand(9) }, () => letters[rand(letters.length)]).join('');
    const filed: [string, number][] = Array.from({ length: 600 }, (_, i) => [word(), i]);
    const index = new DeletionIndex<number>();
    for (const [w, i] of filed) index.add(w, i);
    const ref = reference(filed);
    for (let k = 0; k < 300; k++) {
      const q = word();
      expect(found(index, q)).toEqual(ref(q));
    }
  });
});
