/**
 * Every error the manager raises on purpose, in one catalogue (the habit of
 * fastify's lib/errors.js): a stable code equal to its key, the HTTP status
 * the admin API answers with, the DPT.LOG message it is written as (when it
 * has one), and what it means. README.md lists the same codes in its
 * "Errors" section; errors.test.ts keeps the two in step.
 */
import { type DptMessageId, formatDptMessage } from "./dpt/messages.ts";

export interface ManagerErrorSpec {
  readonly code: string;
  /** The status of an admin API answer that this error ends. */
  readonly statusCode: number;
  /** The DPT.LOG message this error is written as, when it has one (seed 000, table 8-2). */
  readonly dptMessageId: DptMessageId | null;
  readonly description: string;
}

export const MANAGER_ERRORS = Object.freeze({
  PC_MGR_DB_CONNECT: {
    code: "PC_MGR_DB_CONNECT",
    statusCode: 503,
    dptMessageId: "DPT002-E",
    description:
      "The manager could not connect to its database: the server refused or dropped the connection, timed out, rejected the login, or the embedded database could not be opened (another process holds the data directory). Connection failures that may pass are retried with backoff.",
  },
  PC_MGR_DB_QUERY: {
    code: "PC_MGR_DB_QUERY",
    statusCode: 500,
    dptMessageId: "DPT003-E",
    description:
      "A statement failed inside the database (a constraint, a type or a syntax error). The error carries the SQLSTATE and, for constraints, the constraint's name.",
  },
  PC_MGR_DB_DSN: {
    code: "PC_MGR_DB_DSN",
    statusCode: 500,
    dptMessageId: "DPT004-E",
    description:
      "The database URL (PATCHCAST_DATABASE_URL or --database-url) is empty, not a URL, not a postgres:// or postgresql:// URL, or names no host. The reason never repeats the password.",
  },
  PC_MGR_DB_MIGRATION: {
    code: "PC_MGR_DB_MIGRATION",
    statusCode: 500,
    dptMessageId: null,
    description:
      "A schema migration failed, or an applied migration no longer matches its file. Pending migrations run in one transaction, so a failure leaves the database as it was.",
  },
  PC_MGR_DB_SCHEMA_NEWER: {
    code: "PC_MGR_DB_SCHEMA_NEWER",
    statusCode: 500,
    dptMessageId: null,
    description:
      "The database holds migrations this manager does not know: a newer patchcast manager has upgraded it. Run the newer manager, or restore a backup taken before the upgrade.",
  },
  PC_MGR_PAYLOAD_TOO_LARGE: {
    code: "PC_MGR_PAYLOAD_TOO_LARGE",
    statusCode: 413,
    dptMessageId: null,
    description:
      "A package payload is larger than the manager accepts (4 GiB by default); nothing of it is kept.",
  },
  PC_MGR_PAYLOAD_DIGEST_MISMATCH: {
    code: "PC_MGR_PAYLOAD_DIGEST_MISMATCH",
    statusCode: 422,
    dptMessageId: null,
    description:
      "A package payload's SHA-256 is not the one announced for it (an upload or a download altered or cut on the way); nothing of it is kept.",
  },
  PC_MGR_DB_CLOSED: {
    code: "PC_MGR_DB_CLOSED",
    statusCode: 503,
    dptMessageId: null,
    description: "The database handle was used after close(), for example during shutdown.",
  },
  PC_MGR_DB_MISUSE: {
    code: "PC_MGR_DB_MISUSE",
    statusCode: 500,
    dptMessageId: null,
    description:
      "A programming error: a transaction's handle used after the transaction ended, or the database handle used inside one of its own transactions on the single-connection embedded database (it would wait forever).",
  },
} as const satisfies Record<string, ManagerErrorSpec>);

export type ManagerErrorCode = keyof typeof MANAGER_ERRORS;

/** An error of the manager: `code` is stable, `statusCode` is what the admin API answers. */
export class ManagerError extends Error {
  override name = "ManagerError";
  readonly code: ManagerErrorCode;
  readonly statusCode: number;

  constructor(code: ManagerErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.statusCode = MANAGER_ERRORS[code].statusCode;
  }
}

export interface DatabaseErrorOptions extends ErrorOptions {
  /** The SQLSTATE the database answered with, when it answered. */
  readonly sqlState?: string | undefined;
}

/** Any failure of the database layer. `reason` is the database's own message. */
export class DatabaseError extends ManagerError {
  override name = "DatabaseError";
  readonly reason: string;
  readonly sqlState: string | undefined;

