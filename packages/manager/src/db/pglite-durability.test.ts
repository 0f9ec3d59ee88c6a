// The embedded database is safe against a power loss: PostgreSQL runs with
// fsync on, and the flushes it asks for (the WAL at each COMMIT, the data
// files at a checkpoint) reach Node's fsync.
import { fsyncSync } from "node:fs";
import { rm } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { expect, it } from "vitest";
import { embeddedDatabasePath, openEmbeddedDatabase } from "./embedded-database.ts";
import { DURABLE_START_PARAMS, flushFilesOnRequest } from "./pglite-durability.ts";
import { freshEmbeddedDataDir } from "./test-embedded.ts";

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

it("flushes the WAL at each COMMIT and the files a checkpoint asks for through Node's fsync", async () => {
  const dataDir = await freshEmbeddedDataDir();
  const pglite = await PGlite.create(embeddedDatabasePath(dataDir), {
    startParams: [...DURABLE_START_PARAMS],
  });
  const flushed: number[] = [];
  try {
    flushFilesOnRequest(pglite, (fd) => {
      flushed.push(fd);
      fsyncSync(fd);
    });
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
  } finally {
    await pglite.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

it("refuses a PGlite whose file system it cannot flush", () => {
  const other = { Module: { FS: {} } } as unknown as PGlite;
  expect(() => flushFilesOnRequest(other)).toThrow(/no NODEFS stream operations/);
});
