/**
 * A map of at most `maxEntries` entries that forgets the least recently
 * used one first: the memory of the caches here never grows with the
 * number of distinct inputs.
 */

export interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
  clear(): void;
}

/** `maxEntries` must be a positive integer (`RangeError` otherwise). */
export function createBoundedCache<V>(maxEntries: number, what: string): BoundedCache<V> {
  if (!(Number.isSafeInteger(maxEntries) && maxEntries > 0)) {
    throw new RangeError(`${what} maxEntries must be a positive integer: got ${maxEntries}`);
  }
  const entries = new Map<string, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        // most recently used last
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) {
        entries.delete(entries.keys().next().value as string);
      }
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
