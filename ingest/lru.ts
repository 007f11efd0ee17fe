/**
 * A cache that keeps at least its `capacity` most recently used entries and at most twice that,
 * in two generations: new entries go to the current one; when it is full it becomes the old one
 * and the one before is dropped; a hit in the old generation is copied into the current one. A
 * hit costs one Map lookup (an exact LRU reorders its Map on every hit, which cost more than the
 * work some of these caches save).
 */
export class Lru<K, V> {
  private current = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.put(key, o);
    return o;
  }

  set(key: K, value: V): V {
    if (this.current.has(key)) this.current.set(key, value);
    else {
      this.old.delete(key);
      this.put(key, value);
    }
    return value;
  }

  private put(key: K, value: V): void {
    if (this.current.size >= this.capacity) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
