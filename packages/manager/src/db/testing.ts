/**
 * Runs a test suite on every database backend available here (issue 4:
 * "the same suite passes on embedded PostgreSQL and on the server"):
 *
 * - always on the embedded database, in a temporary data directory;
 * - on a server too: PATCHCAST_TEST_DATABASE_URL, else a testcontainers
 *   PostgreSQL when Docker answers (see test-server.ts).
 *
 * On a server, every fresh location is a schema of its own with a unique
 * name, dropped after the suite, so runs that share the server never meet.
 *
 *     forEachDatabase("clients", (getDb) => {
 *       it("registers a PC", async () => { await getDb().query(…) });
 *     });
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import type { Database, DatabaseKind } from "./database.ts";
import { loadMigrations, type Migration } from "./migrations.ts";
import { openDatabase } from "./open-database.ts";
import { quoteIdentifier } from "./schema-name.ts";
import { freshEmbeddedDataDir } from "./test-embedded.ts";
import { resolveTestServer, type TestServer } from "./test-server.ts";

/** Where a database of a backend lives: spread it into `openDatabase()`'s options. */
export interface DatabaseLocation {
  readonly dataDir: string;
  readonly url?: string;
  readonly schema?: string;
}

export interface TestBackend {
  readonly kind: DatabaseKind;
  /** `embedded`, or `server (PATCHCAST_TEST_DATABASE_URL)` / `server (testcontainers)`. */
  readonly label: string;
  /**
   * A new, empty place for a database of this backend (a data directory, and
   * on a server a schema of its own). Removed after the suite. With
   * `migrations`, the place already holds them (embedded: copied from a
   * cached, migrated cluster).
   */
  freshLocation(migrations?: readonly Migration[]): Promise<DatabaseLocation>;
}

const testServer: TestServer | undefined = await resolveTestServer();

let schemaCount = 0;
const uniqueSchemaName = () =>
  `pc_test_${process.pid}_${++schemaCount}_${randomBytes(4).toString("hex")}`;

async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) {
      await client.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
    }
  } finally {
    await client.end();
  }
}

function embeddedBackend(dataDirs: string[]): TestBackend {
  return {
    kind: "embedded",
    label: "embedded",
    async freshLocation(migrations) {
      const dataDir = await freshEmbeddedDataDir(migrations);
      dataDirs.push(dataDir);
      return { dataDir };
    },
  };
}

function serverBackend(server: TestServer, dataDirs: string[], schemas: string[]): TestBackend {
  return {
    kind: "server",
    label: `server (${server.source})`,
    async freshLocation(migrations) {
      const dataDir = await mkdtemp(join(tmpdir(), "patchcast-test-"));
      dataDirs.push(dataDir);
      const schema = uniqueSchemaName();
      schemas.push(schema);
      const location = { dataDir, url: await server.url(), schema };
      if (migrations !== undefined) await (await openDatabase({ ...location, migrations })).close();
      return location;
    },
  };
}

type Cleanup = () => Promise<void>;

/**
 * Registers `suite` once per backend. `atEnd` adds work (closing a
 * database) that the one afterAll hook runs before it drops schemas and
 * removes directories, whatever order the runner gives hooks.
 */
function registerBackends(
  name: string,
  suite: (backend: TestBackend, atEnd: (cleanup: Cleanup) => void) => void,
): void {
  const backends: Array<(dataDirs: string[], schemas: string[]) => TestBackend> = [
    (dataDirs) => embeddedBackend(dataDirs),
  ];
  const server = testServer;
  if (server) backends.push((dataDirs, schemas) => serverBackend(server, dataDirs, schemas));
  for (const make of backends) {
    const dataDirs: string[] = [];
    const schemas: string[] = [];
    const cleanups: Cleanup[] = [];
    const backend = make(dataDirs, schemas);
    describe(`${name} [${backend.kind}]`, () => {
      afterAll(async () => {
        for (const cleanup of cleanups.reverse()) await cleanup();
        if (schemas.length > 0 && server) await dropSchemas(await server.url(), schemas);
        await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
      });
      suite(backend, (cleanup) => cleanups.push(cleanup));
    });
  }
}

/** Registers `suite` once per available backend, inside `describe("<name> [<backend>]")`. */
export function forEachBackend(name: string, suite: (backend: TestBackend) => void): void {
  registerBackends(name, (backend) => suite(backend));
}

export interface ForEachDatabaseOptions {
  /** Migrations to open with (default: the manager's own). */
  readonly migrations?: readonly Migration[];
}

/**
 * Registers `suite` once per backend with one migrated database, opened
 * before the suite's tests and closed after them. `getDb()` works inside
 * tests and hooks.
 */
export function forEachDatabase(
  name: string,
  suite: (getDb: () => Database, backend: TestBackend) => void,
  options: ForEachDatabaseOptions = {},
): void {
  registerBackends(name, (backend, atEnd) => {
    let db: Database | undefined;
    beforeAll(async () => {
      const migrations = options.migrations ?? (await loadMigrations());
      db = await openDatabase({ ...(await backend.freshLocation(migrations)), migrations });
    });
    atEnd(async () => {
      await db?.close();
    });
    suite(() => {
      if (!db) throw new Error("getDb() is for tests and hooks: the database is not open yet");
      return db;
    }, backend);
  });
}
