/**
 * The gate in front of the embedded database, which has one connection:
 * one unit of work (a statement, or a whole transaction) at a time, in the
 * order they came, each once the one before has settled.
 */
export class SerialGate {
  #last: Promise<unknown> = Promise.resolve();

  /** Runs `unit` once every unit before it has settled; a failure holds up nothing. */
  run<T>(unit: () => Promise<T>): Promise<T> {
    const result = this.#last.then(unit);
    this.#last = result.catch(() => undefined);
    return result;
  }
}
