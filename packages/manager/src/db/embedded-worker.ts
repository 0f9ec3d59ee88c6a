/**
 * The embedded database's thread: opens PGlite on the cluster it is given
 * (workerData), then runs the statements it is sent, one at a time in the
 * order they came, and answers each with its rows or its error. PGlite runs
 * a statement synchronously; here that blocks this thread only, never the
 * manager's sockets and timers. Started by `embedded-connection.ts`.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Results } from "@electric-sql/pglite";
import { flushTree, syncDirectory } from "../files/sync-directory.ts";
import type { QueryResult, SqlParam } from "./database.ts";
import {
  type EmbeddedReply,
  type EmbeddedRequest,
  type EmbeddedWorkerData,
  errorFields,
} from "./embedded-protocol.ts";
import { checkDataOnNodeFs, DURABLE_START_PARAMS, durableFlushes } from "./pglite-durability.ts";
import { INT8_OID, parseInt8 } from "./type-parsers.ts";

const port = parentPort;
if (!port) throw new Error("embedded-worker.ts runs only as a worker thread");
const { path, schema, mustExist, assets } = workerData as EmbeddedWorkerData;

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

async function open(made: boolean): Promise<PGlite> {
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

/** PostgreSQL itself failed (a WebAssembly trap): this thread ends, and the manager opens it again. */
const isFatal = (error: unknown) => error instanceof Error && error.name === "RuntimeError";

try {
  // A new cluster is unpacked without a flush: flushed whole once made.
  const made = !existsSync(join(path, "PG_VERSION"));
  if (made && mustExist) throw new Error(`its files in ${path} have gone`);
  const pglite = await open(made);
  // The manager sends the next unit only once this one is answered (or
  // statements that may run in any order), but a queue keeps the order
  // whatever comes.
  let last: Promise<void> = Promise.resolve();
  port.on("message", (request: EmbeddedRequest) => {
    last = last.then(async () => {
      try {
        reply({ type: "done", id: request.id, result: await run(pglite, request) });
      } catch (error) {
        if (isFatal(error) || pglite.closed) {
          reply({ type: "fatal", message: errorFields(error).message });
          process.exit(1);
        }
        reply({ type: "failed", id: request.id, error: errorFields(error) });
      }
      if (request.op === "close") port.close();
    });
  });
  reply({ type: "ready", made });
} catch (error) {
  reply({ type: "open-failed", error: errorFields(error) });
  port.close();
}
