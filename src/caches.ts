/**
 * The two ways the project keeps what it has worked out. Both are bounded: a long-running bot
 * meets endless new words, questions and people.
 */

/**
 * `make(key)`, remembered per key; everything is forgotten at once when `limit` keys are held
 * (cheap, and enough for pure results whose keys repeat: a word's stem, a skill's words). The
 * results are shared between callers, so they must never be changed.
 */
export function remembered<V>(limit: number, make: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = make(key);
      known.set(key, value);
    }
    return value;
  };
}

/** The `limit` most recently used entries: reading one makes it the most recent, and the least recent goes first. */
export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // A Map iterates in insertion order: moved to the end, it is the most recent.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  clear(): void {
    this.entries.clear();
  }
}
