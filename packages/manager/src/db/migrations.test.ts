// Issue 4: "one schema, versioned migrations applied at start, the same SQL
// on both". Applied once, in order, in one transaction; a failure leaves the
// database as it was; concurrent managers do not apply a migration twice.
import { describe, expect, it } from "vitest";
import { DatabaseMigrationError, DatabaseSchemaNewerError } from "../errors.ts";
import type { Database } from "./database.ts";
import {
  loadMigrations,
  type Migration,
  type MigrationReport,
  migrate,
  migrationChecksum,
  migrationLabel,
} from "./migrations.ts";
import { type OpenDatabaseOptions, openDatabase } from "./open-database.ts";
import { forEachBackend } from "./testing.ts";

const manager = await loadMigrations();
/** The version a migration added after the manager's own would have. */
const NEXT = manager.length + 1;
const nextLabel = (name: string) => migrationLabel({ version: NEXT, name });
const versions = manager.map((m) => m.version);

const TABLES = [
  "acquisition_lock",
  "acquisition_log_lines",
  "acquisition_run_items",
  "acquisition_runs",
  "admin_sessions",
  "admins",
  "cabinets",
  "clients",
  "destination_group_members",
  "destination_groups",
  "execution_status",
  "job_executions",
  "jobs",
  "packages",
  "schema_migrations",
  "settings",
  "status_events",
];

/** The tables of the schema the database works in. */
async function tables(db: Database): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

async function withDatabase<T>(
  options: Omit<OpenDatabaseOptions, "migrations">,
  migrations: readonly Migration[],
  fn: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openDatabase({ ...options, migrations });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const bad: Migration = {
  version: NEXT,
  name: "half_done",
  sql: "CREATE TABLE half_done (id int); INSERT INTO half_done VALUES (1); SELECT * FROM no_such_table;",
};

describe("loadMigrations", () => {
  it("reads the numbered files in order, starting with 001_initial", () => {
    expect(manager[0]?.name).toBe("initial");
    expect(manager.map((m) => m.version)).toEqual(manager.map((_, i) => i + 1));
  });

  it("refuses gaps in the numbering", async () => {
    const first = manager[0] as Migration;
    const db = {
      transaction: () => Promise.reject(new Error("not reached")),
    } as unknown as Database;
    await expect(migrate(db, [first, { ...bad, version: 3 }])).rejects.toThrow(
      "migrations must be numbered 001, 002, … without gaps: expected 002",
    );
  });
});

forEachBackend("migrations", (backend) => {
  it("creates the whole schema on a new database, once: opening it again applies nothing", async () => {
    const location = await backend.freshLocation();
    const reports: string[][] = [];
    const onMigrated = (report: MigrationReport) => reports.push([...report.applied]);
    await withDatabase({ ...location, onMigrated }, manager, async (db) => {
      expect(await tables(db)).toEqual(TABLES);
      const { rows } = await db.query<{ version: number; name: string; checksum: string }>(
        "SELECT version, name, checksum FROM schema_migrations",
      );
      expect(rows).toEqual(
        manager.map((m) => ({
          version: m.version,
          name: m.name,
          checksum: migrationChecksum(m.sql),
        })),
      );
    });
    await withDatabase({ ...location, onMigrated }, manager, async (db) => {
      expect((await db.query("SELECT * FROM schema_migrations")).rows).toHaveLength(manager.length);
      expect(await tables(db)).toEqual(TABLES);
    });
    expect(reports).toEqual([manager.map(migrationLabel), []]);
  });

  it("leaves a new database empty when a migration fails, and says which one and why", async () => {
    const location = await backend.freshLocation();
    const attempt = openDatabase({ ...location, migrations: [...manager, bad] });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseMigrationError);
    await expect(attempt).rejects.toThrow(
      `Database migration ${nextLabel("half_done")} failed; the database was left as it was. Reason: relation "no_such_table" does not exist`,
    );
    await expect(attempt).rejects.toMatchObject({ code: "PC_MGR_DB_MIGRATION", sqlState: "42P01" });
    await withDatabase(location, [], async (db) => {
      // Only the (re-created, empty) bookkeeping table: the manager's were rolled back with it.
      expect(await tables(db)).toEqual(["schema_migrations"]);
      expect((await db.query("SELECT * FROM schema_migrations")).rows).toEqual([]);
    });
  });

  it("keeps what was applied before when a later migration fails", async () => {
    const location = await backend.freshLocation(manager);
    await expect(openDatabase({ ...location, migrations: [...manager, bad] })).rejects.toThrow(
      DatabaseMigrationError,
    );
    await withDatabase(location, manager, async (db) => {
      expect(await tables(db)).toEqual(TABLES);
      const { rows } = await db.query<{ version: number }>("SELECT version FROM schema_migrations");
      expect(rows.map((r) => r.version)).toEqual(versions);
    });
  });

  it("refuses a migration file that changed after it was applied", async () => {
    const location = await backend.freshLocation(manager);
    const edited = manager.map((m) => (m.version === 1 ? { ...m, sql: `${m.sql}\n-- edit` } : m));
    await expect(openDatabase({ ...location, migrations: edited })).rejects.toThrow(
      "Database migration 001_initial failed; the database was left as it was. Reason: the migration file was changed after it was applied to this database",
    );
  });

  it("refuses a database that a newer manager has migrated", async () => {
    const location = await backend.freshLocation(manager);
    const next: Migration = {
      version: NEXT,
      name: "next",
      sql: "CREATE TABLE next_thing (id int);",
    };
    await withDatabase(location, [...manager, next], async () => undefined);
    const attempt = openDatabase({ ...location, migrations: manager });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseSchemaNewerError);
    await expect(attempt).rejects.toThrow(
      `the database has migration(s) ${String(NEXT).padStart(3, "0")}`,
    );
  });

  it("lets a second migrator wait for the first, then apply nothing", async () => {
    const location = await backend.freshLocation(manager);
    // Race two migrators: on a server two managers (two pools); embedded,
    // two callers of one handle (it is the only handle the data directory allows).
    const first = await openDatabase({ ...location, migrations: manager });
    const second =
      backend.kind === "server" ? await openDatabase({ ...location, migrations: manager }) : first;
    try {
      const slow: Migration = {
        version: NEXT,
        name: "slow",
        sql: "CREATE TABLE slow_thing (id int); SELECT pg_sleep(0.2);",
      };
      const migrations = [...manager, slow];
      const reports = await Promise.all([
        migrate(first, migrations, { schema: location.schema }),
        migrate(second, migrations, { schema: location.schema }),
      ]);
      const applied = reports.map((r) => r.applied).sort((a, b) => a.length - b.length);
      expect(applied).toEqual([[], [nextLabel("slow")]]);
      const { rows } = await first.query<{ version: number }>(
        "SELECT version FROM schema_migrations ORDER BY version",
      );
      expect(rows.map((r) => r.version)).toEqual([...versions, NEXT]);
    } finally {
      await first.close();
      if (second !== first) await second.close();
    }
  });
});
