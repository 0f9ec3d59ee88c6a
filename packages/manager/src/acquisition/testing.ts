/**
 * Test fixture for the acquisition: the real admin API (api/testing.ts) as
 * the packager's manager, the simulated support site on loopback serving
 * the sample catalogue as of the services' clock (T0), and short-hands to
 * set the settings, make acquisitions on fresh data directories, run them
 * and read DPT.LOG back. Call it inside a forEachDatabase suite.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll } from "vitest";
import {
  ADMIN_ID,
  ADMIN_PASSWORD,
  type ApiFixture,
  type ApiFixtureOptions,
  useApiFixture,
} from "../api/testing.ts";
import type { Database } from "../db/database.ts";
import type { RunDetails } from "../services/acquisition-run-service.ts";
import { T0 } from "../services/testing.ts";
import type { SampleCatalogue } from "../support-site/sample-catalogue.ts";
import { writeSampleSite } from "../support-site/sample-site-dir.ts";
import {
  type SupportSite,
  type SupportSiteOptions,
  startSupportSite,
} from "../support-site/support-site.ts";
import { type Acquisition, type AcquisitionOptions, createAcquisition } from "./acquisition.ts";
import { createManualTimers, type ManualTimers } from "./manual-timers.ts";
import {
  type AutomaticSettings,
  DEFAULT_AUTOMATIC_SETTINGS,
  DEFAULT_NETWORK_SETTINGS,
  type NetworkSettings,
} from "./settings.ts";

export interface AcquisitionFixture {
  readonly api: ApiFixture;
  readonly site: SupportSite;
  readonly siteDir: string;
  readonly catalogue: SampleCatalogue;
  /** A fresh temporary directory, removed after the suite. */
  tempDir(): Promise<string>;
  /** Resets every setting: the fixture's site, no proxy, the defaults, and a new cabinet. */
  configure(settings?: {
    automatic?: Partial<AutomaticSettings>;
    network?: Partial<NetworkSettings>;
    requiredUpdates?: readonly string[];
  }): Promise<{ cabinetId: string }>;
  /** An acquisition on a fresh data directory (stopped after the test). */
  acquisition(options?: Partial<AcquisitionOptions>): Promise<Acquisition>;
  /** One on fake timers that move the services' clock (the schedule's tests). */
  scheduled(): Promise<{ acquisition: Acquisition; manual: ManualTimers }>;
  /** A run on demand, to its end: its record, items and DPT.LOG lines from the database. */
  run(acquisition: Acquisition): Promise<RunDetails>;
  /** DPT.LOG as written in the acquisition's data directory. */
  dptFile(acquisition: Acquisition): Promise<string[]>;
}

export interface AcquisitionFixtureOptions {
  readonly api?: ApiFixtureOptions;
  readonly site?: Partial<Omit<SupportSiteOptions, "dir">>;
}

export function useAcquisitionFixture(
  getDb: () => Database,
  options: AcquisitionFixtureOptions = {},
): AcquisitionFixture {
  const api = useApiFixture(getDb, options.api);
  const dirs: string[] = [];
  const made: Acquisition[] = [];
  let site: SupportSite | undefined;
  let siteDir = "";
  let catalogue: SampleCatalogue | undefined;
  let cabinets = 0;

  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "patchcast-acquisition-"));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    siteDir = await tempDir();
    catalogue = await writeSampleSite(siteDir, T0);
    site = await startSupportSite({ dir: siteDir, ...options.site });
  });
  afterEach(async () => {
    await Promise.all(made.splice(0).map((a) => a.stop()));
  });
  afterAll(async () => {
    await site?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const ready = () => {
    if (!site || !catalogue) throw new Error("the acquisition fixture is for tests and hooks");
    return { site, catalogue };
  };

  return {
    api,
    get site() {
      return ready().site;
    },
    get siteDir() {
      return siteDir;
    },
    get catalogue() {
      return ready().catalogue;
    },
    tempDir,
    async configure(settings = {}) {
      const { acquisitionSettings } = api.fx.services;
      cabinets += 1;
      const cabinetId = `Q${cabinets.toString(36).toUpperCase()}`;
      await acquisitionSettings.updateNetwork({
        ...DEFAULT_NETWORK_SETTINGS,
        supportSiteUrl: ready().site.patchInfoUrl,
        ...settings.network,
      });
      await acquisitionSettings.updateAutomatic({
        ...DEFAULT_AUTOMATIC_SETTINGS,
        cabinetId,
        cabinetName: `acquired-${cabinetId}`,
        ...settings.automatic,
      });
      await acquisitionSettings.updateSecurityPolicy({
        requiredUpdates: settings.requiredUpdates ?? [],
      });
      return { cabinetId: settings.automatic?.cabinetId ?? cabinetId };
    },
    async acquisition(overrides = {}) {
      const acquisition = createAcquisition({
        db: getDb(),
        services: api.fx.services,
        dataDir: await tempDir(),
        clock: () => api.fx.now(),
        packager: { managerUrl: api.base, adminId: ADMIN_ID, password: ADMIN_PASSWORD },
        ...overrides,
      });
      made.push(acquisition);
      return acquisition;
    },
    async scheduled() {
      const manual = createManualTimers({
        now: () => api.fx.now(),
        setTime: (at) => api.fx.setTime(at),
      });
      return { acquisition: await this.acquisition({ timers: manual.timers }), manual };
    },
    async run(acquisition) {
      const { run, done } = await acquisition.runNow();
      await done;
      return api.fx.services.acquisitionRuns.getRun(run.id);
    },
    async dptFile(acquisition) {
      const text = await readFile(acquisition.dptLog.path, "utf8").catch(() => "");
      return text.split("\n").filter((line) => line !== "");
    },
  };
}
