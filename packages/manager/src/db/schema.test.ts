// The object model of migration 001 (contract §4-§6): the rules the schema
// itself keeps, on both backends.
import { beforeAll, describe, expect, it } from "vitest";
import { DatabaseQueryError } from "../errors.ts";
import type { Queryable, SqlParam } from "./database.ts";
import { forEachDatabase } from "./testing.ts";

const SHA = "a".repeat(64);
const AUTH_DATA_ALTERED = "300097078100";

async function insertId(
  db: Queryable,
  sql: string,
  params: readonly SqlParam[] = [],
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`${sql} RETURNING id`, params);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error(`no id from: ${sql}`);
  return id;
}

forEachDatabase("schema 001", (getDb) => {
  let clientId: number;
  let executionId: number;

  beforeAll(async () => {
    const db = getDb();
    clientId = await insertId(
      db,
      "INSERT INTO clients (pc_id, role, host_name) VALUES ('PC-0001', 'security_pc', 'sec-01')",
    );
    const groupId = await insertId(db, "INSERT INTO destination_groups (name) VALUES ('secure')");
    await db.query("INSERT INTO destination_group_members (group_id, client_id) VALUES ($1, $2)", [
      groupId,
      clientId,
    ]);
    await db.query("INSERT INTO cabinets (id, name) VALUES ('W1', 'Windows-Updates')");
    const packageId = await insertId(
      db,
      `INSERT INTO packages (cabinet_id, package_code, name, version, update_data, sha256, size_bytes)
       VALUES ('W1', 'DPT-WINDOWS11_0-KB5031356-X64', 'DPT-windows11_0-kb5031356-x64', '0001', true, $1, 1048576)`,
      [SHA],
    );
    const jobId = await insertId(
      db,
      `INSERT INTO jobs (name, type, group_id, package_id, settings, saved)
       VALUES ('KB5031356', 'install-package', $1, $2, $3, true)`,
      [groupId, packageId, JSON.stringify({ distribution: { method: "unicast" } })],
    );
    executionId = await insertId(
      db,
      `INSERT INTO job_executions (job_id, mode, settings) VALUES ($1, 'save-and-execute', '{}')`,
      [jobId],
    );
    await db.query("INSERT INTO execution_status (execution_id, client_id) VALUES ($1, $2)", [
      executionId,
      clientId,
    ]);
  });

  describe("status events", () => {
    const report = (seq: number | null, state = "received", stateId: string | null = "state-a") =>
      getDb().query(
        `INSERT INTO status_events (execution_id, client_id, state, occurred_at, agent_state_id, seq)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (client_id, agent_state_id, seq) DO NOTHING`,
        [
          executionId,
          clientId,
          state,
          new Date("2026-11-21T08:00:00Z"),
          seq === null ? null : stateId,
          seq,
        ],
      );
    const count = async () =>
      (
        await getDb().query<{ n: number }>(
          "SELECT count(*) AS n FROM status_events WHERE execution_id = $1",
          [executionId],
        )
      ).rows[0]?.n;

    it("stores a report sent again after a reconnect once, by (client, seq)", async () => {
      expect((await report(7)).rowCount).toBe(1);
      expect((await report(7)).rowCount).toBe(0);
      expect((await report(7, "awaiting_restart")).rowCount).toBe(0);
      expect(await count()).toBe(1);
      expect((await report(8, "awaiting_restart")).rowCount).toBe(1);
      expect(await count()).toBe(2);
    });

    it("takes the same seq again from an agent whose state directory was wiped (new state_id)", async () => {
      const before = (await count()) ?? 0;
      expect((await report(1, "received", "state-b")).rowCount).toBe(1);
      expect((await report(1, "received", "state-c")).rowCount).toBe(1);
      expect((await report(1, "received", "state-c")).rowCount).toBe(0);
      expect(await count()).toBe(before + 2);
    });

    it("keeps every transition the manager records itself (no seq)", async () => {
      const before = (await count()) ?? 0;
      await report(null, "waiting");
      await report(null, "offered");
      expect(await count()).toBe(before + 2);
    });

    it("refuses an unknown state and a malformed maintenance code", async () => {
      await expect(report(99, "exploded")).rejects.toBeInstanceOf(DatabaseQueryError);
      await expect(
        getDb().query(
          `UPDATE execution_status SET state = 'error', maintenance_code = $1
           WHERE execution_id = $2`,
          ["30009707810", executionId],
        ),
      ).rejects.toMatchObject({ sqlState: "23514" });
    });
  });

  it("finds the jobs a PC still has to run, and not those that ended", async () => {
    const db = getDb();
    const pending = () =>
      db.query<{ execution_id: number }>(
        `SELECT execution_id FROM execution_status
         WHERE client_id = $1 AND state NOT IN ('completed', 'error')`,
        [clientId],
      );
    expect((await pending()).rows).toEqual([{ execution_id: executionId }]);
    await db.query(
      `UPDATE execution_status SET state = 'error', maintenance_code = $1, detail = $2
       WHERE execution_id = $3 AND client_id = $4`,
      [AUTH_DATA_ALTERED, "signature does not verify", executionId, clientId],
    );
    expect((await pending()).rows).toEqual([]);
  });

  it("keeps cabinet IDs and names to the rules of contract §5", async () => {
    const db = getDb();
    for (const [id, name] of [
      ["ab", "lower-case-id"],
      ["ABC", "three-letters"],
      ["X1", "has space"],
      ["X2", "semi;colon"],
      ["X3", 'quo"te'],
      ["X4", "back\\slash"],
      ["X5", "a".repeat(33)],
      ["X6", ""],
    ]) {
      await expect(
        db.query("INSERT INTO cabinets (id, name) VALUES ($1, $2)", [id ?? "", name ?? ""]),
      ).rejects.toMatchObject({ code: "PC_MGR_DB_QUERY", sqlState: "23514" });
    }
    await db.query("INSERT INTO cabinets (id, name) VALUES ('Z9', $1)", ["b".repeat(32)]);
  });

  it("does not store a package with the same ID, version and generation twice", async () => {
    const db = getDb();
    const add = (code: string, generation: number) =>
      db.query(
        `INSERT INTO packages (cabinet_id, package_code, name, version, generation, sha256, size_bytes)
         VALUES ('W1', $1, 'n', '0001', $2, $3, 1)`,
        [code, generation, SHA],
      );
    await add("PKG-A", 0);
    await add("PKG-A", 1);
    await expect(add("PKG-A", 1)).rejects.toMatchObject({
      sqlState: "23505",
      constraint: "packages_identity_key",
    });
    await expect(add("P".repeat(45), 0)).rejects.toMatchObject({ sqlState: "23514" });
    await add("P".repeat(44), 0);
  });

  it("registers a PC once, as a security PC or a standard PC", async () => {
    const db = getDb();
    await expect(
      db.query("INSERT INTO clients (pc_id, role) VALUES ('PC-0001', 'standard')"),
    ).rejects.toMatchObject({ sqlState: "23505", constraint: "clients_pc_id_key" });
    await expect(
      db.query("INSERT INTO clients (pc_id, role) VALUES ('PC-0002', 'server')"),
    ).rejects.toMatchObject({ sqlState: "23514" });
  });

  describe("one acquisition at a time", () => {
    const take = async (holder: string, lease: string) => {
      const db = getDb();
      const runId = await insertId(db, "INSERT INTO acquisition_runs (trigger) VALUES ('manual')");
      const { rows } = await db.query(
        `UPDATE acquisition_lock
         SET holder = $1, run_id = $2, acquired_at = now(), expires_at = now() + $3::interval
         WHERE holder IS NULL OR expires_at < now()
         RETURNING run_id`,
        [holder, runId, lease],
      );
      return rows.length === 1;
    };

    it("refuses a second run while the first holds the lock, and lets one in when it expires", async () => {
      expect(await take("manager-a", "-1 second")).toBe(true); // already expired
      expect(await take("manager-b", "10 minutes")).toBe(true);
      expect(await take("manager-a", "10 minutes")).toBe(false);
      await getDb().query(
        "UPDATE acquisition_lock SET holder = NULL, run_id = NULL, expires_at = NULL",
      );
      expect(await take("manager-a", "10 minutes")).toBe(true);
    });

    it("keeps the DPT.LOG lines of a run", async () => {
      const db = getDb();
      const runId = await insertId(
        db,
        "INSERT INTO acquisition_runs (trigger, state, finished_at) VALUES ('scheduled', 'refused', now())",
      );
      await db.query(
        `INSERT INTO acquisition_log_lines (run_id, logged_at, message_id, text)
         VALUES ($1, now(), 'DPT001-W', 'Another instance of the application is already running.')`,
        [runId],
      );
      await expect(
        db.query(
          "INSERT INTO acquisition_log_lines (run_id, logged_at, message_id, text) VALUES ($1, now(), 'X', 'y')",
          [runId],
        ),
      ).rejects.toMatchObject({ sqlState: "23514" });
      await expect(
        db.query("INSERT INTO acquisition_runs (trigger, state) VALUES ('manual', 'succeeded')"),
      ).rejects.toMatchObject({ sqlState: "23514" });
    });
  });
});