  constructor(
    code: ManagerErrorCode,
    message: string,
    reason: string,
    options?: DatabaseErrorOptions,
  ) {
    super(code, message, options);
    this.reason = reason;
    this.sqlState = options?.sqlState;
  }
}

const dptText = (id: DptMessageId, reason: string) => formatDptMessage(id, { reason });

export interface DatabaseConnectionErrorOptions extends DatabaseErrorOptions {
  /** True when trying again later may succeed (refused, reset, timed out, server starting). */
  readonly transient?: boolean | undefined;
}

/** DPT002-E: "Database connection failed. Reason: …". */
export class DatabaseConnectionError extends DatabaseError {
  override name = "DatabaseConnectionError";
  readonly transient: boolean;

  constructor(reason: string, options?: DatabaseConnectionErrorOptions) {
    super("PC_MGR_DB_CONNECT", dptText("DPT002-E", reason), reason, options);
    this.transient = options?.transient ?? false;
  }
}

export interface DatabaseQueryErrorOptions extends DatabaseErrorOptions {
  /** The constraint a statement broke (`status_events_client_seq_key`). */
  readonly constraint?: string | undefined;
}

/** DPT003-E: "Error occurred while accessing database. Reason: …". */
export class DatabaseQueryError extends DatabaseError {
  override name = "DatabaseQueryError";
  readonly constraint: string | undefined;

  constructor(reason: string, options?: DatabaseQueryErrorOptions) {
    super("PC_MGR_DB_QUERY", dptText("DPT003-E", reason), reason, options);
    this.constraint = options?.constraint;
  }
}

/** DPT004-E: "Unable to get a DSN to connect or DSN invalid. Reason: …". */
export class DatabaseDsnError extends DatabaseError {
  override name = "DatabaseDsnError";

  constructor(reason: string, options?: ErrorOptions) {
    super("PC_MGR_DB_DSN", dptText("DPT004-E", reason), reason, options);
  }
}

/** A migration failed or does not match what was applied; nothing was changed. */
export class DatabaseMigrationError extends DatabaseError {
  override name = "DatabaseMigrationError";
  /** `002_add_x`: the migration concerned. */
  readonly migration: string;

  constructor(migration: string, reason: string, options?: DatabaseErrorOptions) {
    super(
      "PC_MGR_DB_MIGRATION",
      `Database migration ${migration} failed; the database was left as it was. Reason: ${reason}`,
      reason,
      options,
    );
    this.migration = migration;
  }
}

/** The database was migrated by a newer manager than this one. */
export class DatabaseSchemaNewerError extends DatabaseError {
  override name = "DatabaseSchemaNewerError";

  constructor(unknownVersions: readonly number[]) {
    const list = unknownVersions.map((v) => String(v).padStart(3, "0")).join(", ");
    const reason = `the database has migration(s) ${list}, which this manager does not know`;
    super(
      "PC_MGR_DB_SCHEMA_NEWER",
      `The database was upgraded by a newer patchcast manager: ${reason}.`,
      reason,
    );
  }
}

/** Used after close(). */
export class DatabaseClosedError extends DatabaseError {
  override name = "DatabaseClosedError";

  constructor() {
    const reason = "the database handle is closed";
    super("PC_MGR_DB_CLOSED", `The database handle is closed.`, reason);
  }
}

/** A programming error in the use of a database or transaction handle. */
export class DatabaseMisuseError extends DatabaseError {
  override name = "DatabaseMisuseError";

  constructor(reason: string) {
    super("PC_MGR_DB_MISUSE", `Database handle misused: ${reason}`, reason);
  }
}

/** True for a connection failure that may pass: worth trying again after a delay. */
export function isTransientDatabaseError(error: unknown): boolean {
  return error instanceof DatabaseConnectionError && error.transient;
}

/** A package payload over the size limit (PC_MGR_PAYLOAD_TOO_LARGE). */
export class PayloadTooLargeError extends ManagerError {
  override name = "PayloadTooLargeError";
  readonly limit: number;
  constructor(limit: number) {
    super("PC_MGR_PAYLOAD_TOO_LARGE", `payload exceeds the limit of ${limit} bytes`);
    this.limit = limit;
  }
}

/** A package payload whose SHA-256 is not the one announced (PC_MGR_PAYLOAD_DIGEST_MISMATCH). */
export class PayloadDigestMismatchError extends ManagerError {
  override name = "PayloadDigestMismatchError";
  readonly expected: string;
  readonly actual: string;
  constructor(expected: string, actual: string) {
    super("PC_MGR_PAYLOAD_DIGEST_MISMATCH", `payload SHA-256 must be ${expected}: got ${actual}`);
    this.expected = expected;
    this.actual = actual;
  }
}
