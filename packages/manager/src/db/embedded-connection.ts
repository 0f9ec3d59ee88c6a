/**
 * The manager's end of the embedded database's thread (embedded-worker.ts):
 * opens the database in a thread (embedded-threads.ts), sends it
 * statements and pairs each answer with its statement. The thread keeps
 * the process alive only while a statement is on its way, so a forgotten
 * handle never holds a process open, and an awaited statement never lets
 * it end.
 *
 * A thread that stops unexpectedly (an uncaught error, a WebAssembly
 * abort, rows beyond its heap) fails what it was running with a transient
 * DatabaseConnectionError and tells `onLost`; so does one the manager gives
 * up on (`discard`). The thread runs what it is sent one at a time, in
 * order, and what it answered arrives before its end is known: of what is
 * still unanswered then, only the oldest can have started, and the rest
 * fail with `NotStartedError`, to be sent again. A failed flush stops the
 * process (pglite-durability.ts).
 */
import type { Worker } from "node:worker_threads";
import { DatabaseClosedError, DatabaseConnectionError, DatabaseQueryError } from "../errors.ts";
import { toDatabaseError, translateErrors } from "./classify-error.ts";
import type { QueryResult, SqlParam } from "./database.ts";
import {
  type EmbeddedOp,
  type EmbeddedOpen,
  type EmbeddedReply,
  type EmbeddedRequest,
  errorFromFields,
} from "./embedded-protocol.ts";
import { giveBackThread, startThread, takeIdleThread } from "./embedded-threads.ts";
import { stopOnFailedFlush } from "./failed-flush.ts";
import { pgliteAssets } from "./pglite-assets.ts";

/** The database thread's JavaScript heap (rows on their way out): far above any statement's. */
export const DEFAULT_HEAP_LIMIT_MB = 512;

/**
 * A request the thread ended before it got to: safe to send again, on the
 * database opened anew. Never leaves the database layer: embedded-database.ts
 * sends it again, or fails with `lost`.
 */
export class NotStartedError extends Error {
  override name = "NotStartedError";
  readonly lost: DatabaseConnectionError;

  constructor(lost: DatabaseConnectionError) {
    super(`not started: ${lost.message}`);
    this.lost = lost;
  }
}

interface Pending {
  readonly resolve: (result: QueryResult<unknown> | null) => void;
  readonly reject: (error: Error) => void;
}

export interface EmbeddedConnectionOptions {
  /** Work in this schema (already checked: assertSchemaName). */
  readonly schema?: string | undefined;
  /** The cluster must be there already (opening again): one that has gone is an error. */
  readonly mustExist?: boolean | undefined;
  /**
   * The most JavaScript heap the thread may use (default 512 MiB). A
   * statement whose rows would take more ends the thread, not the process.
   */
  readonly heapLimitMb?: number | undefined;
  /** The thread stopped: what it was running has failed with `error`. */
  readonly onLost?: ((error: DatabaseConnectionError) => void) | undefined;
  /** A flush failed in the database (default: the process stops). */
  readonly onFlushFailed?: ((message: string) => void) | undefined;
}

export class EmbeddedConnection {
  readonly #worker: Worker;
  readonly #heapLimitMb: number;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #lost: DatabaseConnectionError | undefined;
  #closing = false;
  /** Why the thread is ending, when the manager or an error ends it. */
  #ending: string | undefined;
  /** Set once the thread answered the open (ready, or the reason it could not). */
  #answeredOpen = false;
  /** Set once the thread was given back after a clean close. */
  #released = false;
  /** Takes this connection's listeners off its thread (before the thread is used again). */
  #detach: () => void = () => undefined;

  private constructor(worker: Worker, heapLimitMb: number) {
    this.#worker = worker;
    this.#heapLimitMb = heapLimitMb;
  }

