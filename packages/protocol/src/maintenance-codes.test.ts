// Contract §3 and seed 001 Appendix B.5 (2): the nine authentication codes,
// word for word, and the product's own codes beside them, never reusing
// them. Every entry is unique, in the 12-character form, and documented.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  AUTHENTICATION_PRECEDENCE,
  describeMaintenanceCode,
  MAINTENANCE_CODE_PATTERN,
  MAINTENANCE_CODES,
  MaintenanceCode,
} from "./maintenance-codes.ts";

/** The seed's table, copied as it stands (code, cause, action). */
const SEED_001_TABLE: readonly [string, string, string][] = [
  [
    "300097078100",
    "Authentication could not be performed. The authentication data has been altered.",
    "Contact the system administrator.",
  ],
  ["300097078200", "A memory shortage occurred.", "Stop unnecessary applications."],
  [
    "300097078300",
    "The authentication device does not have a certification.",
    "Issue a new certification.",
  ],
  [
    "300097078400",
    "The authentication device does not have a valid certification.",
    "Issue a new certification.",
  ],
  [
    "300097078500",
    "The certification of the authentication device has expired.",
    "Issue a new certification.",
  ],
  [
    "300097078600",
    "There is no certification from the certification office.",
    "Contact the system administrator.",
  ],
  ["300097078700", "An internal error occurred.", "Contact the system administrator."],
  [
    "300097079100",
    "The environment for executing PKI authentication is unauthorized.",
    "Contact the system administrator.",
  ],
  ["30009707FF00", "Other error occurred.", "Contact the system administrator."],
];

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("maintenance-code catalogue", () => {
  it("holds exactly the seed's nine authentication codes, word for word", () => {
    const auth = MAINTENANCE_CODES.filter((e) => e.family === "authentication");
    expect(auth.map((e) => [e.code, e.cause, e.action])).toEqual(SEED_001_TABLE);
  });

  it("has unique codes and unique names", () => {
    const codes = MAINTENANCE_CODES.map((e) => e.code);
    const names = MAINTENANCE_CODES.map((e) => e.name);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it("keeps the product's own codes out of the authentication family", () => {
    const own = MAINTENANCE_CODES.filter((e) => e.family === "distribution");
    expect(own.length).toBeGreaterThanOrEqual(9);
    for (const e of own) expect(e.code.startsWith("30009707")).toBe(false);
  });

  it("covers every non-authentication failure the contract lists", () => {
    for (const name of [
      "DOWNLOAD_REFUSED",
      "DOWNLOAD_BROKEN_OFF",
      "DOWNLOAD_SIZE_MISMATCH",
      "DOWNLOAD_HASH_MISMATCH",
      "NO_DISK_SPACE",
      "INSTALL_FAILED",
      "TIMED_OUT",
      "CANCELLED",
      "RELAY_PACKAGE_EXPIRED",
    ] as const) {
      expect(describeMaintenanceCode(MaintenanceCode[name])?.name).toBe(name);
    }
  });

  for (const e of MAINTENANCE_CODES) {
    it(`${e.code} ${e.name} is well-formed and documented`, () => {
      expect(e.code).toMatch(MAINTENANCE_CODE_PATTERN);
      expect(e.code).toHaveLength(12);
      expect(e.name).toMatch(/^[A-Z][A-Z0-9_]+$/);
      for (const text of [e.cause, e.action, e.raisedWhen, e.source])
        expect(text.trim()).not.toBe("");
      expect(MaintenanceCode[e.name as keyof typeof MaintenanceCode]).toBe(e.code);
      expect(readme).toContain(`| ${e.code} | ${e.cause} | ${e.action} |`);
    });
  }

  it("orders authentication checks as contract §3 says", () => {
    expect(AUTHENTICATION_PRECEDENCE).toEqual([
      "300097079100",
      "300097078600",
      "300097078300",
      "300097078500",
      "300097078400",
      "300097078100",
    ]);
  });

  it("describes unknown codes as undefined", () => {
    expect(describeMaintenanceCode("000000000000")).toBeUndefined();
  });
});
