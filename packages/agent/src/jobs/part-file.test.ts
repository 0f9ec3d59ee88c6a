// The partial file of a download, over a real file: batches of maxBytes,
// a slow download written after maxDelayMs, appending after a break, and
// nothing left behind (timer, open file) when the download is destroyed.
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Timers } from "../runtime/timers.ts";
import { openPartFile } from "./part-file.ts";

/** Timers that fire when told to. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout(fn) {
      next += 1;
      pending.set(next, fn);
      return next;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  const fire = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const fn of due) fn();
  };
  return { timers, fire, pending };
}

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-part-file-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sizeOf = async (path: string) => (await stat(path)).size;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("openPartFile", () => {
  it("writes every chunk in order, in batches of maxBytes and the rest at the end", async () => {
    const { timers, pending } = manualTimers();
    const path = join(dir, "update.part");
    const chunks = Array.from({ length: 37 }, (_, i) => Buffer.alloc(64 + i, i));
    await pipeline(
      Readable.from(chunks),
      openPartFile(path, { flags: "w", timers, maxBytes: 256 }),
    );
    expect((await readFile(path)).equals(Buffer.concat(chunks))).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(pending.size).toBe(0);
  });

  it("holds a batch until maxBytes, and writes what came once maxDelayMs has passed", async () => {
    const { timers, fire } = manualTimers();
    const path = join(dir, "update.part");
    const file = openPartFile(path, { flags: "w", timers, maxBytes: 1024, maxDelayMs: 100 });
    file.write(Buffer.alloc(10, 1));
    file.write(Buffer.alloc(20, 2));
    await settle();
    expect(await sizeOf(path)).toBe(0);
    fire();
    await settle();
    expect(await sizeOf(path)).toBe(30);
    file.write(Buffer.alloc(1024, 3));
    await settle();
    expect(await sizeOf(path)).toBe(1054);
    file.end(Buffer.alloc(5, 4));
    await new Promise((resolve) => file.once("finish", resolve));
    expect(await sizeOf(path)).toBe(1059);
  });

  it("appends to what an earlier attempt left with flags a", async () => {
    const { timers } = manualTimers();
    const path = join(dir, "update.part");
    await writeFile(path, "first half, ");
    await pipeline(
      Readable.from([Buffer.from("second "), Buffer.from("half")]),
      openPartFile(path, { flags: "a", timers }),
    );
    expect(await readFile(path, "utf8")).toBe("first half, second half");
  });

  it("drops what it holds and its timer when destroyed, and closes the file", async () => {
    const { timers, pending } = manualTimers();
    const path = join(dir, "update.part");
    const file = openPartFile(path, { flags: "w", timers, maxBytes: 1024 });
    file.write(Buffer.alloc(10));
    await settle();
    expect(pending.size).toBe(1);
    const failed = new Promise((resolve) => file.once("error", resolve));
    const closed = new Promise((resolve) => file.once("close", resolve));
    file.destroy(new Error("broken off"));
    expect(String(await failed)).toMatch(/broken off/);
    await closed;
    expect(pending.size).toBe(0);
    expect(await sizeOf(path)).toBe(0);
  });

  it("fails as the file system does: a directory that is not there", async () => {
    const { timers } = manualTimers();
    await expect(
      pipeline(
        Readable.from([Buffer.from("x")]),
        openPartFile(join(dir, "missing", "update.part"), { flags: "w", timers }),
      ),
    ).rejects.toMatchObject({ code: "ENOENT" });
  });
});
