/**
 * Automatic acquisition of OS updates in a running manager (seed 000;
 * contract §5): `start()` runs a slot missed while the manager was down,
 * then fires a run at the configured UTC time every day (the timer wakes at
 * least hourly, so settings changed by another manager sharing the
 * database are seen); `runNow()` runs on demand; `stop()` waits for a run in
 * progress. DPT.LOG is `<data-dir>/LOG/DPT.LOG`, mirrored into the database
 * for the admin API.
 */
import { dptLogLimits, type ManagerConfig, readManagerConfig } from "../config/manager-config.ts";
import type { Database } from "../db/database.ts";
import { createDptLog, type DptLog } from "../dpt/dpt-log.ts";
import { AcquisitionAlreadyRunningError } from "../errors.ts";
import type { ManagerServices } from "../services/index.ts";
import { createAcquisitionRunStore } from "../store/acquisition-run-store.ts";
import { createDptLogStore } from "../store/dpt-log-store.ts";
import {
  type AcquisitionControl,
  registerAcquisition,
  unregisterAcquisition,
} from "./acquisition-registry.ts";
import type { PackagerSettings } from "./packager.ts";
import { beginRun, type StartedRun } from "./run-acquisition.ts";
import type { AcquisitionLog, RunContext } from "./run-context.ts";
import { CATCH_UP_AFTER_MS, latestSlot, nextSlot } from "./schedule.ts";
import { minuteOfDay } from "./settings.ts";
import { systemTimers, type Timers } from "./timers.ts";

export interface AcquisitionOptions {
  readonly db: Database;
  readonly services: Pick<ManagerServices, "acquisitionSettings">;
  /** Holds LOG/DPT.LOG, jdn_manager_config.conf and the downloads. */
  readonly dataDir: string;
  readonly log?: AcquisitionLog;
  readonly clock?: () => Date;
  readonly timers?: Timers;
  /**
   * The packager's defaults where the network settings name none: this
   * manager's URL, the administrator and its password (from start-up).
   */
  readonly packager?: Partial<PackagerSettings>;
  /** Longest the schedule sleeps before looking at the settings again (default 1 hour). */
  readonly maxSleepMs?: number;
  /** Default: DPT.LOG in the data directory, mirrored into the database. */
  readonly dptLog?: DptLog;
}

export interface Acquisition extends AcquisitionControl {
  readonly dptLog: DptLog;
  /** Runs a missed slot (catch-up), then keeps the daily schedule. */
  start(): Promise<void>;
  /** A run on demand; rejects with AcquisitionAlreadyRunningError (DPT001-W) while one runs. */
  runNow(): Promise<StartedRun>;
  /** Looks at the schedule again (the admin API calls it after a settings change). */
  settingsChanged(): void;
  /** Resolves when no tick or run of this acquisition is in progress. */
  idle(): Promise<void>;
  /** Stops the schedule and waits for a run in progress. */
  stop(): Promise<void>;
}

const silent: AcquisitionLog = { info() {}, warn() {}, error() {} };

export function createAcquisition(options: AcquisitionOptions): Acquisition {
  if (!options.db || !options.services || !options.dataDir) {
    throw new TypeError("db, services and dataDir are required");
  }
  const { db, dataDir } = options;
  const clock = options.clock ?? (() => new Date());
  const timers = options.timers ?? systemTimers;
  const log = options.log ?? silent;
  const maxSleepMs = options.maxSleepMs ?? 3_600_000;
  const lines = createDptLogStore(db);
  const dptLog =
    options.dptLog ??
    createDptLog({
      dataDir,
      clock,
      limits: () => dptLogLimits(dataDir),
      sink: (line, runId) => lines.insert(line, runId),
      onError: (error, line) => log.error({ err: error, line }, "DPT.LOG line not kept"),
    });
  let lastWarnings = "";
  const readConfig = async (): Promise<ManagerConfig> => {
    const { config, warnings } = await readManagerConfig(dataDir);
    if (warnings.join("\n") !== lastWarnings) {
      for (const warning of warnings) log.warn({ file: "jdn_manager_config.conf" }, warning);
      lastWarnings = warnings.join("\n");
    }
    return config;
  };
  const ctx: RunContext = {
    db,
    settings: options.services.acquisitionSettings,
    runs: createAcquisitionRunStore(db),
    dpt: dptLog,
    dataDir,
    clock,
    timers,
    packager: options.packager ?? {},
    log,
    readConfig,
  };

  const busy = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    busy.add(work);
    work.then(
      () => busy.delete(work),
      () => busy.delete(work),
    );
    return work;
  };
  const handledSlots = new Set<number>();
  let timer: unknown;
  let running = false;

  const arm = (ms: number) => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = running ? timers.setTimeout(() => void track(tick()), Math.max(0, ms)) : undefined;
  };

  async function runSlot(slot: Date, now: Date) {
    handledSlots.add(slot.getTime());
    const trigger = now.getTime() - slot.getTime() < CATCH_UP_AFTER_MS ? "scheduled" : "catch-up";
    try {
      // The run goes on by itself (start-up does not wait for a catch-up run); idle() waits for it.
      const started = await beginRun(ctx, trigger, slot);
      if (started) track(started.done);
    } catch (error) {
      if (!(error instanceof AcquisitionAlreadyRunningError)) {
        log.error({ err: error, slot }, "scheduled acquisition run not started");
      }
    }
  }

  async function tick(): Promise<void> {
    if (!running) return;
    const now = clock();
    let sleep = maxSleepMs;
    try {
      const { automatic, securityPolicy, scheduleSince } = await ctx.settings.snapshot();
      const config = await readConfig();
      const byPolicy = config.autoPackageKind !== 0 && securityPolicy.requiredUpdates.length > 0;
      if (automatic.enabled || byPolicy) {
        const minute = minuteOfDay(automatic.executionTimeUtc);
        const slot = latestSlot(now, minute);
        const due = slot.getTime() >= scheduleSince.getTime() && !handledSlots.has(slot.getTime());
        if (due) await runSlot(slot, now);
        sleep = Math.min(nextSlot(clock(), minute).getTime() - clock().getTime(), maxSleepMs);
      }
    } catch (error) {
      log.error({ err: error }, "acquisition schedule could not read its settings");
    }
    arm(sleep);
  }

  const acquisition: Acquisition = {
    dptLog,
    async start() {
      if (running) return;
      running = true;
      registerAcquisition(db, acquisition);
      await track(tick());
    },
    async runNow() {
      const started = await beginRun(ctx, "manual", null);
      if (!started) throw new Error("a run on demand claims no slot");
      track(started.done);
      return started;
    },
    settingsChanged() {
      if (running) void track(tick());
    },
    async idle() {
      while (busy.size > 0) await Promise.allSettled([...busy]);
    },
    async stop() {
      running = false;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      unregisterAcquisition(db, acquisition);
      await acquisition.idle();
    },
  };
  return acquisition;
}
