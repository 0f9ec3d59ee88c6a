/**
 * The embedded database runs a statement synchronously, and statements
 * queued behind each other would run back to back in one chain of promise
 * callbacks: a thousand of them held the event loop (sockets, accepts,
 * timers) for seconds. The gate lets one unit of work (a statement, or a
 * whole transaction) start at a time, each in a turn of the event loop of
 * its own, after the one before has finished.
 */

/** Resolves in the next turn of the event loop, once I/O has been polled. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class TurnGate {
  readonly #turn: () => Promise<void>;
  #last: Promise<unknown> = Promise.resolve();

  constructor(turn: () => Promise<void> = nextTurn) {
    this.#turn = turn;
  }

  /** Runs `unit` once every unit before it has settled and a turn has passed; a failure holds up nothing. */
  run<T>(unit: () => Promise<T>): Promise<T> {
    const result = this.#last.then(this.#turn).then(unit);
    this.#last = result.catch(() => undefined);
    return result;
  }
}
