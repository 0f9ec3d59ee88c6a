/**
 * The embedded database: PostgreSQL compiled to WebAssembly (PGlite), kept
 * in `<data-dir>/db`, so the manager needs nothing installed (contract §7).
 *
 * PGlite has a single connection, and runs a statement synchronously. One
 * statement or one transaction runs at a time, the rest wait at a gate
 * (turn-gate.ts) that starts each in a turn of the event loop of its own, so
 * a queue of statements never holds sockets and timers for long; a
 * transaction here is serialised against all other work. Inside a
 * transaction the callback must use its `tx`: a call on the database handle
 * itself would queue behind the transaction that is waiting for it, so it is
 * refused with `DatabaseMisuseError` instead. A commit is on disk when it
 * returns, as on a PostgreSQL server (pglite-durability.ts).
 *
 * PostgreSQL in single-user mode, as PGlite runs it, has no checkpointer:
 * left alone it checkpoints only when it stops, so the WAL would grow for
 * as long as the manager runs (220 MB of it with max_wal_size 32 MB, not
 * one checkpoint) and a start after a crash would replay all of it. A
 * CHECKPOINT runs every `checkpointIntervalMs` instead, at the gate like
 * any statement; one that fails is tried again at the next.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { PGlite, type Results, type Transaction } from "@electric-sql/pglite";
import { DatabaseClosedError, DatabaseMisuseError } from "../errors.ts";
import { flushTree, syncDirectory } from "../files/sync-directory.ts";
import { toDatabaseError, translateErrors } from "./classify-error.ts";
import type { Database, Queryable, QueryResult, SqlParam } from "./database.ts";
import { acquireDirectoryLock, type DirectoryLock } from "./directory-lock.ts";
import { Inflight } from "./inflight.ts";
import { checkDataOnNodeFs, DURABLE_START_PARAMS, durableFlushes } from "./pglite-durability.ts";
import { createTransactionHandle } from "./transaction-handle.ts";
import { TurnGate } from "./turn-gate.ts";
import { INT8_OID, parseInt8 } from "./type-parsers.ts";

export interface EmbeddedDatabaseOptions {
  /** The manager's data directory; the database lives in its `db` sub-directory. */
  readonly dataDir: string;
  /** Time between two checkpoints (default 5 min, PostgreSQL's checkpoint_timeout). */
  readonly checkpointIntervalMs?: number;
}

const DEFAULT_CHECKPOINT_INTERVAL_MS = 5 * 60_000;

/** Where the embedded database of a data directory lives. */
export const embeddedDatabasePath = (dataDir: string) => join(dataDir, "db");

const toResult = <R>(result: Results<R>): QueryResult<R> => ({
  rows: result.rows,
  rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
});

/** The statements of one PGlite connection (the database, or a transaction on it). */
const runnerOf = (target: PGlite | Transaction): Queryable => ({
  query: <R>(sql: string, params?: readonly SqlParam[]) =>
    translateErrors("query", async () => toResult(await target.query<R>(sql, params?.slice()))),
  exec: (sql: string) =>
    translateErrors("query", async () => {
      await target.exec(sql);
    }),
});

class EmbeddedDatabase implements Database {
  readonly kind = "embedded";
  readonly #pglite: PGlite;
  readonly #lock: DirectoryLock;
  readonly #runner: Queryable;
  readonly #inflight = new Inflight();
  /** One statement or transaction at a time, each in a turn of the event loop of its own. */
  readonly #gate = new TurnGate();
  /** Set while this handle's own transaction callback runs. */
  readonly #inTransaction = new AsyncLocalStorage<true>();
  #closed = false;

  readonly #checkpoints: NodeJS.Timeout;

  constructor(pglite: PGlite, lock: DirectoryLock, checkpointIntervalMs: number) {
    this.#pglite = pglite;
    this.#lock = lock;
    this.#runner = runnerOf(pglite);
    this.#checkpoints = setInterval(() => {
      if (this.#closed) return;
      void this.#inflight
        .track(() => this.#gate.run(() => this.#runner.exec("CHECKPOINT")))
        .catch(() => undefined);
    }, checkpointIntervalMs).unref();
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

  async query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<QueryResult<R>> {
    this.#checkUsable("query()");
    return this.#inflight.track(() => this.#gate.run(() => this.#runner.query<R>(sql, params)));
  }

  async exec(sql: string): Promise<void> {
    this.#checkUsable("exec()");
    return this.#inflight.track(() => this.#gate.run(() => this.#runner.exec(sql)));
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    this.#checkUsable("transaction()");
    return this.#inflight.track(() => this.#gate.run(() => this.#transaction(fn)));
  }

  async #transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    let failure: { error: unknown } | undefined;
    try {
      return await this.#pglite.transaction(async (pgTx) => {
        const handle = createTransactionHandle(runnerOf(pgTx));
        try {
          return await this.#inTransaction.run(true, () => fn(handle.tx));
        } catch (error) {
          failure = { error };
          throw error;
        } finally {
          handle.end();
        }
      });
    } catch (error) {
      // The callback's own error goes out as it is; BEGIN/COMMIT failures are translated.
      if (failure !== undefined && failure.error === error) throw error;
      throw toDatabaseError(error, "query");
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#checkpoints);
    await this.#inflight.drain();
    try {
      await this.#pglite.close();
    } finally {
      await this.#lock.release();
    }
  }
}

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
    const pglite = await translateErrors("connect", async () => {
      // A new cluster is unpacked without a flush: flushed whole once made.
      const made = !existsSync(join(path, "PG_VERSION"));
      const opened = await PGlite.create(path, {
        parsers: { [INT8_OID]: parseInt8 },
        startParams: [...DURABLE_START_PARAMS],
        extensions: { durableFlushes: durableFlushes() },
      });
      try {
        checkDataOnNodeFs(opened);
        if (made) {
          await flushTree(path);
          await syncDirectory(options.dataDir);
        }
      } catch (error) {
        await opened.close();
        throw error;
      }
      return opened;
    });
    return new EmbeddedDatabase(
      pglite,
      lock,
      options.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS,
    );
  } catch (error) {
    await lock.release();
    throw error;
  }
}
