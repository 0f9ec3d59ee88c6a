/**
 * The messages between the manager's thread and the embedded database's
 * thread (embedded-connection.ts, embedded-worker.ts). Everything in them
 * is copied by the structured clone algorithm: parameters and rows keep
 * their types (Date, Uint8Array, numbers, parsed jsonb).
 */
import type { QueryResult, SqlParam } from "./database.ts";
import type { PgliteAssets } from "./pglite-assets.ts";

/** Opens a database in the thread (one at a time: the one before is closed). */
export interface EmbeddedOpen {
  readonly op: "open";
  /** The cluster's directory (`<data-dir>/db`). */
  readonly path: string;
  /** Opening it again: a cluster that has gone is an error, not one to make anew. */
  readonly mustExist: boolean;
  /** PGlite's compiled WebAssembly and file-system bundle (pglite-assets.ts). */
  readonly assets: PgliteAssets;
  /** The schema to work in (set on the connection as its search_path). */
  readonly schema: string | undefined;
}

/** A unit of work for the worker. */
export type EmbeddedOp =
  | { readonly op: "query"; readonly sql: string; readonly params: readonly SqlParam[] | undefined }
  | { readonly op: "exec"; readonly sql: string }
  /** COMMIT, failing when PostgreSQL answers ROLLBACK (a statement in the transaction failed). */
  | { readonly op: "commit" }
  | { readonly op: "close" };

/** A unit of work as sent: `id` pairs it with its answer. */
export type EmbeddedRequest = EmbeddedOp & { readonly id: number };

/** What of an error survives the trip (what classify-error.ts reads). */
export interface ErrorFields {
  readonly message: string;
  readonly code?: string | undefined;
  readonly detail?: string | undefined;
  readonly constraint?: string | undefined;
}

/** The worker's messages. */
export type EmbeddedReply =
  /** The database is open. */
  | { readonly type: "ready" }
  /** The database could not be opened; the manager ends the thread. */
  | { readonly type: "open-failed"; readonly error: ErrorFields }
  /** A flush failed: the process must stop (pglite-durability.ts). */
  | { readonly type: "flush-failed"; readonly message: string }
  /** PostgreSQL itself failed: the thread ends, and the statement it ran fails as a lost connection. */
  | { readonly type: "fatal"; readonly message: string }
  | { readonly type: "done"; readonly id: number; readonly result: QueryResult<unknown> | null }
  | { readonly type: "failed"; readonly id: number; readonly error: ErrorFields };

const stringField = (error: object, key: string): string | undefined => {
  const value = (error as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
};

/** The fields of `error` that cross to the other thread. */
export function errorFields(error: unknown): ErrorFields {
  if (typeof error !== "object" || error === null) return { message: String(error) };
  return {
    message: error instanceof Error ? error.message : String(error),
    code: stringField(error, "code"),
    detail: stringField(error, "detail"),
    constraint: stringField(error, "constraint"),
  };
}

/** An error built again from its fields, for classify-error.ts. */
export function errorFromFields(fields: ErrorFields): Error {
  const { message, ...rest } = fields;
  return Object.assign(new Error(message), rest);
}
