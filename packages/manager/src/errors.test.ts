// The manager's error catalogue stays honest: every code unique, equal to its
// key, named PC_MGR_*, documented in the README's "Errors" section, and each
// database error speaks the seed's DPT.LOG message (seed 000, table 8-2).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeDptMessage } from "./dpt/messages.ts";
import { ACQUISITION_ERROR_SAMPLES } from "./errors/acquisition-error-samples.ts";
import {
  AlreadyExistsError,
  ApiBadRequestError,
  BodyTooLargeError,
  CabinetFullError,
  ConfigError,
  DatabaseClosedError,
  DatabaseConnectionError,
  DatabaseDsnError,
  DatabaseMigrationError,
  DatabaseMisuseError,
  DatabaseQueryError,
  DatabaseSchemaNewerError,
  ExecutionEndedError,
  InternalApiError,
  InUseError,
  InvalidInputError,
  isTransientDatabaseError,
  JobRefusedError,
  LoginFailedError,
  LoginRateLimitedError,
  MANAGER_ERRORS,
  ManagerError,
  type ManagerErrorCode,
  ManagerPkiError,
  NotADestinationError,
  NotFoundError,
  PackageExistsError,
  PayloadDigestMismatchError,
  PayloadTooLargeError,
  RouteNotFoundError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
} from "./errors.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const errorsSection = readme.slice(readme.indexOf("\n## Errors"));
const codes = Object.keys(MANAGER_ERRORS) as ManagerErrorCode[];

/** One instance of every error class, by the code it carries. */
const samples: Record<ManagerErrorCode, ManagerError> = {
  PC_MGR_DB_CONNECT: new DatabaseConnectionError("connect ECONNREFUSED 127.0.0.1:1"),
  PC_MGR_DB_QUERY: new DatabaseQueryError('relation "nope" does not exist'),
  PC_MGR_DB_DSN: new DatabaseDsnError("the database URL is empty"),
  PC_MGR_DB_MIGRATION: new DatabaseMigrationError("002_bad", "syntax error"),
  PC_MGR_DB_SCHEMA_NEWER: new DatabaseSchemaNewerError([2, 3]),
  PC_MGR_PAYLOAD_TOO_LARGE: new PayloadTooLargeError(10),
  PC_MGR_PAYLOAD_DIGEST_MISMATCH: new PayloadDigestMismatchError("a".repeat(64), "b".repeat(64)),
  PC_MGR_DB_CLOSED: new DatabaseClosedError(),
  PC_MGR_DB_MISUSE: new DatabaseMisuseError("nested"),
  PC_MGR_NOT_FOUND: new NotFoundError("destination group", 7),
  PC_MGR_ALREADY_EXISTS: new AlreadyExistsError("cabinet", "ID", "AA"),
  PC_MGR_INVALID_INPUT: new InvalidInputError(
    "cabinet ID",
    "must be two upper-case letters or digits",
  ),
  PC_MGR_IN_USE: new InUseError("package", 3, [1, 2]),
  PC_MGR_PACKAGE_EXISTS: new PackageExistsError("DPT-windows11_0-kb5031356-x64"),
  PC_MGR_CABINET_FULL: new CabinetFullError("AA", 5000),
  PC_MGR_EXECUTION_ENDED: new ExecutionEndedError(12),
  PC_MGR_JOB_REFUSED: new JobRefusedError([
    {
      rule: "SECURITY_PC_INSTALL_ONLY",
      message: "Only Install package.",
      detail: "job type: collect-files",
    },
  ]),
  PC_MGR_NOT_A_DESTINATION: new NotADestinationError(4, 9),
  PC_MGR_API_BAD_REQUEST: new ApiBadRequestError("body/name must be string", "body.name"),
  PC_MGR_API_UNAUTHENTICATED: new UnauthenticatedError(),
  PC_MGR_API_LOGIN_FAILED: new LoginFailedError(),
  PC_MGR_API_RATE_LIMITED: new LoginRateLimitedError(8),
  PC_MGR_API_ROUTE_NOT_FOUND: new RouteNotFoundError("GET", "/api/v1/nothing"),
  PC_MGR_API_UNSUPPORTED_MEDIA_TYPE: new UnsupportedMediaTypeError("text/plain"),
  PC_MGR_API_BODY_TOO_LARGE: new BodyTooLargeError(1_048_576),
  PC_MGR_API_INTERNAL: new InternalApiError("req-1"),
  PC_MGR_CONFIG: new ConfigError("--port", "must be 0-65535: got 70000"),
  PC_MGR_PKI: new ManagerPkiError("/srv/pki", "manager.key is absent"),
  ...ACQUISITION_ERROR_SAMPLES,
};

