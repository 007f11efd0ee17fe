/**
 * A short-lived memo for answers every page load asks for (statistics, the overview): within
 * `ttlMs` the same key gets the same promise, so concurrent loads share one query. A failed
 * answer is forgotten at once. Staleness is bounded by `ttlMs` (ingesting while serving shows up
 * after that long); `ttlMs` 0 turns memoising off.
 */
export class Memo {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    this.entries.set(key, { at: this.now(), value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
