/**
 * Turns what `pg` or PGlite throws into the manager's database errors: a
 * connection that cannot be made or was lost is DPT002-E ("Database
 * connection failed"), a statement the database refused is DPT003-E ("Error
 * occurred while accessing database").
 */
import { DatabaseConnectionError, DatabaseError, DatabaseQueryError } from "../errors.ts";

/** Socket-level failures: the server is not there or went away. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "ENOENT", // a Unix socket path that does not exist
]);

/** SQLSTATEs that mean the server cannot serve us now, but may later. */
const TRANSIENT_SQLSTATES = new Set([
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up)
  "53300", // too_many_connections
]);

/** SQLSTATEs that mean this connection will never be accepted as configured. */
const REFUSED_SQLSTATES = new Set([
  "28000", // invalid_authorization_specification
  "28P01", // invalid_password
  "3D000", // invalid_catalog_name: the database does not exist
]);

/** Messages of `pg` for a connection it lost or could not open in time. */
const CONNECTION_MESSAGE =
  /connection terminated|connection timeout|timeout expired|timeout exceeded when trying to connect|connection error|not queryable|client was closed|cannot use a pool after calling end/i;

interface ErrorFields {
  readonly code: string | undefined;
  readonly message: string;
  readonly detail: string | undefined;
  readonly constraint: string | undefined;
}

function stringField(error: object, key: string): string | undefined {
  const value = (error as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function fieldsOf(error: unknown): ErrorFields {
  if (typeof error !== "object" || error === null) {
    return { code: undefined, message: String(error), detail: undefined, constraint: undefined };
  }
  let message = error instanceof Error ? error.message : String(error);
  // Node reports a refused dual-stack connect as an AggregateError with no message.
  if (message === "" && error instanceof AggregateError) {
    message = [...new Set(error.errors.map((e: unknown) => fieldsOf(e).message))].join("; ");
  }
  const code = stringField(error, "code");
  if (message === "") message = code ?? "unknown error";
  return {
    code,
    message,
    detail: stringField(error, "detail"),
    constraint: stringField(error, "constraint"),
  };
}

const isSqlState = (code: string | undefined): code is string =>
  code !== undefined && /^[0-9A-Z]{5}$/.test(code);

/** True when `error` says the connection could not be made or was lost. */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof DatabaseConnectionError) return true;
  const { code, message } = fieldsOf(error);
  if (code !== undefined && NETWORK_CODES.has(code)) return true;
  if (isSqlState(code)) {
    return code.startsWith("08") || TRANSIENT_SQLSTATES.has(code) || REFUSED_SQLSTATES.has(code);
  }
  return CONNECTION_MESSAGE.test(message);
}

/**
 * The manager's error for `error`. `phase` says what was being done: while
 * connecting, every failure is a connection failure.
 */
export function toDatabaseError(error: unknown, phase: "connect" | "query"): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const { code, message, detail, constraint } = fieldsOf(error);
  const sqlState = isSqlState(code) ? code : undefined;
  if (phase === "connect" || isConnectionFailure(error)) {
    const refused = sqlState !== undefined && REFUSED_SQLSTATES.has(sqlState);
    const transient = !refused && isConnectionFailure(error);
    return new DatabaseConnectionError(message, { cause: error, sqlState, transient });
  }
  const reason = detail === undefined ? message : `${message} (${detail})`;
  return new DatabaseQueryError(reason, { cause: error, sqlState, constraint });
}

/** Runs `fn`; any failure is rethrown as the manager's database error. */
export async function translateErrors<T>(
  phase: "connect" | "query",
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toDatabaseError(error, phase);
  }
}
