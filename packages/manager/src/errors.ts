/**
 * Every error the manager raises on purpose, in one catalogue (the habit of
 * fastify's lib/errors.js): a stable code equal to its key, the HTTP status
 * the admin API answers with, the DPT.LOG message it is written as (when it
 * has one), and what it means. README.md lists the same codes in its
 * "Errors" section; errors.test.ts keeps the two in step.
 */
import { type DptMessageId, formatDptMessage } from "./dpt/messages.ts";
import type { RuleNotice } from "./jobs/job-rules.ts";

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
  PC_MGR_NOT_FOUND: {
    code: "PC_MGR_NOT_FOUND",
    statusCode: 404,
    dptMessageId: null,
    description:
      "The client, destination group, cabinet, package, job or job execution named does not exist (or no longer does). The error names the kind of object and the key asked for.",
  },
  PC_MGR_ALREADY_EXISTS: {
    code: "PC_MGR_ALREADY_EXISTS",
    statusCode: 409,
    dptMessageId: null,
    description:
      "An object with that identity already exists: a destination group name, a cabinet ID or a cabinet name that is taken.",
  },
  PC_MGR_INVALID_INPUT: {
    code: "PC_MGR_INVALID_INPUT",
    statusCode: 422,
    dptMessageId: null,
    description:
      'A value breaks its rule: a cabinet ID that is not two upper-case letters or digits, a cabinet name that is not 1-32 characters without \\ / * " : ; or space, a group, job or package field out of its limits, an unknown job state or maintenance code. The error names the field.',
  },
  PC_MGR_IN_USE: {
    code: "PC_MGR_IN_USE",
    statusCode: 409,
    dptMessageId: null,
    description:
      "A destination group or a package cannot be deleted while a job refers to it; the error lists those jobs. Delete the jobs first.",
  },
  PC_MGR_PACKAGE_EXISTS: {
    code: "PC_MGR_PACKAGE_EXISTS",
    statusCode: 409,
    dptMessageId: "DPT012-W",
    description:
      "The cabinet already holds a package with the same package ID, version and generation; it is not packaged twice (contract §5).",
  },
  PC_MGR_CABINET_FULL: {
    code: "PC_MGR_CABINET_FULL",
    statusCode: 409,
    dptMessageId: null,
    description:
      "The cabinet already holds 5,000 packages, the most a cabinet may hold (contract §5). Delete packages or use another cabinet.",
  },
  PC_MGR_JOB_REFUSED: {
    code: "PC_MGR_JOB_REFUSED",
    statusCode: 422,
    dptMessageId: null,
    description:
      "A job breaks the rules of its destination (seed 001, Appendix B.5 (1)): the error lists every rule broken, each with its rule ID, message and detail. Nothing is saved or executed.",
  },
  PC_MGR_NOT_A_DESTINATION: {
    code: "PC_MGR_NOT_A_DESTINATION",
    statusCode: 403,
    dptMessageId: null,
    description:
      "A PC reported the status of a job execution it is not a destination of (or that no longer exists); the report is not stored.",
  },
  PC_MGR_API_BAD_REQUEST: {
    code: "PC_MGR_API_BAD_REQUEST",
    statusCode: 400,
    dptMessageId: null,
    description:
      "An admin API request does not match the route's schema: a field missing, of the wrong type, out of its limits or unknown, a body that is not valid JSON, or a query parameter that does not parse. The answer names the field when one is at fault.",
  },
  PC_MGR_API_UNAUTHENTICATED: {
    code: "PC_MGR_API_UNAUTHENTICATED",
    statusCode: 401,
    dptMessageId: null,
    description:
      "An admin API call other than login came without a valid token: no Authorization: Bearer header, or a token that is unknown, expired or logged out. Log in again (POST /api/v1/login).",
  },
  PC_MGR_API_LOGIN_FAILED: {
    code: "PC_MGR_API_LOGIN_FAILED",
    statusCode: 401,
    dptMessageId: null,
    description:
      "The administrator ID or the password is wrong. The answer is the same whichever part was wrong, and each failure counts towards slowing down further attempts.",
  },
  PC_MGR_API_RATE_LIMITED: {
    code: "PC_MGR_API_RATE_LIMITED",
    statusCode: 429,
    dptMessageId: null,
    description:
      "Too many failed logins for that administrator ID or from that address: logins are refused until the delay in the Retry-After header has passed. The delay doubles with each further failure, up to a cap.",
  },
  PC_MGR_API_ROUTE_NOT_FOUND: {
    code: "PC_MGR_API_ROUTE_NOT_FOUND",
    statusCode: 404,
    dptMessageId: null,
    description:
      "No admin API route has that method and path. The OpenAPI document at /api/v1/openapi.json lists the routes.",
  },
  PC_MGR_API_UNSUPPORTED_MEDIA_TYPE: {
    code: "PC_MGR_API_UNSUPPORTED_MEDIA_TYPE",
    statusCode: 415,
    dptMessageId: null,
    description:
      "The request body has a Content-Type the route does not take: JSON bodies are application/json, package uploads application/octet-stream.",
  },
  PC_MGR_API_BODY_TOO_LARGE: {
    code: "PC_MGR_API_BODY_TOO_LARGE",
    statusCode: 413,
    dptMessageId: null,
    description:
      "A JSON request body is larger than the admin API accepts (1 MiB by default). Package payloads have a limit of their own (PC_MGR_PAYLOAD_TOO_LARGE).",
  },
  PC_MGR_API_INTERNAL: {
    code: "PC_MGR_API_INTERNAL",
    statusCode: 500,
    dptMessageId: null,
    description:
      "An unexpected failure inside the manager. The answer says nothing of its internals; the manager's log has the details under the request's ID.",
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

/** The kinds of object the manager keeps, as errors name them. */
export type ResourceKind =
  | "client"
  | "destination group"
  | "cabinet"
  | "package"
  | "package payload"
  | "job"
  | "job execution"
  | "job destination";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The object asked for does not exist (PC_MGR_NOT_FOUND). */
export class NotFoundError extends ManagerError {
  override name = "NotFoundError";
  readonly resource: ResourceKind;
  readonly key: string;
  constructor(resource: ResourceKind, key: string | number) {
    super("PC_MGR_NOT_FOUND", `${capitalized(resource)} ${JSON.stringify(key)} does not exist.`);
    this.resource = resource;
    this.key = String(key);
  }
}

/** The identity is taken (PC_MGR_ALREADY_EXISTS): `field` is what collided. */
export class AlreadyExistsError extends ManagerError {
  override name = "AlreadyExistsError";
  readonly resource: ResourceKind;
  readonly field: string;
  readonly value: string;
  constructor(resource: ResourceKind, field: string, value: string) {
    super(
      "PC_MGR_ALREADY_EXISTS",
      `A ${resource} with ${field} ${JSON.stringify(value)} already exists.`,
    );
    this.resource = resource;
    this.field = field;
    this.value = value;
  }
}

/** A value breaks its rule (PC_MGR_INVALID_INPUT); `field` names it. */
export class InvalidInputError extends ManagerError {
  override name = "InvalidInputError";
  readonly field: string;
  constructor(field: string, message: string) {
    super("PC_MGR_INVALID_INPUT", `${field}: ${message}`);
    this.field = field;
  }
}

/** Refused to delete an object that jobs refer to (PC_MGR_IN_USE). */
export class InUseError extends ManagerError {
  override name = "InUseError";
  readonly resource: ResourceKind;
  readonly key: string;
  /** The jobs that refer to it. */
  readonly jobIds: readonly number[];
  constructor(resource: ResourceKind, key: string | number, jobIds: readonly number[]) {
    const shown = jobIds.slice(0, 10).join(", ");
    const more = jobIds.length > 10 ? ` and ${jobIds.length - 10} more` : "";
    super(
      "PC_MGR_IN_USE",
      `${capitalized(resource)} ${JSON.stringify(String(key))} is used by job(s) ${shown}${more}; delete those jobs first.`,
    );
    this.resource = resource;
    this.key = String(key);
    this.jobIds = Object.freeze([...jobIds]);
  }
}

/** DPT012-W: "Package '…' already exists." (PC_MGR_PACKAGE_EXISTS). */
export class PackageExistsError extends ManagerError {
  override name = "PackageExistsError";
  readonly packageName: string;
  constructor(packageName: string) {
    super("PC_MGR_PACKAGE_EXISTS", formatDptMessage("DPT012-W", { packageName }));
    this.packageName = packageName;
  }
}

/** The cabinet holds as many packages as it may (PC_MGR_CABINET_FULL). */
export class CabinetFullError extends ManagerError {
  override name = "CabinetFullError";
  readonly cabinetId: string;
  readonly limit: number;
  constructor(cabinetId: string, limit: number) {
    super(
      "PC_MGR_CABINET_FULL",
      `Cabinet ${JSON.stringify(cabinetId)} already holds ${limit} packages, the most a cabinet may hold.`,
    );
    this.cabinetId = cabinetId;
    this.limit = limit;
  }
}

/** A job refused by the rules of its destination (PC_MGR_JOB_REFUSED): every rule broken. */
export class JobRefusedError extends ManagerError {
  override name = "JobRefusedError";
  readonly violations: readonly RuleNotice[];
  constructor(violations: readonly RuleNotice[]) {
    const lines = violations.map(
      (v) => `${v.rule}: ${v.message}${v.detail === undefined ? "" : ` (${v.detail})`}`,
    );
    super("PC_MGR_JOB_REFUSED", `The job was refused. ${lines.join(" ")}`);
    this.violations = Object.freeze(violations.map((v) => Object.freeze({ ...v })));
  }
}

/** A status report for an execution the PC is not a destination of (PC_MGR_NOT_A_DESTINATION). */
export class NotADestinationError extends ManagerError {
  override name = "NotADestinationError";
  readonly executionId: number;
  readonly clientId: number;
  constructor(executionId: number, clientId: number) {
    super(
      "PC_MGR_NOT_A_DESTINATION",
      `Client ${clientId} is not a destination of job execution ${executionId}.`,
    );
    this.executionId = executionId;
    this.clientId = clientId;
  }
}

/** An admin API request that does not match its route's schema (PC_MGR_API_BAD_REQUEST). */
export class ApiBadRequestError extends ManagerError {
  override name = "ApiBadRequestError";
  /** The field at fault (`body.name`, `query.cabinet`), when there is one. */
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super("PC_MGR_API_BAD_REQUEST", message);
    this.field = field;
  }
}

