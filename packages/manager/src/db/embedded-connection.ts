/**
 * The manager's end of the embedded database's thread (embedded-worker.ts):
 * starts the thread, sends it statements and pairs each answer with its
 * statement. The thread keeps the process alive only while a statement is
 * on its way, so a forgotten handle never holds a process open, and an
 * awaited statement never lets it end. A thread that stops unexpectedly
 * (an uncaught error, a WebAssembly abort, rows beyond its heap) fails what
 * it was running with a transient DatabaseConnectionError and tells `onLost`; a failed flush stops
 * the process (pglite-durability.ts).
 */
import { Worker } from "node:worker_threads";
import { DatabaseConnectionError } from "../errors.ts";
import { toDatabaseError } from "./classify-error.ts";
import type { QueryResult, SqlParam } from "./database.ts";
import {
  type EmbeddedOp,
  type EmbeddedReply,
  type EmbeddedRequest,
  type EmbeddedWorkerData,
  errorFromFields,
} from "./embedded-protocol.ts";
import { stopOnFailedFlush } from "./pglite-durability.ts";

const WORKER_URL = new URL("./embedded-worker.mjs", import.meta.url);

interface Pending {
  readonly resolve: (result: QueryResult<unknown> | null) => void;
  readonly reject: (error: Error) => void;
}

/** The database thread's JavaScript heap (rows on their way out): far above any statement's. */
export const DEFAULT_HEAP_LIMIT_MB = 512;

export interface EmbeddedConnectionOptions {
  /**
   * The most JavaScript heap the thread may use (default 512 MiB). A
   * statement whose rows would take more ends the thread, not the process.
   */
  readonly heapLimitMb?: number;
  /** The thread stopped on its own: what it was running has failed with `error`. */
  readonly onLost?: (error: DatabaseConnectionError) => void;
  /** A flush failed in the database (default: the process stops). */
  readonly onFlushFailed?: (message: string) => void;
}

export class EmbeddedConnection {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #lost: DatabaseConnectionError | undefined;
  #closing = false;

  private constructor(worker: Worker) {
    this.#worker = worker;
  }

  /** Starts the thread and opens the cluster in `path`; fails with DatabaseConnectionError. */
  static open(path: string, options: EmbeddedConnectionOptions = {}): Promise<EmbeddedConnection> {
    const workerData: EmbeddedWorkerData = { path };
    const worker = new Worker(WORKER_URL, {
      workerData,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB },
    });
    const connection = new EmbeddedConnection(worker);
    const onFlushFailed = options.onFlushFailed ?? stopOnFailedFlush;
    return new Promise((resolve, reject) => {
      let ready = false;
      const failOpen = (error: unknown) => {
        if (ready) return;
        ready = true;
        reject(toDatabaseError(error, "connect"));
        void worker.terminate();
      };
      worker.on("message", (message: EmbeddedReply) => {
        switch (message.type) {
          case "ready":
            ready = true;
            worker.unref();
            resolve(connection);
            return;
          case "open-failed":
            failOpen(errorFromFields(message.error));
            return;
          case "flush-failed":
            onFlushFailed(message.message);
            return;
          default:
            connection.#answer(message);
        }
      });
      worker.on("error", (error) => {
        failOpen(error);
        connection.#stopped(`an error in its thread: ${error.message}`);
      });
      worker.on("exit", (code) => {
        failOpen(new Error(`its thread ended with code ${code} before the database opened`));
        connection.#stopped(`its thread ended with code ${code}`);
        if (connection.#lost !== undefined) options.onLost?.(connection.#lost);
      });
    });
  }

  /** Set once the thread stopped on its own. */
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

  /** Closes the database (a checkpoint) and ends the thread. */
  async close(): Promise<void> {
    if (this.#lost !== undefined || this.#closing) return;
    this.#closing = true;
    const ended = new Promise((resolve) => this.#worker.once("exit", resolve));
    try {
      await this.#send({ op: "close" });
    } finally {
      // Held until the thread has ended, or the process could end first.
      this.#worker.ref();
      await ended;
    }
  }

  #send(op: EmbeddedOp): Promise<QueryResult<unknown> | null> {
    if (this.#lost !== undefined) return Promise.reject(this.#lost);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve, reject });
      const request: EmbeddedRequest = { ...op, id };
      this.#worker.postMessage(request);
    });
  }

  #settle(id: number): Pending | undefined {
    const pending = this.#pending.get(id);
    this.#pending.delete(id);
    if (this.#pending.size === 0 && !this.#closing) this.#worker.unref();
    return pending;
  }

  #answer(message: Extract<EmbeddedReply, { id: number }>): void {
    const pending = this.#settle(message.id);
    if (message.type === "done") pending?.resolve(message.result);
    else pending?.reject(toDatabaseError(errorFromFields(message.error), "query"));
  }

  #stopped(why: string): void {
    if (this.#lost !== undefined) return;
    if (this.#closing && this.#pending.size === 0) return;
    this.#lost = new DatabaseConnectionError(`the embedded database stopped: ${why}`, {
      transient: true,
    });
    for (const id of [...this.#pending.keys()]) this.#settle(id)?.reject(this.#lost);
  }
}
