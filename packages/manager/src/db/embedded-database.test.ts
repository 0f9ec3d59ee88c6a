// The embedded database runs in a thread of its own: the manager's timers
// and sockets go on while a statement runs, a thread that stops fails only
// what it was running and the database opens again for the rest, and a
// handle keeps a process alive only while a statement is on its way.
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import { DatabaseConnectionError, type DatabaseError } from "../errors.ts";
import type { Database } from "./database.ts";
import { EmbeddedConnection } from "./embedded-connection.ts";
import { embeddedDatabasePath, openEmbeddedDatabase } from "./embedded-database.ts";
import { giveBackThread, startThread } from "./embedded-threads.ts";
import { pgliteAssets } from "./pglite-assets.ts";
import { freshEmbeddedDataDir } from "./test-embedded.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Options = { heapLimitMb?: number; schema?: string; onLost?: (e: DatabaseError) => void };

async function open(options: Options = {}) {
  const dataDir = await freshEmbeddedDataDir();
  const db: Database = await openEmbeddedDatabase({ dataDir, ...options });
  cleanups.push(async () => {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return { db, dataDir };
}

it("lets the manager's timers run while a long statement runs", async () => {
  const { db } = await open();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  try {
    const started = performance.now();
    let during = 0;
    // Long enough that a statement run on this thread would have held every tick back.
    while (performance.now() - started < 300) {
      const before = ticks;
      await db.query("SELECT count(*) FROM generate_series(1, 2000000)");
      during = Math.max(during, ticks - before);
    }
    expect(during).toBeGreaterThan(0);
  } finally {
    clearInterval(timer);
  }
});

it("fails what a stopped thread ran, says so, and opens the database again, in its schema", async () => {
  const lost: DatabaseError[] = [];
  const { db } = await open({
    heapLimitMb: 64,
    schema: "tenant_b",
    onLost: (error) => lost.push(error),
  });
  await db.exec("CREATE SCHEMA tenant_b");
  await db.query("CREATE TABLE kept (id int)");
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO kept VALUES (1), (2)");
  });
  // Rows far beyond the thread's heap: the thread ends, not the process.
  const huge = db.query("SELECT repeat('x', 1000000) || n AS big FROM generate_series(1, 400) n");
  // Sent behind it, never started by the thread that ended: sent again, and answered.
  const behind = [
    db.query<{ n: number }>("SELECT 1 AS n"),
    db.transaction((tx) => tx.query("INSERT INTO kept VALUES (3)")),
    db.query<{ n: number }>("SELECT 2 AS n"),
  ];
  await expect(huge).rejects.toBeInstanceOf(DatabaseConnectionError);
  const [one, , two] = await Promise.all(behind);
  expect([one?.rows, two?.rows]).toEqual([[{ n: 1 }], [{ n: 2 }]]);
  await expect(huge).rejects.toMatchObject({
    code: "PC_MGR_DB_CONNECT",
    transient: true,
    message: expect.stringMatching(/the embedded database stopped/),
  });
  expect(lost).toHaveLength(1);
  expect(lost[0]).toBeInstanceOf(DatabaseConnectionError);
  const { rows } = await db.query<{ n: number; s: string }>(
    "SELECT count(*)::int AS n, current_schema() AS s FROM kept",
  );
  expect(rows).toEqual([{ n: 3, s: "tenant_b" }]);
});

it("keeps a process alive while a statement is on its way, and not after", async () => {
  const dataDir = await freshEmbeddedDataDir();
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const script = `
    import { openEmbeddedDatabase } from ${JSON.stringify(fileURLToPath(new URL("./embedded-database.ts", import.meta.url)))};
    const db = await openEmbeddedDatabase({ dataDir: process.argv[1] });
    const { rows } = await db.query("SELECT 41 + 1 AS answer");
    console.log(rows[0].answer);
    // Never closed: the process ends all the same.
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script, dataDir],
    { timeout: 20_000 },
  );
  expect(stdout.trim()).toBe("42");
});

it("opens in a new thread when the waiting one has ended unseen", async () => {
  const dataDir = await freshEmbeddedDataDir();
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  await pgliteAssets();
  // A thread given back, then gone before its end is seen: the next open takes it.
  const gone = startThread(200);
  giveBackThread(gone, 200);
  void gone.terminate();
  const connection = await EmbeddedConnection.open(embeddedDatabasePath(dataDir), {
    heapLimitMb: 200,
  });
  try {
    expect((await connection.query<{ n: number }>("SELECT 7 AS n", undefined)).rows).toEqual([
      { n: 7 },
    ]);
  } finally {
    await connection.close();
  }
});
