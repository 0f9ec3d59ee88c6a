/**
 * Names of PostgreSQL schemas the manager may be told to work in. Only
 * plain lower-case identifiers are accepted, so a name can never change the
 * meaning of the SQL it is put into.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws `RangeError` unless `name` is a plain lower-case identifier of at most 63 characters. */
export function assertSchemaName(name: string): void {
  if (!SCHEMA_NAME.test(name) || name.startsWith("pg_")) {
    throw new RangeError(
      `schema must be 1-63 lower-case letters, digits or _, not starting with a digit or pg_: got ${JSON.stringify(name)}`,
    );
  }
}

/** `name` as a quoted SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
