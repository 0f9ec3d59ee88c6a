/**
 * Flushing directories, so that a file just created, renamed or linked into
 * one survives a power loss (fsync of a file covers its data, not its name),
 * and so do directories just made.
 */
import { mkdir, open, readdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const syncDirectory = (dir: string): Promise<void> => syncPath(dir);

/** `mkdir -p dir`, with each directory it made flushed into its parent. */
export async function makeDirectory(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  // The parent of the first one made, then every one made below it but the last.
  let parent = dirname(first);
  await syncDirectory(parent);
  for (const part of relative(parent, dir).split(sep).slice(0, -1)) {
    parent = join(parent, part);
    await syncDirectory(parent);
  }
}

/** Flushes every file under `dir`, then each directory after its entries, `dir` last. */
export async function flushTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await flushTree(path);
    else if (entry.isFile()) await syncPath(path);
  }
  await syncDirectory(dir);
}
