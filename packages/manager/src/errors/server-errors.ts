/** Errors of starting the manager: its settings and its PKI files. */
import { ManagerError } from "./manager-error.ts";

/** A bad setting of `patchcast-manager start` (PC_MGR_CONFIG). */
export class ConfigError extends ManagerError {
  override name = "ConfigError";
  /** The setting at fault, as the administrator wrote it (`--port`, `PATCHCAST_PORT`, `port` in FILE). */
  readonly setting: string;
  constructor(setting: string, problem: string, options?: ErrorOptions) {
    super("PC_MGR_CONFIG", `${setting} ${problem}`, options);
    this.setting = setting;
  }
}

/** The manager's PKI directory cannot be used (PC_MGR_PKI). */
export class ManagerPkiError extends ManagerError {
  override name = "ManagerPkiError";
  readonly dir: string;
  constructor(dir: string, problem: string, options?: ErrorOptions) {
    super("PC_MGR_PKI", `the manager's PKI directory ${dir}: ${problem}`, options);
    this.dir = dir;
  }
}
