/**
 * The embedded database's thread: opens PGlite on the cluster it is sent
 * (`open`), then runs the statements it is sent, one at a time in the order
 * they came, and answers each with its rows or its error, until `close`;
 * then it waits for the next `open` (a thread is used again: starting one
 * costs half a second). PGlite runs a statement synchronously; here that
 * blocks this thread only, never the manager's sockets and timers. Started
 * by `embedded-connection.ts`.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { PGlite, type Results } from "@electric-sql/pglite";
import { flushTree, syncDirectory } from "../files/sync-directory.ts";
import type { QueryResult, SqlParam } from "./database.ts";
import {
  type EmbeddedOpen,
  type EmbeddedReply,
  type EmbeddedRequest,
  errorFields,
} from "./embedded-protocol.ts";
import { checkDataOnNodeFs, DURABLE_START_PARAMS, durableFlushes } from "./pglite-durability.ts";
import { INT8_OID, parseInt8 } from "./type-parsers.ts";

const port = parentPort;
if (!port) throw new Error("embedded-worker.ts runs only as a worker thread");

const reply = (message: EmbeddedReply) => port.postMessage(message);

const toResult = (result: Results<unknown>): QueryResult<unknown> => ({
  rows: result.rows,
  rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
});

/** A flush failed: the manager is told first (it stops), and nothing more runs here. */
function flushFailed(error: unknown): never {
  reply({ type: "flush-failed", message: errorFields(error).message });
  process.exit(1);
}

async function open({ path, schema, mustExist, assets }: EmbeddedOpen): Promise<PGlite> {
  // A new cluster is unpacked without a flush: flushed whole once made.
  const made = !existsSync(join(path, "PG_VERSION"));
  if (made && mustExist) throw new Error(`its files in ${path} have gone`);
  const pglite = await PGlite.create(path, {
    ...assets,
    parsers: { [INT8_OID]: parseInt8 },
    startParams: [...DURABLE_START_PARAMS],
    extensions: {
      // Sent before the answer to the statement that flushed: the manager stops first.
      durableFlushes: durableFlushes({ onFailure: flushFailed }),
    },
  });
  try {
    checkDataOnNodeFs(pglite);
    // A connection of its own: every one the manager opens is set alike.
    if (schema !== undefined) await pglite.exec(`SET search_path TO "${schema}"`);
    if (made) {
      await flushTree(path);
      await syncDirectory(dirname(path));
    }
  } catch (error) {
    await pglite.close();
    throw error;
  }
  // Making a cluster (initdb, a WebAssembly instance of its own) leaves some
  // 400 MB behind, which an idle thread would hold for as long as it ran.
  if (made) collectGarbage();
  reply({ type: "ready" });
  return pglite;
}

async function run(pglite: PGlite, request: EmbeddedRequest): Promise<QueryResult<unknown> | null> {
  switch (request.op) {
    case "query":
      return toResult(await pglite.query(request.sql, request.params?.slice() as SqlParam[]));
    case "exec":
      await pglite.exec(request.sql);
      return null;
    case "commit":
      if ((await pglite.query("COMMIT")).command === "ROLLBACK") {
        throw new Error("the transaction was rolled back because a statement in it failed");
      }
      return null;
    case "close":
      await pglite.close();
      return null;
  }
}

/** A full collection of this thread's heap (as jest-leak-detector reaches V8's gc()). */
function collectGarbage(): void {
  // V8's flags are the process's: from here on, any new context may call gc(). A saving of
  // memory never fails an open or a close.
  try {
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
  } catch {}
}

/** PostgreSQL itself failed (a WebAssembly trap): this thread ends, and the manager opens it again. */
const isFatal = (error: unknown) => error instanceof Error && error.name === "RuntimeError";

/** The database open now, between an `open` and its `close`. */
let pglite: PGlite | undefined;

async function handle(message: EmbeddedOpen | EmbeddedRequest): Promise<void> {
  if (message.op === "open") {
    try {
      // Never sent by the manager: one database per thread at a time.
      if (pglite !== undefined) throw new Error("a database is open in this thread");
      pglite = await open(message);
    } catch (error) {
      reply({ type: "open-failed", error: errorFields(error) });
    }
    return;
  }
  const db = pglite;
  if (db === undefined) {
    const error = { message: "no database is open in this thread" };
    return reply({ type: "failed", id: message.id, error });
  }
  try {
    reply({ type: "done", id: message.id, result: await run(db, message) });
  } catch (error) {
    if (isFatal(error) || (db.closed && message.op !== "close")) {
      reply({ type: "fatal", message: errorFields(error).message });
      process.exit(1);
    }
    reply({ type: "failed", id: message.id, error: errorFields(error) });
  }
  if (message.op === "close") {
    pglite = undefined;
    // What the closed database held goes before the thread waits for the next one.
    collectGarbage();
  }
}

// The manager sends the next unit only once this one is answered (or
// statements that may run in any order), but a queue keeps the order
// whatever comes.
let last: Promise<void> = Promise.resolve();
port.on("message", (message: EmbeddedOpen | EmbeddedRequest) => {
  last = last.then(() => handle(message));
});
