// The embedded database is opened by one handle at a time (PGlite assumes it
// is alone on its data directory); a lock left by a dead process is taken over.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DatabaseConnectionError } from "../errors.ts";
import { acquireDirectoryLock } from "./directory-lock.ts";

describe("acquireDirectoryLock", () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "patchcast-lock-"));
    path = join(dir, "db.lock");
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes this process's PID and removes the file on release", async () => {
    const lock = await acquireDirectoryLock(path, "test database");
    expect((await readFile(path, "utf8")).trim()).toBe(String(process.pid));
    await lock.release();
    await expect(readFile(path)).rejects.toMatchObject({ code: "ENOENT" });
    await lock.release();
  });

  it("refuses a second holder in this process, then allows one after release", async () => {
    const lock = await acquireDirectoryLock(path, "test database");
    const refusal = acquireDirectoryLock(path, "test database");
    await expect(refusal).rejects.toBeInstanceOf(DatabaseConnectionError);
    await expect(refusal).rejects.toThrow(
      "Database connection failed. Reason: the test database is in use by another handle in this process",
    );
    await lock.release();
    await (await acquireDirectoryLock(path, "test database")).release();
  });

  it("refuses a lock held by another live process", async () => {
    // The parent of this process is alive and is not this process.
    await writeFile(path, `${process.ppid}\n`);
    await expect(acquireDirectoryLock(path, "test database")).rejects.toThrow(
      `is in use by process ${process.ppid}`,
    );
  });

  it("takes over a lock left by this PID in an earlier life (a restarted container)", async () => {
    await writeFile(path, `${process.pid}\n`);
    const lock = await acquireDirectoryLock(path, "test database");
    await lock.release();
  });

  it("refuses a lock file it cannot read a PID from", async () => {
    await writeFile(path, "");
    await expect(acquireDirectoryLock(path, "test database")).rejects.toThrow(
      "in use by another process",
    );
  });
});
