/**
 * Counts the work a database handle has running, so close() can let it
 * finish before the connection goes away.
 */
export class Inflight {
  readonly #running = new Set<Promise<unknown>>();

  /** Runs `fn` and remembers it until it settles. */
  track<T>(fn: () => Promise<T>): Promise<T> {
    const promise = fn();
    this.#running.add(promise);
    const forget = () => this.#running.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Resolves when everything started so far has settled. */
  async drain(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }
}
