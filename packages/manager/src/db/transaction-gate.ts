/**
 * The gate in front of the embedded database, which has one connection and
 * runs what it is sent in the order it came. Statements outside a
 * transaction need not wait for each other: they are sent at once, so the
 * database's thread always has the next one. A transaction must have the
 * connection to itself from BEGIN to COMMIT: it goes after every unit sent
 * before it (the connection's order sees to those), and every unit that
 * comes while it is open or waiting goes after it has ended.
 */
export class TransactionGate {
  /** Settles when the last transaction queued has ended. */
  #transactions: Promise<unknown> = Promise.resolve();
  /** Transactions queued or open. */
  #waiting = 0;
  /** Statements held back behind a transaction, not sent yet. */
  #held = 0;

  /** Runs a statement: at once, or after the transactions (and the statements held) before it. */
  statement<T>(unit: () => Promise<T>): Promise<T> {
    if (this.#waiting === 0 && this.#held === 0) return unit();
    this.#held++;
    return this.#transactions.then(() => {
      this.#held--;
      return unit();
    });
  }

  /** Runs a transaction once the transactions before it have ended; a failure holds up nothing. */
  transaction<T>(unit: () => Promise<T>): Promise<T> {
    this.#waiting++;
    const result = this.#transactions.then(unit).finally(() => {
      this.#waiting--;
    });
    this.#transactions = result.catch(() => undefined);
    return result;
  }
}
