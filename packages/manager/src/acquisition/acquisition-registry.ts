/**
 * The acquisition running in this process over a database handle, so that
 * the admin API served over the same handle can start runs on demand and
 * tell it that settings changed. createAcquisition registers itself; stop()
 * removes it.
 */
import type { Database } from "../db/database.ts";
import type { StartedRun } from "./run-acquisition.ts";

export interface AcquisitionControl {
  runNow(): Promise<StartedRun>;
  settingsChanged(): void;
}

const registry = new WeakMap<Database, AcquisitionControl>();

export const registerAcquisition = (db: Database, control: AcquisitionControl) => {
  registry.set(db, control);
};

export const unregisterAcquisition = (db: Database, control: AcquisitionControl) => {
  if (registry.get(db) === control) registry.delete(db);
};

export const acquisitionFor = (db: Database): AcquisitionControl | undefined => registry.get(db);
