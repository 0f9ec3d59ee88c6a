// An append-only state file appends whole records or none: a failed append
// is cut off, a file that could not be cut off is written anew before the
// next append, and nothing runs once it is closed. The system calls are the
// real ones, made to fail where a test says so.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AppendFile, appendFile, asyncCalls, type FdCalls, syncCalls } from "./append-file.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-append-file-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const MODES: [string, boolean, FdCalls][] = [
  ["durable", true, asyncCalls],
  ["not durable", false, syncCalls],
];

describe.each(MODES)("an append file, %s", (_how, durable, real) => {
  const path = () => join(dir, "journal.bin");
  /** The file, with `calls` in place of the real system calls where given. */
  const open = (calls: Partial<FdCalls> = {}, contents = () => Buffer.from("rewritten|")) =>
    appendFile(path(), {
      durable,
      size: 0,
      exists: false,
      contents,
      calls: { ...real, ...calls },
    });
  const content = async () => (await readFile(path())).toString();

  it("cuts a short write off again, and appends after it", async () => {
    let short = false;
    const file: AppendFile = open({
      write: async (fd, bytes) => {
        if (!short) return real.write(fd, bytes);
        short = false;
        return real.write(fd, bytes.subarray(0, 2));
      },
    });
    await file.append(Buffer.from("first|"), true);
    short = true;
    await expect(file.append(Buffer.from("second|"), true)).rejects.toThrow(/2 of 7 bytes/);
    expect(await content()).toBe("first|");
    await file.append(Buffer.from("third|"), true);
    expect(await content()).toBe("first|third|");
    expect(file.size).toBe(12);
    await file.close();
  });

  it("writes the file anew before the next append when a failed one could not be cut off", async () => {
    let fail = false;
    const file = open({
      write: async (fd, bytes) => {
        if (!fail) return real.write(fd, bytes);
        fail = false;
        await real.write(fd, bytes.subarray(0, 3));
        throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      },
      truncate: async (fd, length) => {
        if (length > 0) throw new Error("truncate failed");
        return real.truncate(fd, length);
      },
    });
    await file.append(Buffer.from("first|"), true);
    fail = true;
    await expect(file.append(Buffer.from("second|"), true)).rejects.toThrow(/no space/);
    expect(await content()).toBe("first|sec");
    await file.append(Buffer.from("third|"), true);
    expect(await content()).toBe("rewritten|third|");
    await file.close();
  });

  it("refuses appends once closed, and what was queued before the close does nothing", async () => {
    const file = open();
    await file.append(Buffer.from("first|"), true);
    const queued = file.rewrite();
    await file.close();
    await queued;
    await expect(file.append(Buffer.from("late|"), true)).rejects.toThrow(/closed/);
    await file.empty();
    expect(await content()).toBe("first|");
  });
});
