/**
 * The manager's end of the embedded database's thread (embedded-worker.ts):
 * starts the thread, sends it statements and pairs each answer with its
 * statement. The thread keeps the process alive only while a statement is
 * on its way, so a forgotten handle never holds a process open, and an
 * awaited statement never lets it end.
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
import { Worker } from "node:worker_threads";
import { DatabaseClosedError, DatabaseConnectionError, DatabaseQueryError } from "../errors.ts";
import { toDatabaseError, translateErrors } from "./classify-error.ts";
import type { QueryResult, SqlParam } from "./database.ts";
import {
  type EmbeddedOp,
  type EmbeddedReply,
  type EmbeddedRequest,
  type EmbeddedWorkerData,
  errorFromFields,
} from "./embedded-protocol.ts";
import { pgliteAssets } from "./pglite-assets.ts";
import { stopOnFailedFlush } from "./pglite-durability.ts";

const WORKER_URL = new URL("./embedded-worker.mjs", import.meta.url);

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
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #lost: DatabaseConnectionError | undefined;
  #closing = false;
  /** Why the thread is ending, when the manager or an error ends it. */
  #ending: string | undefined;
  /** True when the thread made a new cluster before it opened it. */
  #made = false;

  private constructor(worker: Worker) {
    this.#worker = worker;
  }

  /** Starts the thread and opens the cluster in `path`; fails with DatabaseConnectionError. */
  static async open(
    path: string,
    options: EmbeddedConnectionOptions = {},
  ): Promise<EmbeddedConnection> {
    const assets = await translateErrors("connect", pgliteAssets);
    return EmbeddedConnection.#start(
      {
        path,
        schema: options.schema,
        mustExist: options.mustExist ?? false,
        assets,
      },
      options,
    );
  }

  static #start(
    workerData: EmbeddedWorkerData,
    options: EmbeddedConnectionOptions,
  ): Promise<EmbeddedConnection> {
    const worker = new Worker(WORKER_URL, {
      workerData,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB },
    });
    const connection = new EmbeddedConnection(worker);
    const onFlushFailed = options.onFlushFailed ?? stopOnFailedFlush;
    return new Promise((resolve, reject) => {
      let opened: boolean | undefined;
      const failOpen = (error: unknown) => {
        if (opened !== undefined) return;
        opened = false;
        reject(toDatabaseError(error, "connect"));
        void worker.terminate();
      };
      worker.on("message", (message: EmbeddedReply) => {
        switch (message.type) {
          case "ready":
            opened = true;
            connection.#made = message.made;
            worker.unref();
            resolve(connection);
            return;
          case "open-failed":
            failOpen(errorFromFields(message.error));
            return;
          case "flush-failed":
            onFlushFailed(message.message);
            return;
          case "fatal":
            connection.#ending ??= message.message;
            return;
          default:
            connection.#answer(message);
        }
      });
      worker.on("error", (error) => {
        // Answers already sent still arrive before "exit", which fails the rest.
        connection.#ending ??= `an error in its thread: ${error.message}`;
        failOpen(error);
      });
      worker.on("exit", (code) => {
        failOpen(new Error(connection.#ending ?? `its thread ended with code ${code}`));
        if (!opened) return;
        const lost = connection.#stopped(
          connection.#ending ?? `its thread ended with code ${code}`,
        );
        if (lost) options.onLost?.(lost);
      });
    });
  }

  /** Set once the thread has stopped, but for a close. */
  get lost(): DatabaseConnectionError | undefined {
    return this.#lost;
  }

  /** True when this connection's thread made the cluster (initdb) before opening it. */
  get madeCluster(): boolean {
    return this.#made;
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
    this.#ending ??= why;
    await this.#worker.terminate();
  }

  /** Closes the database (a checkpoint) and ends the thread. */
  async close(): Promise<void> {
    if (this.#lost !== undefined || this.#closing) return;
    this.#closing = true;
    try {
      await this.#send({ op: "close" });
    } finally {
      // The database is closed (or the thread is gone): nothing in it is left to wait for.
      await this.#worker.terminate();
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
