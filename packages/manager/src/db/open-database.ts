/**
 * Opens the manager's database (contract §7): the PostgreSQL server named by
 * `url` when there is one, else the embedded database in the data directory;
 * then brings its schema up to date. With `retry`, a failure that may pass
 * (the server is down or starting) is tried again with backoff instead of
 * ending the manager.
 */
import type { DatabaseError } from "../errors.ts";
import type { Database } from "./database.ts";
import { openEmbeddedDatabase } from "./embedded-database.ts";
import { loadMigrations, type Migration, type MigrationReport, migrate } from "./migrations.ts";
import { type RetryOptions, retryWithBackoff } from "./retry.ts";
import { assertSchemaName } from "./schema-name.ts";
import { openServerDatabase } from "./server-database.ts";

export interface OpenDatabaseOptions {
  /** The manager's data directory (the embedded database lives in `<dataDir>/db`). */
  readonly dataDir: string;
  /** A PostgreSQL server URL (PATCHCAST_DATABASE_URL / --database-url); absent: embedded. */
  readonly url?: string | undefined;
  /** Work in this schema of the database (created when missing). */
  readonly schema?: string | undefined;
  /** The migrations to apply (default: the files in `migrations/`). */
  readonly migrations?: readonly Migration[] | undefined;
  /** Retry transient connection failures with these settings (default: fail at once). */
  readonly retry?: RetryOptions | undefined;
  /** Server only: how long to wait for a connection (default 5,000 ms). */
  readonly connectTimeoutMs?: number | undefined;
  /** Server only: connections in the pool (default 10). */
  readonly maxConnections?: number | undefined;
  /**
   * Told of a connection lost in the background: an idle one the server
   * dropped, or the embedded database's thread that stopped (both open
   * again at the next statement).
   */
  readonly onBackgroundError?: ((error: DatabaseError) => void) | undefined;
  /** Told what the migrations did. */
  readonly onMigrated?: ((report: MigrationReport) => void) | undefined;
}

async function openOnce(
  options: OpenDatabaseOptions,
  migrations: readonly Migration[],
): Promise<Database> {
  const db =
    options.url === undefined
      ? await openEmbeddedDatabase({
          dataDir: options.dataDir,
          schema: options.schema,
          ...(options.onBackgroundError ? { onLost: options.onBackgroundError } : {}),
        })
      : await openServerDatabase({
          url: options.url,
          schema: options.schema,
          connectTimeoutMs: options.connectTimeoutMs,
          maxConnections: options.maxConnections,
          onBackgroundError: options.onBackgroundError,
        });
  try {
    const report = await migrate(db, migrations, { schema: options.schema });
    options.onMigrated?.(report);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The database of a manager, migrated and ready. Fails with the manager's
 * database errors: `DatabaseDsnError` (DPT004-E) for a bad URL,
 * `DatabaseConnectionError` (DPT002-E) when it cannot connect,
 * `DatabaseMigrationError` when the schema cannot be brought up to date.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.schema !== undefined) assertSchemaName(options.schema);
  const migrations = options.migrations ?? (await loadMigrations());
  if (options.retry === undefined) return openOnce(options, migrations);
  return retryWithBackoff(() => openOnce(options, migrations), options.retry);
}
