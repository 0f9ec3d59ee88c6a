/** The error catalogue stays honest: unique codes, equal to their keys, documented in README.md. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AGENT_ERRORS, AgentError } from "./errors.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("AGENT_ERRORS", () => {
  const entries = Object.entries(AGENT_ERRORS);

  it.each(entries)(
    "%s: the code equals its key, has an exit status and a description",
    (key, entry) => {
      expect(entry.code).toBe(key);
      expect([1, 2, 4]).toContain(entry.exitCode);
      expect(entry.description.length).toBeGreaterThan(10);
    },
  );

  it("every code is unique", () => {
    const codes = entries.map(([, e]) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(entries)("%s is documented in README.md", (key) => {
    expect(readme).toContain(`\`${key}\``);
  });

  it("AgentError carries the code and the exit status", () => {
    const error = new AgentError("AGENT_ERR_USAGE", "bad");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("AGENT_ERR_USAGE");
    expect(error.exitCode).toBe(2);
  });
});
