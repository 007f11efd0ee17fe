/**
 * The server's facet counts for the current filters, fetched once per change (debounced) and
 * shared by the facets panel and the timeline; only the newest answer is kept.
 */
import type { Facets } from '../../shared/types.js';
import { api } from './api.js';
import type { Filters } from './filters.js';

export class FacetsStore {
  facets: Facets | null = null;
  error: Error | null = null;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  on(fn: () => void): void {
    this.listeners.add(fn);
  }

  /** Fetch the counts for `f` (after `delay` ms, replacing a pending request). */
  load(f: Filters, delay = 120): Promise<void> {
    clearTimeout(this.timer);
    return new Promise((resolve) => {
      this.timer = setTimeout(async () => {
        const mine = ++this.seq;
        const res = await api.facets(f).catch((e: Error) => e);
        if (mine === this.seq) {
          if (res instanceof Error) this.error = res;
          else [this.facets, this.error] = [res, null];
          this.listeners.forEach((fn) => fn());
        }
        resolve();
      }, delay);
    });
  }
}
