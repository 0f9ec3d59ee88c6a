// Seed 000, table 8-2: every row is in the catalogue with its text word for
// word (product name replaced), and every entry is unique and documented.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DPT_MESSAGES, describeDptMessage, formatDptMessage, placeholdersOf } from "./messages.ts";

/**
 * The message texts of table 8-2 as the seed prints them, in order, with
 * its placeholder words (error-message-of database, server-name, ...).
 */
const SEED_000_TABLE_8_2 = [
  "Another instance of the application is already running.",
  "Database connection failed. Reason: error-message-of database",
  "Error occurred while accessing database. Reason: error-message-of database",
  "Unable to get a DSN to connect or DSN invalid. Reason: error-message-of database",
  "Unable to configure the proxy settings.",
  "Error in network settings information. Unable to connect to the internet.",
  "Unable to store the downloaded information in the file system.",
  "'server-name' login failure.",
  "Unable to establish connection with the JP1/ITDM2 - Manager.",
  "Unable to communicate with the JP1/ITDM2 - Manager.",
  "Unable to transfer the file to the JP1/ITDM2 - Manager.",
  "Package 'package-name' already exists.",
  "Invalid password specified for JP1/ITDM2 - Manager login.",
  "Unable to execute the command 'full-path-to-the-packaging-command'.",
  "The packaging processing will now stop because an error occurred.",
];

const SEED_PLACEHOLDERS: Record<string, string> = {
  reason: "error-message-of database",
  serverName: "server-name",
  packageName: "package-name",
  command: "full-path-to-the-packaging-command",
};

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("DPT.LOG message catalogue", () => {
  it("holds every row of table 8-2, in order, word for word", () => {
    const asSeed = DPT_MESSAGES.map((m) =>
      formatDptMessage(m.id, SEED_PLACEHOLDERS).replaceAll(
        "patchcast manager",
        "JP1/ITDM2 - Manager",
      ),
    );
    expect(asSeed).toEqual(SEED_000_TABLE_8_2);
  });

  it("has unique IDs in the form DPTnnn-E or DPTnnn-W", () => {
    const ids = DPT_MESSAGES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^DPT\d{3}-[EW]$/);
  });

  for (const m of DPT_MESSAGES) {
    it(`${m.id} has a cause, an action, and a README row`, () => {
      expect(m.cause.trim()).not.toBe("");
      expect(m.action.trim()).not.toBe("");
      expect(m.severity).toBe(m.id.slice(-1));
      expect(describeDptMessage(m.id)).toBe(m);
      expect(readme).toContain(`| ${m.id} | ${m.text} |`);
      for (const name of placeholdersOf(m.text))
        expect(Object.keys(SEED_PLACEHOLDERS)).toContain(name);
    });
  }

  it("fills placeholders and keeps one event on one line", () => {
    expect(formatDptMessage("DPT002-E", { reason: "connect ECONNREFUSED\n127.0.0.1:5432" })).toBe(
      "Database connection failed. Reason: connect ECONNREFUSED 127.0.0.1:5432",
    );
  });

  it("refuses a missing placeholder value with TypeError", () => {
    expect(() => formatDptMessage("DPT012-W")).toThrow(TypeError);
    expect(() => formatDptMessage("DPT012-W")).toThrow("DPT012-W needs a value for {packageName}");
  });
});
