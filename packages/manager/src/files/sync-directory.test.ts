// Directories made and trees flushed: what is made is there, and a second
// call on what exists changes nothing.
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { flushTree, makeDirectory } from "./sync-directory.ts";

let work: string | undefined;
afterEach(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

it("makes every missing directory of a path, and leaves one that exists alone", async () => {
  work = await mkdtemp(join(tmpdir(), "patchcast-dirs-"));
  const deep = join(work, "a", "b", "c");
  await makeDirectory(deep);
  expect((await stat(deep)).isDirectory()).toBe(true);
  await writeFile(join(deep, "kept"), "x");
  await makeDirectory(deep);
  expect(await readdir(deep)).toEqual(["kept"]);
});

it("flushes a tree of files and directories, and fails on one that is missing", async () => {
  work = await mkdtemp(join(tmpdir(), "patchcast-dirs-"));
  await makeDirectory(join(work, "x", "y"));
  await writeFile(join(work, "x", "y", "f"), "data");
  await writeFile(join(work, "g"), "data");
  await expect(flushTree(work)).resolves.toBeUndefined();
  await expect(flushTree(join(work, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
});
