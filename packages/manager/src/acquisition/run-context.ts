/** What a run is made with: the manager's parts, injected. */
import type { ManagerConfig } from "../config/manager-config.ts";
import type { Database } from "../db/database.ts";
import type { DptLog } from "../dpt/dpt-log.ts";
import type { AcquisitionSettingsService } from "../services/acquisition-settings-service.ts";
import type { AcquisitionRunStore } from "../store/acquisition-run-store.ts";
import type { PackagerSettings } from "./packager.ts";
import type { Timers } from "./timers.ts";

/** A pino-like logger: what the acquisition logs besides DPT.LOG. */
export interface AcquisitionLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface RunContext {
  readonly db: Database;
  readonly settings: AcquisitionSettingsService;
  readonly runs: AcquisitionRunStore;
  readonly dpt: DptLog;
  readonly dataDir: string;
  readonly clock: () => Date;
  readonly timers: Timers;
  /** The packager's manager URL, administrator and password when the network settings name none. */
  readonly packager: Partial<PackagerSettings>;
  readonly log: AcquisitionLog;
  readConfig(): Promise<ManagerConfig>;
}
