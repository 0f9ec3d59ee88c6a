// Contract §7: the same SQL gives the same results on the embedded database
// and on a server, and every failure is one of the manager's errors.
import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  DatabaseClosedError,
  DatabaseConnectionError,
  type DatabaseError,
  DatabaseMisuseError,
  DatabaseQueryError,
} from "../errors.ts";
import type { Queryable } from "./database.ts";
import { openDatabase } from "./open-database.ts";
import { forEachDatabase } from "./testing.ts";

forEachDatabase("database", (getDb, backend) => {
  it(`reports its kind (${backend.label})`, () => {
    expect(getDb().kind).toBe(backend.kind);
  });

  it("binds $n parameters and gives the same JavaScript values on both backends", async () => {
    const { rows } = await getDb().query<Record<string, unknown>>(
      `SELECT $1::int8 AS big, count(*) AS counted, $2::jsonb AS doc, $3::timestamptz AS at,
              $4::text AS label, $5::bool AS flag, $6::bytea AS bytes, $7::text AS nothing,
              3 = ANY($8::int[]) AS has_three, 'b' = ANY($9::text[]) AS has_b`,
      [
        9_007_199_254_740_991,
        JSON.stringify({ distribution: { method: "unicast" }, list: [1, 2] }),
        new Date("2026-11-20T00:00:00Z"),
        "O'Brien; DROP TABLE x",
        true,
        new Uint8Array([0, 255]),
        null,
        [1, 2, 3],
        ["a", "b"],
      ],
    );
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    expect(row.big).toBe(9_007_199_254_740_991);
    expect(row.counted).toBe(1);
    expect(row.doc).toEqual({ distribution: { method: "unicast" }, list: [1, 2] });
    expect(row.at).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect(row.label).toBe("O'Brien; DROP TABLE x");
    expect(row.flag).toBe(true);
    expect([...(row.bytes as Uint8Array)]).toEqual([0, 255]);
    expect(row.nothing).toBeNull();
    expect(row.has_three).toBe(true);
    expect(row.has_b).toBe(true);
  });

  it("counts the rows a statement changed", async () => {
    const db = getDb();
    await db.query("INSERT INTO cabinets (id, name) VALUES ('C1', 'counted')");
    const updated = await db.query("UPDATE cabinets SET name = name WHERE id = 'C1'");
    expect(updated.rowCount).toBe(1);
    const none = await db.query("DELETE FROM cabinets WHERE id = 'ZZ'");
    expect(none.rowCount).toBe(0);
  });

  describe("transactions", () => {
    const countCabinets = async (q: Queryable, id: string) =>
      (await q.query<{ n: number }>("SELECT count(*) AS n FROM cabinets WHERE id = $1", [id]))
        .rows[0]?.n;

    it("commits when the callback resolves, and returns its value", async () => {
      const db = getDb();
      const value = await db.transaction(async (tx) => {
        await tx.query("INSERT INTO cabinets (id, name) VALUES ('T1', 'committed')");
        return countCabinets(tx, "T1");
      });
      expect(value).toBe(1);
      expect(await countCabinets(db, "T1")).toBe(1);
    });

    it("rolls back when the callback throws, and rethrows its error as it is", async () => {
      const db = getDb();
      const failure = new Error("changed my mind");
      await expect(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO cabinets (id, name) VALUES ('T2', 'rolled-back')");
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await countCabinets(db, "T2")).toBe(0);
    });

    it("rolls back when a statement fails, with DPT003-E and the constraint's name", async () => {
      const db = getDb();
      const attempt = db.transaction(async (tx) => {
        await tx.query("INSERT INTO cabinets (id, name) VALUES ('T3', 'first')");
        await tx.query("INSERT INTO cabinets (id, name) VALUES ('T4', 'first')");
      });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseQueryError);
      await expect(attempt).rejects.toMatchObject({
        code: "PC_MGR_DB_QUERY",
        sqlState: "23505",
        constraint: "cabinets_name_key",
      });
      await expect(attempt).rejects.toThrow(/^Error occurred while accessing database\. Reason: /);
      expect(await countCabinets(db, "T3")).toBe(0);
    });

    it("does not commit a transaction whose failed statement the callback swallowed", async () => {
      const db = getDb();
      const attempt = db.transaction(async (tx) => {
        await tx.query("INSERT INTO cabinets (id, name) VALUES ('T5', 'swallowed')");
        await tx.query("SELECT * FROM no_such_table").catch(() => undefined);
      });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseQueryError);
      expect(await countCabinets(db, "T5")).toBe(0);
    });

    it("refuses a transaction's handle once the transaction has ended", async () => {
      let leaked: Queryable | undefined;
      await getDb().transaction(async (tx) => {
        leaked = tx;
      });
      await expect(leaked?.query("SELECT 1")).rejects.toBeInstanceOf(DatabaseMisuseError);
    });

    it("runs concurrent transactions one after another without losing an update", async () => {
      const db = getDb();
      await db.query("INSERT INTO settings (key, value) VALUES ('counter', '0')");
      const increment = () =>
        db.transaction(async (tx) => {
          const { rows } = await tx.query<{ value: number }>(
            "SELECT value FROM settings WHERE key = 'counter' FOR UPDATE",
          );
          const next = (rows[0]?.value ?? 0) + 1;
          await tx.query("UPDATE settings SET value = $1 WHERE key = 'counter'", [
            JSON.stringify(next),
          ]);
        });
      await Promise.all(Array.from({ length: 8 }, increment));
      const { rows } = await db.query<{ value: number }>(
        "SELECT value FROM settings WHERE key = 'counter'",
      );
      expect(rows[0]?.value).toBe(8);
    });

    if (backend.kind === "embedded") {
      it("refuses the database handle inside its own transaction instead of hanging", async () => {
        const db = getDb();
        await expect(
          db.transaction(async () => {
            await db.query("SELECT 1");
          }),
        ).rejects.toBeInstanceOf(DatabaseMisuseError);
        await expect(db.transaction(() => db.transaction(async () => 1))).rejects.toBeInstanceOf(
          DatabaseMisuseError,
        );
        expect((await db.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      });
    }
  });
  if (backend.kind === "server") {
    // Issue 4: "the manager retries rather than dies". A connection the server
    // drops (restart, failover, idle kill) is reported, taken out of the pool,
    // and the next statement runs on a new one.
    it("replaces a connection the server dropped and carries on", async () => {
      const location = await backend.freshLocation();
      let reported: (error: DatabaseError) => void = () => undefined;
      const dropped = new Promise<DatabaseError>((resolve) => {
        reported = resolve;
      });
      const db = await openDatabase({
        ...location,
        maxConnections: 1,
        onBackgroundError: reported,
      });
      const admin = new pg.Client({ connectionString: location.url });
      await admin.connect();
      try {
        const { rows } = await db.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        await admin.query("SELECT pg_terminate_backend($1)", [rows[0]?.pid]);
        const error = await dropped;
        expect(error).toBeInstanceOf(DatabaseConnectionError);
        expect(error.message).toMatch(/^Database connection failed\. Reason: /);
        const again = await db.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        expect(again.rows[0]?.pid).not.toBe(rows[0]?.pid);
      } finally {
        await admin.end();
        await db.close();
      }
    });
  }
});

forEachDatabase("closing the database", (getDb) => {
  it("lets running work finish, then refuses new work with PC_MGR_DB_CLOSED", async () => {
    const db = getDb();
    const running = db.query<{ n: number }>("SELECT 42 AS n");
    await db.close();
    await expect(running).resolves.toMatchObject({ rows: [{ n: 42 }] });
    expect(db.closed).toBe(true);
    await expect(db.query("SELECT 1")).rejects.toBeInstanceOf(DatabaseClosedError);
    await expect(db.transaction(async () => 1)).rejects.toBeInstanceOf(DatabaseClosedError);
    await db.close();
  });
});
