/**
 * Flushes a directory, so that a file just created, renamed or linked into
 * it survives a power loss (fsync of the file covers its data, not its name).
 */
import { open } from "node:fs/promises";

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
