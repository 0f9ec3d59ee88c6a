import { describe, expect, it } from "vitest";
import { MAINTENANCE_CODES } from "../maintenance-codes.ts";
import { AUTH_CODE_NAMES, authFailure, isMemoryError, unexpectedFailure } from "./result.ts";

describe("authentication results (contract §3)", () => {
  it("AUTH_CODE_NAMES are exactly the authentication family of the catalogue", () => {
    const family = MAINTENANCE_CODES.filter((e) => e.family === "authentication").map(
      (e) => e.name,
    );
    expect([...AUTH_CODE_NAMES].sort()).toEqual([...family].sort());
  });

  it("a failure carries the 12-character code of its name", () => {
    expect(authFailure("AUTH_CERTIFICATE_EXPIRED", "x")).toEqual({
      ok: false,
      code: "300097078500",
      name: "AUTH_CERTIFICATE_EXPIRED",
      detail: "x",
    });
  });

  it("unexpected exceptions are 8700, failed allocations 8200", () => {
    expect(unexpectedFailure("here", new Error("boom"))).toMatchObject({ code: "300097078700" });
    const allocation = new RangeError("Array buffer allocation failed");
    expect(isMemoryError(allocation)).toBe(true);
    expect(unexpectedFailure("here", new Error("wrapped", { cause: allocation }))).toMatchObject({
      code: "300097078200",
    });
  });
});
