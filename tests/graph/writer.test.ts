import { batchWriter } from '../../graph/writer.js';
import type { Extraction } from '../../ingest/types.js';

const x = (id: string) => ({ article: { id } }) as unknown as Extraction;
const tick = () => new Promise((r) => setTimeout(r, 5));

/** A stand-in for Store.write that records batches and how many writes overlap. */
function fakeStore(fail?: (n: number) => boolean) {
  const batches: string[][] = [];
  let inFlight = 0;
  let most = 0;
  return {
    batches,
    most: () => most,
    async write(xs: readonly Extraction[]) {
      inFlight++;
      most = Math.max(most, inFlight);
      await tick();
      inFlight--;
      batches.push(xs.map((e) => e.article.id));
      if (fail?.(batches.length)) throw new Error(`write ${batches.length} failed`);
      return { articles: xs.length, entities: 0, relations: 0, statements: 0 };
    },
  };
}

describe('batchWriter', () => {
  it('writes batches in order with at most one write in flight', async () => {
    const store = fakeStore();
    const w = batchWriter(store, 2);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await w.add(x(id));
    await w.close();
    expect(store.batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(store.most()).toBe(1);
  });

  it('holds a failed write (no unhandled rejection) and throws it at the next add', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const w = batchWriter(
        fakeStore((n) => n === 1),
        1,
      );
      await w.add(x('a'));
      await tick();
      await tick();
      await expect(w.add(x('b'))).rejects.toThrow('write 1 failed');
      await w.abort();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('throws a failure of the last write at close', async () => {
    const w = batchWriter(
      fakeStore(() => true),
      10,
    );
    await w.add(x('a'));
    await expect(w.close()).rejects.toThrow('write 1 failed');
  });
});
