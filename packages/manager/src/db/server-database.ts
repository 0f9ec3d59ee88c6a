/**
 * A PostgreSQL server named by a URL (PATCHCAST_DATABASE_URL or
 * --database-url; contract §7), through a `pg` connection pool.
 *
 * With `schema`, every connection of the pool works in that schema
 * (`search_path`), so several managers or test runs can share one database
 * without seeing each other's tables. A connection lost while idle is dropped
 * from the pool and reported to `onBackgroundError`; the next statement opens
 * a new one, so the manager carries on once the server is back.
 */
import pg from "pg";
import { DatabaseClosedError, type DatabaseError, DatabaseQueryError } from "../errors.ts";
import { isConnectionFailure, toDatabaseError, translateErrors } from "./classify-error.ts";
import type { Database, Queryable, QueryResult, SqlParam } from "./database.ts";
import { parseDatabaseUrl } from "./database-url.ts";
import { Inflight } from "./inflight.ts";
import { assertSchemaName, quoteIdentifier } from "./schema-name.ts";
import { createTransactionHandle } from "./transaction-handle.ts";
import { INT8_OID, parseInt8 } from "./type-parsers.ts";

export interface ServerDatabaseOptions {
  /** `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?…]` */
  readonly url: string;
  /** Work in this schema (created by the migrations when missing). */
  readonly schema?: string | undefined;
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number | undefined;
  /** How long to wait for a connection (default 5,000 ms). */
  readonly connectTimeoutMs?: number | undefined;
  /** Told of failures outside any statement: an idle connection the server dropped. */
  readonly onBackgroundError?: ((error: DatabaseError) => void) | undefined;
}

type PgRunner = Pick<pg.PoolClient, "query">;

const runnerOf = (client: PgRunner): Queryable => ({
  query: <R>(sql: string, params?: readonly SqlParam[]) =>
    translateErrors("query", async () => {
      const result = await client.query(sql, params?.slice());
      return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
    }),
  exec: (sql: string) =>
    translateErrors("query", async () => {
      await client.query(sql);
    }),
});

class ServerDatabase implements Database {
  readonly kind = "server";
  readonly #pool: pg.Pool;
  readonly #runner: Queryable;
  readonly #inflight = new Inflight();
  #closed = false;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
    this.#runner = runnerOf(pool);
  }

  get closed(): boolean {
    return this.#closed;
  }

  #checkOpen(): void {
    if (this.#closed) throw new DatabaseClosedError();
  }

  async query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<QueryResult<R>> {
    this.#checkOpen();
    return this.#inflight.track(() => this.#runner.query<R>(sql, params));
  }

  async exec(sql: string): Promise<void> {
    this.#checkOpen();
    return this.#inflight.track(() => this.#runner.exec(sql));
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    this.#checkOpen();
    return this.#inflight.track(async () => {
      const client = await translateErrors("query", () => this.#pool.connect());
      const runner = runnerOf(client);
      const handle = createTransactionHandle(runner);
      let broken = false;
      // A connection lost between two statements is emitted as an "error" by the client, which
      // the pool listens for only while it is idle: unheard, it would end the process. The next
      // statement fails on its own, and the client is not given back to the pool.
      const onLost = () => {
        broken = true;
      };
      client.on("error", onLost);
      let failure: { error: unknown } | undefined;
      try {
        await runner.exec("BEGIN");
        let result: T;
        try {
          result = await fn(handle.tx);
        } catch (error) {
          failure = { error };
          throw error;
        }
        const commit = await client.query("COMMIT").catch((error: unknown) => {
          throw toDatabaseError(error, "query");
        });
        // COMMIT of a transaction in which a statement failed answers ROLLBACK, not an error.
        if (commit.command === "ROLLBACK") {
          throw new DatabaseQueryError(
            "the transaction was rolled back because a statement in it failed",
          );
        }
        return result;
      } catch (error) {
        broken = isConnectionFailure(error);
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
        if (failure !== undefined && failure.error === error) throw error;
        throw toDatabaseError(error, "query");
      } finally {
        handle.end();
        client.off("error", onLost);
        client.release(broken);
      }
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#inflight.drain();
    await this.#pool.end();
  }
}

/**
 * Connects to the server at `options.url` and checks that it answers.
 * Fails with `DatabaseDsnError` (DPT004-E) for a bad URL and
 * `DatabaseConnectionError` (DPT002-E) when the server cannot be reached or
 * refuses the login.
 */
export async function openServerDatabase(options: ServerDatabaseOptions): Promise<Database> {
  const url = parseDatabaseUrl(options.url);
  if (options.schema !== undefined) assertSchemaName(options.schema);
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, parseInt8);
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    application_name: "patchcast-manager",
    types,
    ...(options.schema === undefined
      ? {}
      : { options: `-c search_path=${quoteIdentifier(options.schema)}` }),
  });
  pool.on("error", (error) => options.onBackgroundError?.(toDatabaseError(error, "connect")));
  try {
    await translateErrors("connect", () => pool.query("SELECT 1"));
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return new ServerDatabase(pool);
}
