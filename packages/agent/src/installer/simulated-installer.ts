/**
 * The simulated installer of simulated PCs: "installing" records the update
 * in installed.json in the state directory (written atomically), and honours
 * Replace existing package: an update already recorded is refused with
 * ALREADY_INSTALLED unless replacing is allowed.
 */
import { join } from "node:path";
import { MaintenanceCode } from "@patchcast/protocol";
import { JobFailure } from "../errors.ts";
import {
  hasFormat,
  parseStateJson,
  readIfExists,
  type WriteOptions,
  writeFileAtomic,
} from "../state/atomic-file.ts";
import type { Installer, InstallRequest } from "./installer.ts";

export const INVENTORY_FILE = "installed.json";
const FORMAT = "patchcast-installed/1";

export interface InstalledUpdate {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly generation: number;
  readonly sha256: string;
  readonly jobId: string;
  readonly installedAt: string;
}

interface InventoryFile {
  readonly format: typeof FORMAT;
  readonly updates: readonly InstalledUpdate[];
}

function isInventoryFile(value: unknown): value is InventoryFile {
  if (!hasFormat(value, FORMAT)) return false;
  const updates = (value as { updates?: unknown }).updates;
  return (
    Array.isArray(updates) &&
    updates.every(
      (u) => typeof u === "object" && u !== null && typeof (u as { id?: unknown }).id === "string",
    )
  );
}

export interface SimulatedInstallerOptions extends WriteOptions {
  readonly stateDir: string;
  readonly now?: () => number;
  /** Fault injection for simulations: a message makes the install fail with INSTALL_FAILED. */
  readonly failWith?: (request: InstallRequest) => string | undefined;
}

export interface SimulatedInstaller extends Installer {
  /** The full inventory records. */
  updates(): Promise<readonly InstalledUpdate[]>;
}

export function createSimulatedInstaller(options: SimulatedInstallerOptions): SimulatedInstaller {
  const path = join(options.stateDir, INVENTORY_FILE);
  const now = options.now ?? Date.now;
  const updates = async (): Promise<readonly InstalledUpdate[]> => {
    const bytes = await readIfExists(path, options);
    return bytes ? parseStateJson(path, bytes, isInventoryFile, FORMAT).updates : [];
  };
  return {
    updates,
    inventory: async () => (await updates()).map((u) => u.id),
    async install(request) {
      const current = await updates();
      const existing = current.find((u) => u.id === request.packageId);
      if (existing && !request.replaceExisting) {
        throw new JobFailure(
          MaintenanceCode.ALREADY_INSTALLED,
          `${request.packageId} is already installed (job ${existing.jobId}) and Replace existing package is off`,
        );
      }
      const failure = options.failWith?.(request);
      if (failure !== undefined) throw new JobFailure(MaintenanceCode.INSTALL_FAILED, failure);
      const entry: InstalledUpdate = {
        id: request.packageId,
        name: request.name,
        version: request.version,
        generation: request.generation,
        sha256: request.sha256,
        jobId: request.jobId,
        installedAt: new Date(now()).toISOString(),
      };
      const file: InventoryFile = {
        format: FORMAT,
        updates: [...current.filter((u) => u.id !== request.packageId), entry],
      };
      await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, options);
      return {
        detail: existing ? `replaced ${request.packageId}` : `installed ${request.packageId}`,
      };
    },
  };
}
