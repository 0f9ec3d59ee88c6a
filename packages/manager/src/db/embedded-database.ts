/**
 * The embedded database: PostgreSQL compiled to WebAssembly (PGlite), kept
 * in `<data-dir>/db`, so the manager needs nothing installed (contract §7).
 *
 * PGlite runs a statement synchronously, so it runs in a thread of its own
 * (embedded-worker.ts): however long a statement, a checkpoint or a batch
 * of a thousand status reports takes, the manager's sockets and timers go
 * on. It has a single connection, which runs what it is sent in order:
 * statements are sent as they come, but a transaction has it to itself, and
 * what comes while one is open or waiting goes after it
 * (transaction-gate.ts); a transaction here is serialised against all
 * other work. Inside a transaction the callback must use its `tx`: a call
 * on the database handle itself would queue behind the transaction that
 * is waiting for it, so it is refused with `DatabaseMisuseError` instead. A commit is on disk when it returns, as on
 * a PostgreSQL server (pglite-durability.ts). When the database's thread
 * stops unexpectedly, what it was running fails with a transient
 * `DatabaseConnectionError`, `onLost` is told, and the database opens again
 * (PostgreSQL replays its WAL) for the statements it never got to, which
 * are sent again, and for the next ones.
 *
 * PostgreSQL in single-user mode, as PGlite runs it, has no checkpointer:
 * left alone it checkpoints only when it stops, so the WAL would grow for
 * as long as the manager runs (220 MB of it with max_wal_size 32 MB, not
 * one checkpoint) and a start after a crash would replay all of it. A
 * CHECKPOINT runs every `checkpointIntervalMs` instead, as any
 * statement; one that fails is tried again at the next.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { DatabaseError } from "../errors.ts";
import { DatabaseClosedError, DatabaseMisuseError } from "../errors.ts";
import { translateErrors } from "./classify-error.ts";
import type { Database, Queryable, QueryResult, SqlParam } from "./database.ts";
import { acquireDirectoryLock, type DirectoryLock } from "./directory-lock.ts";
import { EmbeddedConnection, NotStartedError } from "./embedded-connection.ts";
import { Inflight } from "./inflight.ts";
import { assertSchemaName } from "./schema-name.ts";
import { TransactionGate } from "./transaction-gate.ts";
import { createTransactionHandle } from "./transaction-handle.ts";

export interface EmbeddedDatabaseOptions {
  /** The manager's data directory; the database lives in its `db` sub-directory. */
  readonly dataDir: string;
  /** Time between two checkpoints (default 5 min, PostgreSQL's checkpoint_timeout). */
  readonly checkpointIntervalMs?: number;
  /** Told when the database's thread stopped unexpectedly (it opens again at the next statement). */
  readonly onLost?: (error: DatabaseError) => void;
  /** The database thread's JavaScript heap, in MiB (default 512: rows on their way out). */
  readonly heapLimitMb?: number;
  /** Work in this schema (its search_path), on every connection. */
  readonly schema?: string | undefined;
}

const DEFAULT_CHECKPOINT_INTERVAL_MS = 5 * 60_000;

/** Where the embedded database of a data directory lives. */
export const embeddedDatabasePath = (dataDir: string) => join(dataDir, "db");

class EmbeddedDatabase implements Database {
  readonly kind = "embedded";
  readonly #path: string;
  readonly #lock: DirectoryLock;
  readonly #options: EmbeddedDatabaseOptions;
  #connection: EmbeddedConnection;
  /** The connection opened again after one was lost, while it opens. */
  #reopening: Promise<EmbeddedConnection> | undefined;
  readonly #inflight = new Inflight();
  /** Statements as they come, a transaction with the connection to itself. */
  readonly #gate = new TransactionGate();
  /** Set while this handle's own transaction callback runs. */
  readonly #inTransaction = new AsyncLocalStorage<true>();
  #closed = false;

  readonly #checkpoints: NodeJS.Timeout;

  constructor(
    path: string,
    connection: EmbeddedConnection,
    lock: DirectoryLock,
    options: EmbeddedDatabaseOptions,
  ) {
    this.#path = path;
    this.#connection = connection;
    this.#lock = lock;
    this.#options = options;
    this.#checkpoints = setInterval(() => {
      if (this.#closed) return;
      void this.#inflight
        .track(() => this.#gate.statement(() => this.#withConnection((c) => c.exec("CHECKPOINT"))))
        .catch(() => undefined);
    }, options.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS).unref();
  }

  get closed(): boolean {
    return this.#closed;
  }

  #checkUsable(what: string): void {
    if (this.#closed) throw new DatabaseClosedError();
    if (this.#inTransaction.getStore()) {
      throw new DatabaseMisuseError(
        `${what} on the embedded database inside one of its own transactions; use the transaction's handle`,
      );
    }
  }

