/**
 * The database the rest of the manager talks to: PostgreSQL, either embedded
 * (PGlite in the data directory) or a server (contract §7). Both run the
 * same SQL and give the same results:
 *
 * - parameters are `$1`-style; a `jsonb` parameter is passed as JSON text
 *   (`JSON.stringify(value)`), never as an object;
 * - `bigint`/`int8` columns come back as numbers, `timestamptz` as `Date`,
 *   `jsonb` parsed, `bytea` as `Uint8Array`;
 * - every failure is a `DatabaseError` from `../errors.ts`.
 */

export type DatabaseKind = "embedded" | "server";

/** A value bound to a `$n` parameter. */
export type SqlParam =
  | string
  | number
  | bigint
  | boolean
  | Date
  | Uint8Array
  | null
  | readonly string[]
  | readonly number[];

export interface QueryResult<R> {
  readonly rows: R[];
  /** Rows returned (SELECT) or changed (INSERT, UPDATE, DELETE). */
  readonly rowCount: number;
}

/** What both a database and a transaction can run. */
export interface Queryable {
  /** One statement, with `$1`-style parameters. */
  query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<QueryResult<R>>;
  /** A script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  readonly closed: boolean;
  /**
   * Runs `fn` in a transaction: COMMIT when it resolves, ROLLBACK when it
   * throws (and the error is rethrown). Inside `fn` use `tx`, not the
   * database handle: the embedded database has a single connection.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Waits for running work, then releases the connection(s). Idempotent. */
  close(): Promise<void>;
}
