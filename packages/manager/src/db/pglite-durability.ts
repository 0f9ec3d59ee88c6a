/**
 * The embedded database made as safe against a power loss as a PostgreSQL
 * server. PGlite starts PostgreSQL with fsync off (`-F`), and its file
 * system over Node's drops every flush PostgreSQL asks for: a transaction
 * committed and acknowledged lived in the page cache until the kernel
 * wrote it back, and a power loss or a kernel crash could lose it, or leave
 * data files that disagree with the WAL. Here PostgreSQL runs with fsync
 * on, and each fsync it asks for (the WAL at each COMMIT, data files,
 * pg_control and directories at a checkpoint, recovery's included) is
 * Node's fsync of the file, installed before PostgreSQL starts. The WAL is
 * flushed with fsync (`wal_sync_method=fsync`): PGlite's file system drops
 * fdatasync, and O_DSYNC (open_datasync) made each WAL page a write of its
 * own, 10-30 % fewer status reports a second than one flush per COMMIT. A
 * commit costs the disk's flush (about 0.4 ms on this project's test
 * machines), once per transaction whatever its size. A flush that fails
 * stops the process, as PostgreSQL's PANIC does: what was not flushed
 * cannot be trusted, and the next start replays the WAL.
 */
import { fsyncSync } from "node:fs";
import { type Extension, PGlite } from "@electric-sql/pglite";
import { stopOnFailedFlush } from "./failed-flush.ts";

/** PGlite's start parameters, with fsync on and the WAL flushed with fsync at each COMMIT. */
export const DURABLE_START_PARAMS: readonly string[] = Object.freeze([
  ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
  "-c",
  "wal_sync_method=fsync",
]);

/** What of PGlite's Emscripten module this uses (not in its types). */
interface NodeFsModule {
  readonly NODEFS?: { stream_ops?: Record<string, unknown> };
  readonly ENV?: Record<string, string | undefined>;
  readonly FS?: { lookupPath(path: string): { node: { mount: { type: unknown } } } };
}

export interface FlushOptions {
  /** Flushes a file descriptor (default: Node's fsyncSync). */
  readonly sync?: (fd: number) => void;
  /** A flush failed: the process must not go on (default: says why on stderr, exits 1). */
  readonly onFailure?: (error: unknown) => void;
}

/**
 * A PGlite extension that makes every fsync PostgreSQL asks for reach the
 * disk, from before PostgreSQL starts. It fails the start when PGlite's file
 * system is not the one this was written for.
 */
export function durableFlushes(options: FlushOptions = {}): Extension {
  const sync = options.sync ?? fsyncSync;
  const onFailure =
    options.onFailure ??
    ((error: unknown) => stopOnFailedFlush(error instanceof Error ? error.message : String(error)));
  const install = (mod: NodeFsModule) => {
    const streamOps = mod.NODEFS?.stream_ops;
    if (!streamOps || typeof streamOps.write !== "function") {
      throw new Error("this PGlite has no NODEFS stream operations to flush files with");
    }
    streamOps.fsync = (stream: { nfd?: number }) => {
      if (stream.nfd === undefined) return;
      try {
        sync(stream.nfd);
      } catch (error) {
        onFailure(error);
        throw error;
      }
    };
  };
  return {
    name: "patchcast-durable-flushes",
    setup: async (_pg, emscriptenOpts) => ({
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [...(emscriptenOpts.preRun ?? []), install],
      },
    }),
  };
}

/** Throws unless the database's files are on the Node file system the flushes were installed on. */
export function checkDataOnNodeFs(pglite: PGlite): void {
  const mod = pglite.Module as unknown as NodeFsModule;
  const pgdata = mod.ENV?.PGDATA;
  const onNodeFs =
    pgdata !== undefined &&
    mod.NODEFS !== undefined &&
    mod.FS?.lookupPath(pgdata).node.mount.type === mod.NODEFS &&
    typeof mod.NODEFS.stream_ops?.fsync === "function";
  if (!onNodeFs) {
    throw new Error("the embedded database's files are not where its flushes were installed");
  }
}
