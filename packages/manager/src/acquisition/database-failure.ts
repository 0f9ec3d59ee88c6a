/**
 * A database failure outside any run, written to DPT.LOG (seed 000 table
 * 8-2: DPT002-E, DPT003-E, DPT004-E): `patchcast-manager start` calls it
 * when the database cannot be opened, so that an administrator reading
 * DPT.LOG sees why no acquisition ran. Anything but a DatabaseError is left
 * alone (false).
 */
import { dptLogLimits } from "../config/manager-config.ts";
import { createDptLog } from "../dpt/dpt-log.ts";
import { DatabaseError } from "../errors.ts";
import { databaseEntry } from "./run-failure.ts";

export async function writeDatabaseFailure(
  dataDir: string,
  error: unknown,
  clock: () => Date = () => new Date(),
): Promise<boolean> {
  if (!(error instanceof DatabaseError)) return false;
  const entry = databaseEntry(error);
  await createDptLog({ dataDir, clock, limits: () => dptLogLimits(dataDir) }).write(
    entry.id,
    entry.values,
  );
  return true;
}
