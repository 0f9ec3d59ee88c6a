/** Runs `work` over `items`, `size` at a time, telling `onBatch` how many are done after each batch. */
export async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<unknown>,
  onBatch: (done: number) => void = () => undefined,
): Promise<void> {
  for (let at = 0; at < items.length; at += size) {
    await Promise.all(items.slice(at, at + size).map(work));
    onBatch(Math.min(at + size, items.length));
  }
}
