// The embedded database is safe against a power loss: PostgreSQL runs with
// fsync on, and the flushes it asks for (the WAL at each COMMIT, the data
// files at a checkpoint, from its very start) reach Node's fsync; a flush
// that fails stops everything.
import { fsyncSync } from "node:fs";
import { rm } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { expect, it } from "vitest";
import { embeddedDatabasePath, openEmbeddedDatabase } from "./embedded-database.ts";
import {
  checkDataOnNodeFs,
  DURABLE_START_PARAMS,
  durableFlushes,
  type FlushOptions,
} from "./pglite-durability.ts";
import { freshEmbeddedDataDir } from "./test-embedded.ts";

/** A PGlite on a fresh copy of the test cluster, its flushes through `options`. */
async function withPglite(options: FlushOptions, use: (pglite: PGlite) => Promise<void>) {
  const dataDir = await freshEmbeddedDataDir();
  const pglite = await PGlite.create(embeddedDatabasePath(dataDir), {
    startParams: [...DURABLE_START_PARAMS],
    extensions: { durableFlushes: durableFlushes(options) },
  });
  try {
    await use(pglite);
  } finally {
    await pglite.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}

it("runs PostgreSQL with fsync on, the WAL flushed with fsync", async () => {
  const dataDir = await freshEmbeddedDataDir();
  const db = await openEmbeddedDatabase({ dataDir });
  try {
    const setting = async (name: string) =>
      Object.values((await db.query(`SHOW ${name}`)).rows[0] ?? {})[0];
    expect([await setting("fsync"), await setting("wal_sync_method")]).toEqual(["on", "fsync"]);
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

it("flushes from PostgreSQL's start, the WAL at each COMMIT, and what a checkpoint asks for", async () => {
  const flushed: number[] = [];
  const sync = (fd: number) => {
    flushed.push(fd);
    fsyncSync(fd);
  };
  await withPglite({ sync }, async (pglite) => {
    // Its start (a checkpoint after recovery, or after a clean stop's) flushed already.
    expect(flushed.length).toBeGreaterThan(0);
    checkDataOnNodeFs(pglite);
    await pglite.exec("CREATE TABLE durable (id int PRIMARY KEY)");
    for (const id of [1, 2, 3]) {
      const before = flushed.length;
      await pglite.query("INSERT INTO durable VALUES ($1)", [id]);
      expect(flushed.length, `the COMMIT of ${id}`).toBe(before + 1);
    }
    const beforeCheckpoint = flushed.length;
    await pglite.exec("CHECKPOINT");
    // The new table's file, the catalogue's, and their directories at least.
    expect(flushed.length - beforeCheckpoint).toBeGreaterThan(2);
  });
});

it("stops on a flush that fails, with the disk's error", async () => {
  const failures: unknown[] = [];
  let failing = false;
  const sync = (fd: number) => {
    if (failing) throw Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" });
    fsyncSync(fd);
  };
  await withPglite({ sync, onFailure: (error) => failures.push(error) }, async (pglite) => {
    await pglite.exec("CREATE TABLE durable (id int PRIMARY KEY)");
    failing = true;
    await pglite.query("INSERT INTO durable VALUES (1)").catch(() => undefined);
    expect(failures.map((e) => (e as NodeJS.ErrnoException).code)).toEqual(["EIO"]);
  });
});

it("refuses a PGlite whose files are not on the file system it flushes", () => {
  const other = { Module: { FS: {}, ENV: {} } } as unknown as PGlite;
  expect(() => checkDataOnNodeFs(other)).toThrow(/not where its flushes were installed/);
});

it("checkpoints on its own, every checkpointIntervalMs: single-user PostgreSQL never does", async () => {
  const dataDir = await freshEmbeddedDataDir();
  const db = await openEmbeddedDatabase({ dataDir, checkpointIntervalMs: 50 });
  try {
    // The last checkpoint's position in the WAL, from pg_control.
    const lastCheckpoint = async () =>
      (
        await db.query<{ lsn: string }>(
          "SELECT checkpoint_lsn::text AS lsn FROM pg_control_checkpoint()",
        )
      ).rows[0]?.lsn;
    const before = await lastCheckpoint();
    await db.query("CREATE TABLE grows (v text)");
    await expect.poll(lastCheckpoint, { timeout: 10_000 }).not.toBe(before);
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
