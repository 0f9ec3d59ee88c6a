// The partial file of a download, over a real file: every chunk in the file
// before the next is asked for, appending after a break, and the file closed
// when the download is destroyed.
import { mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPartFile } from "./part-file.ts";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-part-file-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sizeOf = async (path: string) => (await stat(path)).size;
/** This process's descriptors open on `path` (Linux /proc). */
async function openDescriptors(path: string): Promise<number> {
  const fds = await readdir("/proc/self/fd");
  const targets = await Promise.all(
    fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => "")),
  );
  return targets.filter((target) => target === path).length;
}

describe("openPartFile", () => {
  it("writes every chunk in order, and creates the file 0600", async () => {
    const path = join(dir, "update.part");
    const chunks = Array.from({ length: 37 }, (_, i) => Buffer.alloc(64 + i, i));
    await pipeline(Readable.from(chunks), openPartFile(path, { flags: "w" }));
    expect((await readFile(path)).equals(Buffer.concat(chunks))).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it("has each chunk in the file by the time its write is done: a resume starts from all that came", async () => {
    const path = join(dir, "update.part");
    const file = openPartFile(path, { flags: "w" });
    const write = (chunk: Buffer) =>
      new Promise<void>((resolve, reject) =>
        file.write(chunk, (error) => (error ? reject(error) : resolve())),
      );
    await write(Buffer.alloc(10, 1));
    expect(await sizeOf(path)).toBe(10);
    await write(Buffer.alloc(300_000, 2));
    expect(await sizeOf(path)).toBe(300_010);
    file.end(Buffer.alloc(5, 3));
    await new Promise((resolve) => file.once("finish", resolve));
    expect(await sizeOf(path)).toBe(300_015);
  });

  it("appends to what an earlier attempt left with flags a", async () => {
    const path = join(dir, "update.part");
    await writeFile(path, "first half, ");
    await pipeline(
      Readable.from([Buffer.from("second "), Buffer.from("half")]),
      openPartFile(path, { flags: "a" }),
    );
    expect(await readFile(path, "utf8")).toBe("first half, second half");
  });

  it("closes the file when destroyed, keeping what was written", async () => {
    const path = join(dir, "update.part");
    const file = openPartFile(path, { flags: "w" });
    await new Promise((resolve) => file.write(Buffer.alloc(10), resolve));
    const failed = new Promise((resolve) => file.once("error", resolve));
    const closed = new Promise((resolve) => file.once("close", resolve));
    file.destroy(new Error("broken off"));
    expect(String(await failed)).toMatch(/broken off/);
    await closed;
    expect(await sizeOf(path)).toBe(10);
    expect(await openDescriptors(path)).toBe(0);
  });

  it("fails as the file system does: a full disk (Linux's /dev/full)", async () => {
    await expect(
      pipeline(Readable.from([Buffer.from("x")]), openPartFile("/dev/full", { flags: "w" })),
    ).rejects.toMatchObject({ code: "ENOSPC" });
  });

  it("fails as the file system does: a directory that is not there", async () => {
    await expect(
      pipeline(
        Readable.from([Buffer.from("x")]),
        openPartFile(join(dir, "missing", "update.part"), { flags: "w" }),
      ),
    ).rejects.toMatchObject({ code: "ENOENT" });
  });
});
