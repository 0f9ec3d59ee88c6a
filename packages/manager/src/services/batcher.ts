/**
 * Group commit: items submitted from anywhere are gathered and written
 * together, and each item's promise settles only once the batch holding it
 * has been written. There is no fixed wait: a batch starts at the end of the
 * current I/O round (everything that arrived in it goes together), and
 * while a batch is being written the next one gathers, to start in the
 * round after the writer is free. A batch always starts from a round of its
 * own, never straight from the promise callbacks of the last one: the
 * embedded database answers without yielding to the event loop, and callers
 * that submit again at once would otherwise starve sockets and timers.
 * A batch holds at most `maxBatchSize` items; `maxInFlight` batches are
 * written at once (1 keeps every caller's items in order).
 *
 * Under load, `spacingMs` keeps the starts of two batches apart: a statement
 * costs the embedded database about a millisecond whatever its size, and in
 * an authentication storm most I/O rounds bring a single PC, so batches of
 * one would spend the database's time on statements rather than rows. A
 * batch that would start sooner after the last one waits the rest of the
 * spacing and takes what arrived meanwhile; after a quiet spell, the next
 * batch starts at once. With `eagerSize`, a batch that already holds that
 * many items does not wait: the spacing then only gathers trickles (status
 * reports of PCs each at its own step) and never holds back a crowd.
 */

/** What became of one item of a batch. */
export type BatchOutcome<O> =
  | { readonly ok: true; readonly value: O }
  | { readonly ok: false; readonly error: unknown };

export interface BatcherOptions<I, O> {
  /**
   * Writes one batch and answers one outcome per item, in the same order.
   * When it throws, every item of the batch is rejected with that error.
   */
  readonly write: (items: readonly I[]) => Promise<readonly BatchOutcome<O>[]>;
  /** Most items in one batch (default 1,000). */
  readonly maxBatchSize?: number | undefined;
  /** Batches being written at the same time (default 1). */
  readonly maxInFlight?: number | undefined;
  /** Least time between the starts of two batches, in ms (default 0: none). */
  readonly spacingMs?: number | undefined;
  /**
   * Items waiting at which the next batch starts without waiting for
   * `spacingMs` (default and at most `maxBatchSize`: a full batch gains
   * nothing by waiting).
   */
  readonly eagerSize?: number | undefined;
  /**
   * Runs `start` once the current I/O round is over, and at least `delayMs`
   * later (default `setImmediate`, or `setTimeout` for a delay).
   */
  readonly defer?: ((start: () => void, delayMs: number) => void) | undefined;
  /** The clock `spacingMs` is measured on, in ms (default `performance.now`). */
  readonly now?: (() => number) | undefined;
}

export interface Batcher<I, O> {
  /** Resolves (or rejects) with the item's outcome once its batch is written. */
  submit(item: I): Promise<O>;
  /** Items submitted and not settled yet. */
  readonly pending: number;
  /** Resolves once no item is pending: what was submitted has been written or has failed. */
  settled(): Promise<void>;
}

export const DEFAULT_MAX_BATCH_SIZE = 1_000;

interface Entry<I, O> {
  readonly item: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer: got ${value}`);
  }
  return value;
}

const defaultDefer = (start: () => void, delayMs: number) => {
  if (delayMs > 0) setTimeout(start, delayMs);
  else setImmediate(start);
};

export function createBatcher<I, O>(options: BatcherOptions<I, O>): Batcher<I, O> {
  const maxBatchSize = positiveInteger(
    "maxBatchSize",
    options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
  );
  const maxInFlight = positiveInteger("maxInFlight", options.maxInFlight ?? 1);
  const spacingMs = options.spacingMs ?? 0;
  if (!(spacingMs >= 0 && spacingMs <= 60_000)) {
    throw new RangeError(`spacingMs must be between 0 and 60000: got ${spacingMs}`);
  }
  const eagerSize = Math.min(
    positiveInteger("eagerSize", options.eagerSize ?? Number.MAX_SAFE_INTEGER),
    maxBatchSize,
  );
  const defer = options.defer ?? defaultDefer;
  const now = options.now ?? (() => performance.now());
  /** When the last batch started; -Infinity before the first. */
  let lastStart = Number.NEGATIVE_INFINITY;
  let waiting: Entry<I, O>[] = [];
  let writing = 0;
  let inFlight = 0;
  /** When the start already scheduled is due (on `now`), if one is. */
  let deferredDue: number | undefined;
  /** Tells a scheduled start that an earlier one replaced it. */
  let generation = 0;
  const idle: (() => void)[] = [];

  const settle = (batch: readonly Entry<I, O>[], outcomes: readonly BatchOutcome<O>[]) => {
    if (outcomes.length !== batch.length) {
      throw new Error(`a batch of ${batch.length} was answered with ${outcomes.length} outcomes`);
    }
    batch.forEach((entry, i) => {
      const outcome = outcomes[i] as BatchOutcome<O>;
      if (outcome.ok) entry.resolve(outcome.value);
      else entry.reject(outcome.error);
    });
  };

  const write = async (batch: readonly Entry<I, O>[]) => {
    try {
      settle(batch, await options.write(batch.map((entry) => entry.item)));
    } catch (error) {
      // Nothing of a failed batch is settled yet: each of them gets the failure.
      for (const entry of batch) entry.reject(error);
    } finally {
      inFlight -= 1;
      writing -= batch.length;
      schedule();
      if (waiting.length + writing === 0) for (const resolve of idle.splice(0)) resolve();
    }
  };

  const start = () => {
    if (inFlight < maxInFlight && waiting.length > 0) lastStart = now();
    while (inFlight < maxInFlight && waiting.length > 0) {
      const batch = waiting.slice(0, maxBatchSize);
      waiting = waiting.slice(batch.length);
      inFlight += 1;
      writing += batch.length;
      void write(batch);
    }
  };

  const schedule = () => {
    if (inFlight >= maxInFlight || waiting.length === 0) return;
    const at = now();
    const delayMs =
      spacingMs === 0 || waiting.length >= eagerSize ? 0 : Math.max(0, lastStart + spacingMs - at);
    if (deferredDue !== undefined && deferredDue <= at + delayMs) return;
    deferredDue = at + delayMs;
    generation += 1;
    const mine = generation;
    defer(() => {
      if (mine !== generation) return;
      deferredDue = undefined;
      start();
    }, delayMs);
  };

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        schedule();
      });
    },
    get pending() {
      return waiting.length + writing;
    },
    settled() {
      if (waiting.length + writing === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
