/**
 * The embedded database made safe against a power loss, as a PostgreSQL
 * server is. PGlite starts PostgreSQL with fsync off (`-F`), and its file
 * system over Node's never flushes a file when PostgreSQL asks it to: a
 * transaction committed and acknowledged lives in the page cache until the
 * kernel writes it back, and a power loss or a kernel crash could lose it,
 * or leave data files that disagree with the WAL. Here PostgreSQL runs with
 * fsync on, and every flush it asks for (the WAL at each COMMIT, data files
 * and directories at a checkpoint) is Node's fsync of the file. The WAL is
 * flushed with fsync (`wal_sync_method=fsync`): PGlite's file system drops
 * fdatasync, and O_DSYNC (open_datasync) made each WAL page a write of its
 * own, 10-30 % fewer status reports a second than one flush per COMMIT. A
 * commit costs the disk's flush (about 0.4 ms on this project's test
 * machines), once per transaction whatever its size.
 */
import { fsyncSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";

/** PGlite's start parameters, with fsync on and the WAL flushed with fsync at each COMMIT. */
export const DURABLE_START_PARAMS: readonly string[] = Object.freeze([
  ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
  "-c",
  "wal_sync_method=fsync",
]);

/** What of PGlite's Emscripten module the flush is installed on (not in its types). */
interface NodeFsModule {
  readonly NODEFS?: { stream_ops?: Record<string, unknown> };
}

/**
 * Makes PostgreSQL's requests to flush a file (fsync, fdatasync) reach the
 * disk, through `sync` (Node's fsyncSync). Throws when PGlite's file system
 * is not the one this was written for: an embedded database that silently
 * ignored them would be worse than none.
 */
export function flushFilesOnRequest(pglite: PGlite, sync: (fd: number) => void = fsyncSync): void {
  const streamOps = (pglite.Module as unknown as NodeFsModule).NODEFS?.stream_ops;
  if (!streamOps || typeof streamOps.write !== "function") {
    throw new Error("this PGlite has no NODEFS stream operations to flush files with");
  }
  streamOps.fsync = (stream: { nfd?: number }) => {
    if (stream.nfd !== undefined) sync(stream.nfd);
  };
}
