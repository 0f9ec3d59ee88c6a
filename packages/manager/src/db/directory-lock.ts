/**
 * A lock file that keeps a second process (or a second handle in this one)
 * from opening the same embedded database: PGlite assumes it is the only
 * PostgreSQL on its data directory. The file holds the owner's PID; a file
 * left by a process that is gone is taken over.
 */
import { readFile, unlink, writeFile } from "node:fs/promises";
import { DatabaseConnectionError } from "../errors.ts";

/** Lock files this process holds, so a PID of ours in a file we do not hold is stale. */
const held = new Set<string>();

export interface DirectoryLock {
  readonly path: string;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function ownerOf(path: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(path, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    await writeFile(path, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Takes the lock file at `path`, or throws `DatabaseConnectionError` naming
 * the process that holds it. `what` names the locked thing in that message.
 */
export async function acquireDirectoryLock(path: string, what: string): Promise<DirectoryLock> {
  const inUse = (by: string) =>
    new DatabaseConnectionError(`the ${what} is in use by ${by} (lock file ${path})`);
  if (held.has(path)) throw inUse("another handle in this process");
  for (let tries = 0; !(await tryCreate(path)); tries++) {
    const pid = await ownerOf(path);
    // An unreadable or empty file may be one being written: not stale.
    const stale = pid !== undefined && (pid === process.pid || !isAlive(pid));
    if (!stale || tries > 0) throw inUse(pid === undefined ? "another process" : `process ${pid}`);
    await unlink(path).catch(() => undefined);
  }
  held.add(path);
  let released = false;
  return {
    path,
    async release() {
      if (released) return;
      released = true;
      held.delete(path);
      await unlink(path).catch(() => undefined);
    },
  };
}
