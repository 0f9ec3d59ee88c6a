/** Failures of the database layer: DPT002-E, DPT003-E and DPT004-E among them. */
import { type DptMessageId, formatDptMessage } from "../dpt/messages.ts";
import type { ManagerErrorCode } from "./catalogue.ts";
import { ManagerError } from "./manager-error.ts";

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
