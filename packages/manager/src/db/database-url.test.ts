// Seed 000, table 8-2: a database URL that cannot name a server is "Unable to
// get a DSN to connect or DSN invalid" (DPT004-E), and never shows the password.
import { describe, expect, it } from "vitest";
import { DatabaseDsnError } from "../errors.ts";
import { parseDatabaseUrl, redactDatabaseUrl } from "./database-url.ts";

const dsnError = (url: string): DatabaseDsnError => {
  try {
    parseDatabaseUrl(url);
  } catch (error) {
    if (error instanceof DatabaseDsnError) return error;
    throw error;
  }
  throw new Error(`accepted: ${url}`);
};

describe("parseDatabaseUrl", () => {
  it("accepts postgres:// and postgresql:// URLs, and a socket directory as ?host=", () => {
    expect(parseDatabaseUrl("postgres://postgres@127.0.0.1:5432/test").hostname).toBe("127.0.0.1");
    expect(parseDatabaseUrl("postgresql://u:p@db.example/patchcast").pathname).toBe("/patchcast");
    expect(parseDatabaseUrl("postgres:///patchcast?host=/var/run/postgresql").pathname).toBe(
      "/patchcast",
    );
  });

  it("refuses what cannot name a server, with the seed's message", () => {
    expect(dsnError("").message).toBe(
      "Unable to get a DSN to connect or DSN invalid. Reason: the database URL is empty",
    );
    expect(dsnError("mysql://root@localhost/db").reason).toBe(
      'the scheme must be "postgres:" or "postgresql:": got "mysql:"',
    );
    expect(dsnError("postgres:///db").reason).toBe("the database URL names no host");
    expect(dsnError("postgres://h:0/db").reason).toBe('the port must be 1-65535: got "0"');
    expect(dsnError("not a url").code).toBe("PC_MGR_DB_DSN");
  });

  it("never repeats the password of a URL it refuses", () => {
    for (const url of ["postgres://u:s3cret@h:99999/db", "http://u:s3cret@h/db", "u:s3cret"]) {
      expect(dsnError(url).message).not.toContain("s3cret");
    }
  });
});

describe("redactDatabaseUrl", () => {
  it("hides the password only", () => {
    expect(redactDatabaseUrl("postgres://u:s3cret@h:5432/db")).toBe("postgres://u:***@h:5432/db");
    expect(redactDatabaseUrl("postgres://u@h/db")).toBe("postgres://u@h/db");
    expect(redactDatabaseUrl("::")).toBe("<unparseable URL>");
  });
});