  /**
   * Runs `fn` on the open connection: at once (statements sent in the
   * order they came), or once a connection that was lost is open again.
   * What a lost thread never started is sent again on the next connection
   * (twice at most: a database that keeps stopping fails it as lost).
   */
  #withConnection<T>(fn: (connection: EmbeddedConnection) => Promise<T>, tries = 3): Promise<T> {
    return this.#onConnection(fn).catch((error: unknown) => {
      if (!(error instanceof NotStartedError)) throw error;
      if (tries <= 1) throw error.lost;
      return this.#withConnection(fn, tries - 1);
    });
  }

  #onConnection<T>(fn: (connection: EmbeddedConnection) => Promise<T>): Promise<T> {
    if (this.#connection.lost === undefined) return fn(this.#connection);
    this.#reopening ??= openConnection(this.#path, { ...this.#options, mustExist: true }).then(
      (connection) => {
        this.#connection = connection;
        this.#reopening = undefined;
        return connection;
      },
      (error: unknown) => {
        this.#reopening = undefined;
        throw error;
      },
    );
    return this.#reopening.then(fn);
  }

  async query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<QueryResult<R>> {
    this.#checkUsable("query()");
    return this.#inflight.track(() =>
      this.#gate.statement(() => this.#withConnection((c) => c.query<R>(sql, params))),
    );
  }

  async exec(sql: string): Promise<void> {
    this.#checkUsable("exec()");
    return this.#inflight.track(() =>
      this.#gate.statement(() => this.#withConnection((c) => c.exec(sql))),
    );
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    this.#checkUsable("transaction()");
    return this.#inflight.track(() =>
      this.#gate.transaction(() => this.#withConnection((c) => this.#transaction(c, fn))),
    );
  }

  async #transaction<T>(
    connection: EmbeddedConnection,
    fn: (tx: Queryable) => Promise<T>,
  ): Promise<T> {
    // A BEGIN never started is sent again with the whole transaction (its callback has not run);
    // past it, what the thread did not get to is lost with the transaction.
    await connection.exec("BEGIN");
    const handle = createTransactionHandle({
      query: (sql, params) => asLost(connection.query(sql, params)),
      exec: (sql) => asLost(connection.exec(sql)),
    });
    let result: T;
    try {
      result = await this.#inTransaction.run(true, () => fn(handle.tx));
    } catch (error) {
      handle.end();
      // The callback's own error goes out as it is, whatever ROLLBACK does.
      await rollback(connection);
      throw error;
    }
    handle.end();
    try {
      await asLost(connection.commit());
    } catch (error) {
      await rollback(connection);
      throw error;
    }
    return result;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#checkpoints);
    await this.#inflight.drain();
    try {
      // The drain waited for any opening again: this is the last connection.
      await this.#connection.close();
    } finally {
      await this.#lock.release();
    }
  }
}

/** Inside a transaction, a statement the thread never started fails as the transaction does. */
const asLost = <T>(statement: Promise<T>): Promise<T> =>
  statement.catch((error: unknown) => {
    throw error instanceof NotStartedError ? error.lost : error;
  });

/**
 * Ends a transaction that failed. A connection that cannot roll back may
 * still be inside it, where every later statement would be lost: it is
 * given up, and the next statement opens the database again.
 */
async function rollback(connection: EmbeddedConnection): Promise<void> {
  try {
    await connection.exec("ROLLBACK");
  } catch (error) {
    if (connection.lost !== undefined) return;
    await connection.discard(`a transaction could not be rolled back (${String(error)})`);
  }
}

const openConnection = (path: string, options: EmbeddedDatabaseOptions & { mustExist?: boolean }) =>
  EmbeddedConnection.open(path, {
    schema: options.schema,
    heapLimitMb: options.heapLimitMb,
    onLost: options.onLost,
    mustExist: options.mustExist,
  });

/**
 * Opens (creating on first use) the embedded database of `dataDir`. Fails
 * with `DatabaseConnectionError` (DPT002-E) when it cannot be opened or
 * another process holds it.
 */
export async function openEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<Database> {
  const path = embeddedDatabasePath(options.dataDir);
  await translateErrors("connect", () => mkdir(options.dataDir, { recursive: true }));
  const lock = await acquireDirectoryLock(`${path}.lock`, `embedded database in ${path}`);
  try {
    if (options.schema !== undefined) assertSchemaName(options.schema);
    const connection = await openConnection(path, options);
    return new EmbeddedDatabase(path, connection, lock, options);
  } catch (error) {
    await lock.release();
    throw error;
  }
}
