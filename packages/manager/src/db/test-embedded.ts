/**
 * Fresh embedded databases for tests. Creating a PGlite cluster (initdb)
 * takes seconds and migrating it most of one; copying a finished one takes
 * a fraction. So each kind of cluster (empty, or migrated with a given list
 * of migrations) is made once per PGlite version and user, kept in the
 * temporary directory, and copied into each test's data directory.
 */
import { createHash } from "node:crypto";
import { watch } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import { basename, dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { embeddedDatabasePath } from "./embedded-database.ts";
import { type Migration, migrationChecksum, migrationLabel } from "./migrations.ts";
import { openDatabase } from "./open-database.ts";

const templates = new Map<string, Promise<string>>();

async function pgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const manifest = JSON.parse(await readFile(join(dirname(entry), "..", "package.json"), "utf8"));
  return String(manifest.version);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Copies a directory tree by reading and writing each file. (fs.cp clones
 * through copy_file_range, and on some file systems removing such clones
 * afterwards takes a second per cluster.)
 */
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      if (entry.isDirectory()) await copyTree(source, target);
      else await writeFile(target, await readFile(source));
    }),
  );
}

/** Resolves when something named `names` changes in `dir`, or after `ms` at the latest. */
function changeIn(dir: string, names: readonly string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      watcher.close();
      clearTimeout(timer);
      resolve();
    };
    const watcher = watch(dir, (_event, file) => {
      if (file !== null && names.includes(file)) done();
    });
    const timer = setTimeout(done, ms);
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Builds `target` with `build(workDir)` unless it exists. One test process
 * builds (it holds `<target>.lock`); the others wait for its rename, so a
 * cold cache costs one initdb, not one per test file. The cluster is built
 * beside its place and renamed there, so a reader never sees half of one.
 */
async function buildOnce(target: string, build: (dataDir: string) => Promise<void>): Promise<void> {
  const lockPath = `${target}.lock`;
  const names = [basename(target), basename(lockPath)];
  while (!(await exists(join(target, "PG_VERSION")))) {
    const owner = await readFile(lockPath, "utf8").then(Number, () => undefined);
    if (owner !== undefined && owner > 0 && isAlive(owner)) {
      await changeIn(dirname(target), names, 1_000);
      continue;
    }
    if (owner !== undefined) await rm(lockPath, { force: true });
    const claimed = await writeFile(lockPath, String(process.pid), { flag: "wx" }).then(
      () => true,
      () => false,
    );
    if (!claimed) continue;
    const work = await mkdtemp(`${target}.building-`);
    try {
      await build(work);
      await rename(embeddedDatabasePath(work), target);
    } finally {
      await rm(work, { recursive: true, force: true });
      await rm(lockPath, { force: true });
    }
  }
}

/** The cached cluster `name`, built by `build` when it is not there yet. */
function cachedCluster(name: string, build: (dataDir: string) => Promise<void>): Promise<string> {
  let cluster = templates.get(name);
  if (!cluster) {
    cluster = (async () => {
      const version = await pgliteVersion();
      const target = join(tmpdir(), `patchcast-pglite-${version}-${userInfo().uid}${name}`);
      await buildOnce(target, build);
      return target;
    })();
    templates.set(name, cluster);
  }
  return cluster;
}

const emptyCluster = () =>
  cachedCluster("", async (dataDir) => {
    const pglite = await PGlite.create(embeddedDatabasePath(dataDir));
    await pglite.close();
  });

function migratedCluster(migrations: readonly Migration[]): Promise<string> {
  const key = createHash("sha256");
  for (const m of migrations) key.update(`${migrationLabel(m)}:${migrationChecksum(m.sql)}\n`);
  return cachedCluster(`-migrated-${key.digest("hex").slice(0, 16)}`, async (dataDir) => {
    await copyTree(await emptyCluster(), embeddedDatabasePath(dataDir));
    const db = await openDatabase({ dataDir, migrations });
    await db.close();
  });
}

/**
 * A new temporary data directory whose embedded database is an initialised
 * cluster: empty, or with `migrations` already applied.
 */
export async function freshEmbeddedDataDir(migrations?: readonly Migration[]): Promise<string> {
  const cluster = migrations === undefined ? emptyCluster() : migratedCluster(migrations);
  const dataDir = await mkdtemp(join(tmpdir(), "patchcast-test-"));
  await copyTree(await cluster, embeddedDatabasePath(dataDir));
  return dataDir;
}
