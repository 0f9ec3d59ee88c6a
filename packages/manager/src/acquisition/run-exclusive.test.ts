// Contract §5: "A second acquisition while one runs is refused with
// 'Another instance of the application is already running.'" — on one
// manager, and across managers sharing a PostgreSQL server (two database
// handles: two managers). And the database messages of table 8-2.
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../db/database.ts";
import { loadMigrations } from "../db/migrations.ts";
import { openDatabase } from "../db/open-database.ts";
import { forEachBackend } from "../db/testing.ts";
import { AcquisitionAlreadyRunningError } from "../errors.ts";
import { createAcquisitionRunService } from "../services/acquisition-run-service.ts";
import { createAcquisitionSettingsService } from "../services/acquisition-settings-service.ts";
import { createAcquisitionRunStore } from "../store/acquisition-run-store.ts";
import { writeSampleSite } from "../support-site/sample-site-dir.ts";
import { type SupportSite, startSupportSite } from "../support-site/support-site.ts";
import { type Acquisition, createAcquisition } from "./acquisition.ts";
import { writeDatabaseFailure } from "./database-failure.ts";
import { withoutTime } from "./dpt-assert.ts";
import { INTERRUPTED_DETAIL } from "./run-acquisition.ts";
import { createSecretSealer } from "./sealed-secrets.ts";
import { DEFAULT_NETWORK_SETTINGS } from "./settings.ts";

const T0 = new Date("2026-11-20T00:00:00Z");
const BUSY = "DPT001-W Another instance of the application is already running.";

const dptFile = async (a: Acquisition) =>
  withoutTime((await readFile(a.dptLog.path, "utf8").catch(() => "")).split("\n").filter(Boolean));

forEachBackend("one acquisition at a time", (backend) => {
  const dirs: string[] = [];
  const opened: Database[] = [];
  let first: Database;
  let second: Database;
  let site: SupportSite;
  let release = () => {};
  let held: Promise<void> = Promise.resolve();
  let arrived = () => {};
  let arrival: Promise<void>;

  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "patchcast-exclusive-"));
    dirs.push(dir);
    return dir;
  };
  // Managers sharing a database share their secrets.key.
  const secrets = createSecretSealer(randomBytes(32));
  const manager = async (db: Database) =>
    createAcquisition({
      db,
      services: {
        acquisitionSettings: createAcquisitionSettingsService({ db, secrets, clock: () => T0 }),
      },
      dataDir: await tempDir(),
      clock: () => T0,
    });

  beforeAll(async () => {
    const migrations = await loadMigrations();
    const location = await backend.freshLocation(migrations);
    first = await openDatabase({ ...location, migrations });
    opened.push(first);
    // A second manager on the same server; the embedded database belongs to one process.
    second = backend.kind === "server" ? await openDatabase({ ...location, migrations }) : first;
    if (second !== first) opened.push(second);
    const siteDir = await tempDir();
    await writeSampleSite(siteDir, T0);
    site = await startSupportSite({
      dir: siteDir,
      beforeServe: async () => {
        arrived();
        await held;
      },
    });
    const settings = createAcquisitionSettingsService({ db: first, secrets });
    await settings.updateNetwork({
      ...DEFAULT_NETWORK_SETTINGS,
      supportSiteUrl: site.patchInfoUrl,
    });
  });
  afterAll(async () => {
    release();
    await site?.close();
    for (const db of opened) await db.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("DPT001-W: a run asked for while another holds the lock is refused and recorded", async () => {
    held = new Promise((done) => {
      release = done;
    });
    arrival = new Promise((done) => {
      arrived = done;
    });
    const a = await manager(first);
    const b = await manager(second);
    const running = await a.runNow();
    await arrival; // the first run is fetching the patch information file, lock held
    await expect(b.runNow()).rejects.toBeInstanceOf(AcquisitionAlreadyRunningError);
    await expect(a.runNow()).rejects.toBeInstanceOf(AcquisitionAlreadyRunningError);
    expect(await dptFile(b)).toEqual([BUSY]);
    release();
    const ended = await running.done;
    expect(ended.outcome).not.toBe("refused");
    const runs = await createAcquisitionRunService({ db: first }).listRuns();
    expect(runs.filter((r) => r.outcome === "refused")).toHaveLength(2);
    // Once it has ended, the lock is free again.
    held = Promise.resolve();
    const next = await b.runNow();
    expect((await next.done).outcome).not.toBe("refused");
  });

  it("a run left running (a crash, a database lost before its end) is ended as failed by the next", async () => {
    held = Promise.resolve();
    arrived = () => {};
    const runs = createAcquisitionRunStore(first);
    const left = await runs.start("manual", T0, null);
    if (!left) throw new Error("no run recorded");
    const next = await (await manager(second)).runNow();
    expect((await next.done).outcome).not.toBe("refused");
    expect(await runs.byId(left.id)).toMatchObject({
      outcome: "failed",
      detail: INTERRUPTED_DETAIL,
      finishedAt: T0,
    });
    expect((await runs.list(100)).filter((r) => r.outcome === "running")).toEqual([]);
  });

  it("DPT002-E: the database connection is gone when a run starts", async () => {
    const location = await backend.freshLocation(await loadMigrations());
    const lost = await openDatabase(location);
    await lost.close();
    const a = await manager(lost);
    await expect(a.runNow()).rejects.toMatchObject({ code: "PC_MGR_DB_CLOSED" });
    const [line, ...rest] = await dptFile(a);
    expect(line).toMatch(/^DPT002-E Database connection failed\. Reason: .+/);
    expect(rest).toEqual([]);
  });

  it("DPT004-E: the database URL (the data source) is invalid", async () => {
    const dataDir = await tempDir();
    const error = await openDatabase({ dataDir, url: "mysql://db.example/patchcast" }).catch(
      (e: unknown) => e,
    );
    expect(await writeDatabaseFailure(dataDir, error, () => T0)).toBe(true);
    const text = await readFile(join(dataDir, "LOG", "DPT.LOG"), "utf8");
    expect(text).toMatch(
      /^2026-11-20T00:00:00Z DPT004-E Unable to get a DSN to connect or DSN invalid\. Reason: .+\n$/,
    );
    expect(await writeDatabaseFailure(dataDir, new Error("not the database's"))).toBe(false);
  });
});