  /** Opens the cluster in `path` in a thread; fails with DatabaseConnectionError. */
  static async open(
    path: string,
    options: EmbeddedConnectionOptions = {},
  ): Promise<EmbeddedConnection> {
    const assets = await translateErrors("connect", pgliteAssets);
    const heapLimitMb = options.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB;
    const request: EmbeddedOpen = {
      op: "open",
      path,
      schema: options.schema,
      mustExist: options.mustExist ?? false,
      assets,
    };
    const waiting = takeIdleThread(heapLimitMb);
    if (waiting !== undefined) {
      const reused = new EmbeddedConnection(waiting, heapLimitMb);
      try {
        return await reused.#open(request, options);
      } catch (error) {
        // A waiting thread that ended before its end was seen: a new one is started.
        if (reused.#answeredOpen) throw error;
      }
    }
    return new EmbeddedConnection(startThread(heapLimitMb), heapLimitMb).#open(request, options);
  }

  #open(request: EmbeddedOpen, options: EmbeddedConnectionOptions): Promise<EmbeddedConnection> {
    const worker = this.#worker;
    const onFlushFailed = options.onFlushFailed ?? stopOnFailedFlush;
    return new Promise((resolve, reject) => {
      let opened: boolean | undefined;
      const failOpen = (error: unknown) => {
        if (opened !== undefined) return;
        opened = false;
        reject(toDatabaseError(error, "connect"));
        void worker.terminate();
      };
      const onMessage = (message: EmbeddedReply) => {
        switch (message.type) {
          case "ready":
            this.#answeredOpen = true;
            opened = true;
            worker.unref();
            resolve(this);
            return;
          case "open-failed":
            this.#answeredOpen = true;
            failOpen(errorFromFields(message.error));
            return;
          case "flush-failed":
            onFlushFailed(message.message);
            return;
          case "fatal":
            this.#ending ??= message.message;
            return;
          default:
            this.#answer(message);
        }
      };
      const onError = (error: Error) => {
        // Answers already sent still arrive before "exit", which fails the rest.
        this.#ending ??= `an error in its thread: ${error.message}`;
        failOpen(error);
      };
      const onExit = (code: number) => {
        failOpen(new Error(this.#ending ?? `its thread ended with code ${code}`));
        if (!opened) return;
        const lost = this.#stopped(this.#ending ?? `its thread ended with code ${code}`);
        if (lost) options.onLost?.(lost);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      this.#detach = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      worker.ref();
      worker.postMessage(request);
    });
  }

  /** Set once the thread has stopped, but for a close. */
  get lost(): DatabaseConnectionError | undefined {
    return this.#lost;
  }

  query<R>(sql: string, params: readonly SqlParam[] | undefined): Promise<QueryResult<R>> {
    return this.#send({ op: "query", sql, params }) as Promise<QueryResult<R>>;
  }

  async exec(sql: string): Promise<void> {
    await this.#send({ op: "exec", sql });
  }

  /** Ends the open transaction; fails when PostgreSQL rolled it back instead. */
  async commit(): Promise<void> {
    await this.#send({ op: "commit" });
  }

  /**
   * Ends the thread at once, as a lost one (what it runs fails, `onLost`
   * is told): for a connection left in a state it cannot be trusted in.
   */
  async discard(why: string): Promise<void> {
    if (this.#released) return;
    this.#ending ??= why;
    await this.#worker.terminate();
  }

  /**
   * Closes the database (a checkpoint). Its thread waits for the next
   * database, or ends when the close failed.
   */
  async close(): Promise<void> {
    if (this.#lost !== undefined || this.#closing) return;
    this.#closing = true;
    let closed = false;
    try {
      await this.#send({ op: "close" });
      closed = true;
    } finally {
      if (closed && this.#ending === undefined) {
        this.#detach();
        // The thread is another database's from now on: nothing here may touch it.
        this.#released = true;
        giveBackThread(this.#worker, this.#heapLimitMb);
      } else {
        // Held until the thread has ended, or the process could end first.
        this.#worker.ref();
        await this.#worker.terminate();
      }
    }
  }

  #send(op: EmbeddedOp): Promise<QueryResult<unknown> | null> {
    if (this.#lost !== undefined) return Promise.reject(this.#lost);
    if (this.#closing && op.op !== "close") return Promise.reject(new DatabaseClosedError());
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) this.#worker.ref();
      const request: EmbeddedRequest = { ...op, id };
      try {
        this.#worker.postMessage(request);
      } catch (error) {
        // A parameter that cannot be copied to the thread (not a SqlParam).
        this.#settle(id);
        reject(new DatabaseQueryError(`a parameter cannot be sent: ${String(error)}`));
      }
    });
  }

  #settle(id: number): Pending | undefined {
    const pending = this.#pending.get(id);
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
    return pending;
  }

  #answer(message: Extract<EmbeddedReply, { id: number }>): void {
    const pending = this.#settle(message.id);
    if (message.type === "done") pending?.resolve(message.result);
    else pending?.reject(toDatabaseError(errorFromFields(message.error), "query"));
  }

  /** The thread has ended: fails what it was running; answers the loss, unless it was closed. */
  #stopped(why: string): DatabaseConnectionError | undefined {
    const error = new DatabaseConnectionError(`the embedded database stopped: ${why}`, {
      transient: true,
    });
    const unanswered = [...this.#pending.keys()].sort((a, b) => a - b);
    for (const [index, id] of unanswered.entries()) {
      this.#settle(id)?.reject(index === 0 ? error : new NotStartedError(error));
    }
    if (this.#closing && this.#ending === undefined) return undefined;
    this.#lost = error;
    return error;
  }
}
