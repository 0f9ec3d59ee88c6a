/**
 * The manager's error catalogue (the habit of fastify's lib/errors.js): a
 * stable code equal to its key, the HTTP status the admin API answers with,
 * the DPT.LOG message it is written as (when it has one), and what it means.
 * README.md lists the same codes in its "Errors" section; errors.test.ts
 * keeps the two in step. The classes that carry these codes are beside it.
 */
import type { DptMessageId } from "../dpt/messages.ts";

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
      "The manager could not connect to its database: the server refused or dropped the connection, timed out, rejected the login, or the embedded database could not be opened (another process holds the data directory) or its thread stopped (it opens again at the next statement). Connection failures that may pass are retried with backoff at start.",
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
  PC_MGR_EXECUTION_ENDED: {
    code: "PC_MGR_EXECUTION_ENDED",
    statusCode: 409,
    dptMessageId: null,
    description:
      "A job execution that has ended on every destination (completed or in error) cannot be cancelled: nothing is left to withdraw, and nothing is recorded.",
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
  PC_MGR_CONFIG: {
    code: "PC_MGR_CONFIG",
    statusCode: 500,
    dptMessageId: null,
    description:
      "A setting of `patchcast-manager start` is wrong: a flag, a PATCHCAST_* variable or a key of the config file has a bad value, or the config file is unreadable or not JSON. The message names the setting and where it came from; the manager does not start.",
  },
  PC_MGR_PKI: {
    code: "PC_MGR_PKI",
    statusCode: 500,
    dptMessageId: null,
    description:
      "The manager's PKI directory (ca.crt, manager.crt, manager.key, optional crl.pem) is missing a file or holds one that cannot be used. The manager does not start without it; on SIGHUP a bad new set is refused and the old one kept.",
  },
  // Automatic acquisition of updates (seed 000, contract §5).
  PC_MGR_ACQ_ALREADY_RUNNING: {
    code: "PC_MGR_ACQ_ALREADY_RUNNING",
    statusCode: 409,
    dptMessageId: "DPT001-W",
    description:
      "An acquisition run was asked for while another one is in progress, on this manager or on another manager sharing its database (one run at a time, held by a PostgreSQL advisory lock). The refused run is recorded as refused.",
  },
  PC_MGR_ACQ_PROXY: {
    code: "PC_MGR_ACQ_PROXY",
    statusCode: 502,
    dptMessageId: "DPT005-E",
    description:
      "The proxy server of the network settings could not be reached (refused, unknown host, timed out) or its URL is not an http:// URL.",
  },
  PC_MGR_ACQ_NETWORK: {
    code: "PC_MGR_ACQ_NETWORK",
    statusCode: 502,
    dptMessageId: "DPT006-E",
    description:
      "The support service site could not be reached: no URL in the network settings, connection refused or timed out, a proxy that could not reach it, or an answer other than 200 for the patch information file.",
  },
  PC_MGR_ACQ_PATCHINFO_MALFORMED: {
    code: "PC_MGR_ACQ_PATCHINFO_MALFORMED",
    statusCode: 502,
    dptMessageId: "DPT007-E",
    description:
      "The patch information file is not usable: not JSON, larger than 16 MiB, not format patchcast-patchinfo/1, or an update or file entry breaks the format (contract §5). Nothing is downloaded or packaged.",
  },
  PC_MGR_ACQ_FILE_MISMATCH: {
    code: "PC_MGR_ACQ_FILE_MISMATCH",
    statusCode: 502,
    dptMessageId: "DPT007-E",
    description:
      "An update file does not match the patch information file: more bytes than announced (the download stops there), fewer, another SHA-256, announced larger than the limit, not found, or too slow. The file is discarded and not packaged; the run goes on with the others.",
  },
  PC_MGR_ACQ_STORAGE: {
    code: "PC_MGR_ACQ_STORAGE",
    statusCode: 507,
    dptMessageId: "DPT007-E",
    description:
      "A downloaded file could not be written under <data-dir>/acquisition (no space, no permission, not a directory). The run stops.",
  },
  PC_MGR_ACQ_LOGIN: {
    code: "PC_MGR_ACQ_LOGIN",
    statusCode: 502,
    dptMessageId: "DPT008-E",
    description:
      "The support service site (401 or 403) or the proxy (407) refused the user ID and password of the network settings, or the stored password for it cannot be read with this manager's secrets.key (sealed under another key, or altered). The message names the server.",
  },
  PC_MGR_ACQ_PACKAGER_CONNECT: {
    code: "PC_MGR_ACQ_PACKAGER_CONNECT",
    statusCode: 502,
    dptMessageId: "DPT009-E",
    description:
      "The packager could not connect to the manager's admin API at its manager URL (refused, unknown host, timed out).",
  },
  PC_MGR_ACQ_PACKAGER_COMMUNICATION: {
    code: "PC_MGR_ACQ_PACKAGER_COMMUNICATION",
    statusCode: 502,
    dptMessageId: "DPT010-E",
    description:
      "The packager reached its manager URL but the answer was not the admin API's (not JSON, an unexpected status, the connection broken during login or a listing, a TLS certificate it does not trust).",
  },
  PC_MGR_ACQ_PACKAGER_TRANSFER: {
    code: "PC_MGR_ACQ_PACKAGER_TRANSFER",
    statusCode: 502,
    dptMessageId: "DPT011-E",
    description: "The connection to the manager broke while the packager was uploading a package.",
  },
  PC_MGR_ACQ_PACKAGER_LOGIN: {
    code: "PC_MGR_ACQ_PACKAGER_LOGIN",
    statusCode: 502,
    dptMessageId: "DPT013-E",
    description:
      "The manager refused the administrator ID or password the packager logs in with (or slowed its logins down after failures), or the packager's stored password cannot be read with this manager's secrets.key.",
  },
  PC_MGR_ACQ_PACKAGER_START: {
    code: "PC_MGR_ACQ_PACKAGER_START",
    statusCode: 502,
    dptMessageId: "DPT014-E",
    description:
      "The packager cannot be started: no manager URL or no password is configured for it, the manager URL is not an http(s):// URL, or the manager's own TLS certificate cannot be read.",
  },
  PC_MGR_ACQ_PACKAGING_FAILED: {
    code: "PC_MGR_ACQ_PACKAGING_FAILED",
    statusCode: 502,
    dptMessageId: "DPT015-E",
    description:
      "The manager refused a package upload for a reason other than a duplicate (cabinet full, payload too large, invalid name, an internal error), or an unexpected failure stopped the run. Packaging stops.",
  },
  PC_MGR_ACQUISITION_UNAVAILABLE: {
    code: "PC_MGR_ACQUISITION_UNAVAILABLE",
    statusCode: 503,
    dptMessageId: null,
    description:
      "A run on demand was asked of a manager that runs no automatic acquisition (an admin API served without `patchcast-manager start`).",
  },
} as const satisfies Record<string, ManagerErrorSpec>);

export type ManagerErrorCode = keyof typeof MANAGER_ERRORS;
