// Seed 000, table 8-2: a database that cannot be reached is "Database
// connection failed" (DPT002-E), a statement it refuses is "Error occurred
// while accessing database" (DPT003-E); only the first may pass by itself.
import { describe, expect, it } from "vitest";
import { DatabaseConnectionError, DatabaseQueryError } from "../errors.ts";
import { isConnectionFailure, toDatabaseError } from "./classify-error.ts";

const withCode = (message: string, code: string, extra: Record<string, string> = {}) =>
  Object.assign(new Error(message), { code, ...extra });

describe("toDatabaseError", () => {
  it("makes a refused connection a transient DPT002-E", () => {
    const error = toDatabaseError(
      withCode("connect ECONNREFUSED 127.0.0.1:1", "ECONNREFUSED"),
      "query",
    );
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect(error.message).toBe(
      "Database connection failed. Reason: connect ECONNREFUSED 127.0.0.1:1",
    );
    expect((error as DatabaseConnectionError).transient).toBe(true);
  });

  it("names the refusals of a dual-stack connect that has no message of its own", () => {
    const aggregate = Object.assign(
      new AggregateError([
        withCode("connect ECONNREFUSED ::1:1", "ECONNREFUSED"),
        withCode("connect ECONNREFUSED 127.0.0.1:1", "ECONNREFUSED"),
      ]),
      { code: "ECONNREFUSED" },
    );
    const error = toDatabaseError(aggregate, "connect");
    expect(error.reason).toBe("connect ECONNREFUSED ::1:1; connect ECONNREFUSED 127.0.0.1:1");
  });

  it("treats a lost connection and a server shutting down or starting as transient", () => {
    for (const error of [
      new Error("Connection terminated unexpectedly"),
      new Error("timeout expired"),
      new Error("timeout exceeded when trying to connect"),
      withCode("terminating connection due to administrator command", "57P01"),
      withCode("the database system is starting up", "57P03"),
      withCode("sorry, too many clients already", "53300"),
      withCode("connection failure", "08006"),
    ]) {
      const translated = toDatabaseError(error, "query");
      expect(translated).toBeInstanceOf(DatabaseConnectionError);
      expect((translated as DatabaseConnectionError).transient).toBe(true);
      expect(isConnectionFailure(error)).toBe(true);
    }
  });

  it("does not call a refused login or a missing database transient", () => {
    for (const code of ["28P01", "28000", "3D000"]) {
      const translated = toDatabaseError(withCode("refused", code), "connect");
      expect(translated).toBeInstanceOf(DatabaseConnectionError);
      expect((translated as DatabaseConnectionError).transient).toBe(false);
      expect(translated.sqlState).toBe(code);
    }
  });

  it("makes an SQL error a DPT003-E with its SQLSTATE, detail and constraint", () => {
    const error = toDatabaseError(
      withCode('duplicate key value violates unique constraint "cabinets_pkey"', "23505", {
        detail: "Key (id)=(AA) already exists.",
        constraint: "cabinets_pkey",
      }),
      "query",
    );
    expect(error).toBeInstanceOf(DatabaseQueryError);
    expect(error.sqlState).toBe("23505");
    expect((error as DatabaseQueryError).constraint).toBe("cabinets_pkey");
    expect(error.message).toBe(
      'Error occurred while accessing database. Reason: duplicate key value violates unique constraint "cabinets_pkey" (Key (id)=(AA) already exists.)',
    );
  });

  it("makes any failure while connecting a connection failure", () => {
    const error = toDatabaseError(new Error("self-signed certificate"), "connect");
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect((error as DatabaseConnectionError).transient).toBe(false);
  });

  it("passes the manager's own database errors through unchanged", () => {
    const original = new DatabaseQueryError("x");
    expect(toDatabaseError(original, "connect")).toBe(original);
  });
});