describe("manager error catalogue", () => {
  it("has unique codes, each equal to its key and named PC_MGR_*", () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const key of codes) {
      expect(MANAGER_ERRORS[key].code).toBe(key);
      expect(key).toMatch(/^PC_MGR_[A-Z0-9_]+$/);
    }
  });

  it("has a README section with a row for every code and no row for unknown ones", () => {
    expect(errorsSection.length).toBeGreaterThan(1);
    const documented = [...errorsSection.matchAll(/^\| `(PC_MGR_[A-Z0-9_]+)` \|/gm)].map(
      (m) => m[1],
    );
    expect(documented.sort()).toEqual([...codes].sort());
  });

  for (const code of codes) {
    it(`${code} has a status, a description, a README row and an error class`, () => {
      const spec = MANAGER_ERRORS[code];
      expect(spec.statusCode).toBeGreaterThanOrEqual(400);
      expect(spec.statusCode).toBeLessThan(600);
      expect(spec.description.length).toBeGreaterThan(20);
      expect(errorsSection).toContain(`| \`${code}\` | ${spec.statusCode} |`);
      if (spec.dptMessageId !== null) {
        expect(describeDptMessage(spec.dptMessageId)).toBeDefined();
        expect(errorsSection).toContain(
          `| \`${code}\` | ${spec.statusCode} | ${spec.dptMessageId} |`,
        );
      }
      const sample = samples[code];
      expect(sample.code).toBe(code);
      expect(sample.statusCode).toBe(spec.statusCode);
      expect(sample).toBeInstanceOf(ManagerError);
      expect(sample).toBeInstanceOf(Error);
    });
  }

  it("words the database errors as seed 000 table 8-2 does", () => {
    expect(samples.PC_MGR_DB_CONNECT.message).toBe(
      "Database connection failed. Reason: connect ECONNREFUSED 127.0.0.1:1",
    );
    expect(samples.PC_MGR_DB_QUERY.message).toBe(
      'Error occurred while accessing database. Reason: relation "nope" does not exist',
    );
    expect(samples.PC_MGR_DB_DSN.message).toBe(
      "Unable to get a DSN to connect or DSN invalid. Reason: the database URL is empty",
    );
  });

  it("words a package stored twice as DPT012-W (seed 000, table 8-2)", () => {
    expect(samples.PC_MGR_PACKAGE_EXISTS.message).toBe(
      "Package 'DPT-windows11_0-kb5031356-x64' already exists.",
    );
  });

  it("lists every rule a refused job breaks, with its ID", () => {
    const error = samples.PC_MGR_JOB_REFUSED as JobRefusedError;
    expect(error.violations.map((v) => v.rule)).toEqual(["SECURITY_PC_INSTALL_ONLY"]);
    expect(error.message).toContain("SECURITY_PC_INSTALL_ONLY");
    expect(error.message).toContain("job type: collect-files");
  });

  it("keeps a database's multi-line reason on one DPT.LOG line", () => {
    const error = new DatabaseQueryError("first line\nsecond line");
    expect(error.message).toBe(
      "Error occurred while accessing database. Reason: first line second line",
    );
    expect(error.reason).toBe("first line\nsecond line");
  });

  it("calls only transient connection failures transient", () => {
    expect(isTransientDatabaseError(new DatabaseConnectionError("x", { transient: true }))).toBe(
      true,
    );
    expect(isTransientDatabaseError(new DatabaseConnectionError("x"))).toBe(false);
    expect(isTransientDatabaseError(new DatabaseQueryError("x"))).toBe(false);
    expect(isTransientDatabaseError(new Error("x"))).toBe(false);
  });
});
