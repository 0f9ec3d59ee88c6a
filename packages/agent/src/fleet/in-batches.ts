/**
 * Runs `work` over `items`, `size` at a time, telling `onBatch` how many are
 * done after each batch. Between batches the event loop turns to its I/O:
 * work that settles without waiting on I/O (a simulated PC's boot reads its
 * state synchronously) would otherwise run batch after batch in one stretch
 * of promise callbacks, and the PCs already booted would not connect, nor
 * answer their manager, until the last batch was done.
 */
export async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<unknown>,
  onBatch: (done: number) => void = () => undefined,
): Promise<void> {
  for (let at = 0; at < items.length; at += size) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(items.slice(at, at + size).map(work));
    onBatch(Math.min(at + size, items.length));
  }
}
