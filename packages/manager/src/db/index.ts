/** The manager's PostgreSQL storage layer (contract §7). */
export type { Database, DatabaseKind, Queryable, QueryResult, SqlParam } from "./database.ts";
export { parseDatabaseUrl, redactDatabaseUrl } from "./database-url.ts";
export { type EmbeddedDatabaseOptions, openEmbeddedDatabase } from "./embedded-database.ts";
export {
  loadMigrations,
  MIGRATIONS_DIR,
  type MigrateOptions,
  type Migration,
  type MigrationReport,
  migrate,
} from "./migrations.ts";
export { type OpenDatabaseOptions, openDatabase } from "./open-database.ts";
export {
  backoffDelay,
  type RetryEvent,
  type RetryOptions,
  type RetryTimers,
  retryWithBackoff,
} from "./retry.ts";
export { openServerDatabase, type ServerDatabaseOptions } from "./server-database.ts";
