// Contract §7 and seed 000, table 8-2: the manager's database is embedded in
// the data directory unless a server URL is given; a server that cannot be
// reached is "Database connection failed", a bad URL "Unable to get a DSN to
// connect or DSN invalid", and the manager can retry instead of giving up.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseConnectionError, DatabaseDsnError } from "../errors.ts";
import { embeddedDatabasePath } from "./embedded-database.ts";
import { openDatabase } from "./open-database.ts";
import type { RetryEvent, RetryTimers } from "./retry.ts";
import { forEachBackend } from "./testing.ts";

/** A loopback port that nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Timers that fire at once (on the next turn) and remember what was asked. */
function immediateTimers(requested: number[]): RetryTimers {
  return {
    setTimeout: (callback, ms) => {
      requested.push(ms);
      return setImmediate(callback);
    },
    clearTimeout: (handle) => clearImmediate(handle as NodeJS.Immediate),
  };
}

describe("openDatabase: a server that cannot be used", () => {
  let dataDir: string;
  let downUrl: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "patchcast-test-"));
    downUrl = `postgres://postgres:s3cret@127.0.0.1:${await closedPort()}/test`;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("fails at once with DPT002-E when nothing listens at the URL", async () => {
    const attempt = openDatabase({ dataDir, url: downUrl });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseConnectionError);
    await expect(attempt).rejects.toThrow(/^Database connection failed\. Reason: .*ECONNREFUSED/);
    await expect(attempt).rejects.toMatchObject({ code: "PC_MGR_DB_CONNECT", transient: true });
    await expect(attempt).rejects.not.toThrow("s3cret");
  });

  it("fails with DPT004-E for a URL that names no server", async () => {
    for (const url of ["", "mysql://root@127.0.0.1/test", "postgres://u:s3cret@:5432/test"]) {
      const attempt = openDatabase({ dataDir, url });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseDsnError);
      await expect(attempt).rejects.toThrow(
        /^Unable to get a DSN to connect or DSN invalid\. Reason: /,
      );
      await expect(attempt).rejects.not.toThrow("s3cret");
    }
  });

  it("retries with growing delays, then gives up with the last DPT002-E", async () => {
    const requested: number[] = [];
    const events: RetryEvent[] = [];
    const attempt = openDatabase({
      dataDir,
      url: downUrl,
      retry: {
        maxAttempts: 4,
        jitter: 0,
        timers: immediateTimers(requested),
        onRetry: (event) => events.push(event),
      },
    });
    await expect(attempt).rejects.toThrow(/^Database connection failed\. Reason: /);
    expect(requested).toEqual([250, 500, 1000]);
    expect(events.map((e) => e.error)).toEqual([
      expect.any(DatabaseConnectionError),
      expect.any(DatabaseConnectionError),
      expect.any(DatabaseConnectionError),
    ]);
  });

  it("does not retry a bad URL: it will not get better", async () => {
    const requested: number[] = [];
    await expect(
      openDatabase({ dataDir, url: "nope", retry: { timers: immediateTimers(requested) } }),
    ).rejects.toBeInstanceOf(DatabaseDsnError);
    expect(requested).toEqual([]);
  });

  it("refuses a schema name that is not a plain identifier", async () => {
    await expect(openDatabase({ dataDir, url: downUrl, schema: 'x"; DROP' })).rejects.toThrow(
      RangeError,
    );
  });
});

forEachBackend("openDatabase", (backend) => {
  it("keeps its data, in its schema, across close and open again", async () => {
    // A server location has a schema of its own; the embedded database takes one too.
    const location = await backend.freshLocation();
    const options = { ...location, schema: location.schema ?? "tenant_a" };
    const first = await openDatabase(options);
    await first.query("INSERT INTO cabinets (id, name) VALUES ('KP', 'kept')");
    await first.close();
    const second = await openDatabase(options);
    try {
      const { rows } = await second.query("SELECT id, name, current_schema() AS s FROM cabinets");
      expect(rows).toEqual([{ id: "KP", name: "kept", s: options.schema }]);
    } finally {
      await second.close();
    }
  });

  if (backend.kind === "embedded") {
    it("lives in <data-dir>/db and refuses a second handle on it with DPT002-E", async () => {
      const location = await backend.freshLocation();
      const db = await openDatabase(location);
      try {
        expect(embeddedDatabasePath(location.dataDir)).toBe(join(location.dataDir, "db"));
        const second = openDatabase(location);
        await expect(second).rejects.toBeInstanceOf(DatabaseConnectionError);
        await expect(second).rejects.toThrow(/^Database connection failed\. Reason: .*in use/);
      } finally {
        await db.close();
      }
    });

    it("creates the data directory and its database on first use", async () => {
      const parent = await mkdtemp(join(tmpdir(), "patchcast-test-"));
      try {
        const db = await openDatabase({ dataDir: join(parent, "new", "data") });
        expect((await db.query("SELECT count(*) AS n FROM clients")).rows).toEqual([{ n: 0 }]);
        await db.close();
      } finally {
        await rm(parent, { recursive: true, force: true });
      }
    });
  }
});
