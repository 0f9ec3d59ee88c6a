// Package download with Range support for resuming (issue: manager).
import { describe, expect, it } from "vitest";
import { parseRange } from "./byte-range.ts";

describe("parseRange", () => {
  const size = 1000;
  it.each([
    [undefined, { kind: "whole" }],
    ["bytes=0-", { kind: "partial", start: 0, end: 999 }],
    ["bytes=500-", { kind: "partial", start: 500, end: 999 }],
    ["bytes=500-599", { kind: "partial", start: 500, end: 599 }],
    ["bytes=500-5000", { kind: "partial", start: 500, end: 999 }],
    ["bytes=-100", { kind: "partial", start: 900, end: 999 }],
    ["bytes=-5000", { kind: "partial", start: 0, end: 999 }],
    ["bytes=1000-", { kind: "unsatisfiable" }],
    ["bytes=-0", { kind: "unsatisfiable" }],
    ["bytes=0-10,20-30", { kind: "whole" }],
    ["items=0-10", { kind: "whole" }],
    ["bytes=20-10", { kind: "whole" }],
  ] as const)("%s", (header, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it("nothing of an empty payload is satisfiable", () => {
    expect(parseRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
  });
});
