/**
 * Checks the URL of a PostgreSQL server (PATCHCAST_DATABASE_URL or
 * --database-url) before anything connects. A bad one is DPT004-E ("Unable
 * to get a DSN to connect or DSN invalid"); no message repeats a password.
 */
import { DatabaseDsnError } from "../errors.ts";

const SCHEMES = new Set(["postgres:", "postgresql:"]);

/** `url` without its password, safe to log. Unparseable input gives a placeholder. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable URL>";
  }
}

/**
 * The parsed URL, or `DatabaseDsnError` when it cannot name a PostgreSQL
 * server: empty, not a URL, another scheme, or no host (a Unix socket
 * directory may be given as `?host=/path` instead).
 */
export function parseDatabaseUrl(url: string): URL {
  if (url.trim() === "") throw new DatabaseDsnError("the database URL is empty");
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch (error) {
    throw new DatabaseDsnError(
      "the database URL is not a URL; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE",
      { cause: error },
    );
  }
  if (!SCHEMES.has(parsed.protocol)) {
    throw new DatabaseDsnError(
      `the scheme must be "postgres:" or "postgresql:": got "${parsed.protocol}"`,
    );
  }
  if (parsed.hostname === "" && !parsed.searchParams.get("host")) {
    throw new DatabaseDsnError("the database URL names no host");
  }
  if (parsed.port !== "" && Number(parsed.port) === 0) {
    throw new DatabaseDsnError(`the port must be 1-65535: got "${parsed.port}"`);
  }
  return parsed;
}