/** An admin API call without a valid token (PC_MGR_API_UNAUTHENTICATED). */
export class UnauthenticatedError extends ManagerError {
  override name = "UnauthenticatedError";
  constructor(message = "This call needs a valid token: log in with POST /api/v1/login.") {
    super("PC_MGR_API_UNAUTHENTICATED", message);
  }
}

/** A wrong administrator ID or password; the same whichever was wrong (PC_MGR_API_LOGIN_FAILED). */
export class LoginFailedError extends ManagerError {
  override name = "LoginFailedError";
  constructor() {
    super("PC_MGR_API_LOGIN_FAILED", "The administrator ID or password is incorrect.");
  }
}

/** Logins refused for a while after repeated failures (PC_MGR_API_RATE_LIMITED). */
export class LoginRateLimitedError extends ManagerError {
  override name = "LoginRateLimitedError";
  /** Whole seconds to wait (the Retry-After header). */
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      "PC_MGR_API_RATE_LIMITED",
      `Too many failed logins: try again in ${retryAfterSeconds} second(s).`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** No admin API route with that method and path (PC_MGR_API_ROUTE_NOT_FOUND). */
export class RouteNotFoundError extends ManagerError {
  override name = "RouteNotFoundError";
  constructor(method: string, path: string) {
    super("PC_MGR_API_ROUTE_NOT_FOUND", `No route ${method} ${path}.`);
  }
}

/** A request body of a Content-Type the route does not take (PC_MGR_API_UNSUPPORTED_MEDIA_TYPE). */
export class UnsupportedMediaTypeError extends ManagerError {
  override name = "UnsupportedMediaTypeError";
  constructor(contentType: string | undefined) {
    super(
      "PC_MGR_API_UNSUPPORTED_MEDIA_TYPE",
      `Content-Type ${JSON.stringify(contentType ?? "")} is not taken here: send application/json, or application/octet-stream for a package upload.`,
    );
  }
}

/** A JSON request body over the limit (PC_MGR_API_BODY_TOO_LARGE). */
export class BodyTooLargeError extends ManagerError {
  override name = "BodyTooLargeError";
  readonly limit: number;
  constructor(limit: number) {
    super("PC_MGR_API_BODY_TOO_LARGE", `The request body exceeds the limit of ${limit} bytes.`);
    this.limit = limit;
  }
}

/** An unexpected failure, answered without its internals (PC_MGR_API_INTERNAL). */
export class InternalApiError extends ManagerError {
  override name = "InternalApiError";
  constructor(requestId?: string) {
    super(
      "PC_MGR_API_INTERNAL",
      requestId === undefined
        ? "An internal error occurred; the manager's log has the details."
        : `An internal error occurred; the manager's log has the details (request ${requestId}).`,
    );
  }
}
