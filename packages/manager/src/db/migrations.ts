/**
 * Versioned schema migrations: numbered `.sql` files in `migrations/`
 * (`001_initial.sql`), the same SQL on the embedded database and on a
 * server. At open, every migration not yet in `schema_migrations` runs, in
 * order, all in ONE transaction: either all of them are applied or the
 * database is left exactly as it was.
 *
 * Managers sharing a server take a transaction-scoped advisory lock first,
 * so a second one waits for the first and then finds nothing left to do.
 * Each applied migration's checksum is kept: a file changed after it was
 * applied is refused rather than silently diverging.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DatabaseError, DatabaseMigrationError, DatabaseSchemaNewerError } from "../errors.ts";
import { isConnectionFailure } from "./classify-error.ts";
import type { Database, Queryable } from "./database.ts";
import { quoteIdentifier } from "./schema-name.ts";

export interface Migration {
  /** 1, 2, …: the number the file name starts with. */
  readonly version: number;
  /** `initial`: the rest of the file name. */
  readonly name: string;
  readonly sql: string;
}

export interface MigrationReport {
  /** Labels (`001_initial`) of the migrations this call applied, in order. */
  readonly applied: readonly string[];
  /** The schema version the database is at now. */
  readonly version: number;
}

export interface MigrateOptions {
  /** Create this schema (under the lock) when it does not exist yet. */
  readonly schema?: string | undefined;
}

export const MIGRATIONS_DIR = new URL("./migrations/", import.meta.url);

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** "Patchcast manager" in ASCII, as the first key of the advisory lock. */
const LOCK_CLASS = 0x50434d47;

export const migrationLabel = (m: Pick<Migration, "version" | "name">) =>
  `${String(m.version).padStart(3, "0")}_${m.name}`;

/** SHA-256 of the SQL with line endings normalised, so a CRLF checkout matches. */
export const migrationChecksum = (sql: string) =>
  createHash("sha256").update(sql.replaceAll("\r\n", "\n")).digest("hex");

/** FNV-1a, as a signed 32-bit integer: the second key of the advisory lock. */
function lockKey(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return hash | 0;
}

/** Checks versions run 1, 2, 3, … without gaps or repeats. */
function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new DatabaseMigrationError(
        migrationLabel(m),
        `migrations must be numbered 001, 002, … without gaps: expected ${String(index + 1).padStart(3, "0")}`,
      );
    }
  });
}

/** The migrations in `dir`, in order. Other `.sql` names are an error, other files ignored. */
export async function loadMigrations(dir: URL | string = MIGRATIONS_DIR): Promise<Migration[]> {
  const path = typeof dir === "string" ? dir : fileURLToPath(dir);
  const migrations: Migration[] = [];
  for (const file of (await readdir(path)).sort()) {
    if (!file.endsWith(".sql")) continue;
    const match = FILE_NAME.exec(file);
    if (!match?.[1] || !match[2]) {
      throw new DatabaseMigrationError(file, "a migration file must be named NNN_lower_case.sql");
    }
    const sql = await readFile(join(path, file), "utf8");
    migrations.push({ version: Number(match[1]), name: match[2], sql });
  }
  checkSequence(migrations);
  return migrations;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

async function appliedMigrations(tx: Queryable): Promise<AppliedRow[]> {
  await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await tx.query<AppliedRow>(
    "SELECT version, name, checksum FROM schema_migrations ORDER BY version",
  );
  return rows;
}

function checkApplied(applied: readonly AppliedRow[], migrations: readonly Migration[]): void {
  const unknown = applied.filter((row) => row.version > migrations.length).map((r) => r.version);
  if (unknown.length > 0) throw new DatabaseSchemaNewerError(unknown);
  for (const row of applied) {
    const migration = migrations[row.version - 1];
    if (migration && migrationChecksum(migration.sql) !== row.checksum) {
      throw new DatabaseMigrationError(
        migrationLabel(row),
        "the migration file was changed after it was applied to this database",
      );
    }
  }
}

async function apply(tx: Queryable, migration: Migration): Promise<void> {
  try {
    await tx.exec(migration.sql);
  } catch (error) {
    // A lost connection is not the migration's fault: let it be retried as such.
    if (isConnectionFailure(error)) throw error;
    const known = error instanceof DatabaseError ? error : undefined;
    const reason = known?.reason ?? (error instanceof Error ? error.message : String(error));
    throw new DatabaseMigrationError(migrationLabel(migration), reason, {
      cause: error,
      sqlState: known?.sqlState,
    });
  }
  await tx.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", [
    migration.version,
    migration.name,
    migrationChecksum(migration.sql),
  ]);
}

/** Brings `db` up to the last of `migrations`; see the file comment. */
export async function migrate(
  db: Database,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): Promise<MigrationReport> {
  checkSequence(migrations);
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1::int4, $2::int4)", [
      LOCK_CLASS,
      lockKey(`schema_migrations:${options.schema ?? ""}`),
    ]);
    if (options.schema !== undefined) {
      await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    }
    const applied = await appliedMigrations(tx);
    checkApplied(applied, migrations);
    const pending = migrations.slice(applied.length);
    for (const migration of pending) await apply(tx, migration);
    return { applied: pending.map(migrationLabel), version: migrations.length };
  });
}
