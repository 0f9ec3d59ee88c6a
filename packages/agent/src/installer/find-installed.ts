/**
 * Whether the package a job installs is on the PC: asked of the installer
 * when a job whose install the agent's stop interrupted is taken up again
 * (runtime/job-flow.ts), so that an install that took place is not run a
 * second time. The answer is as precise as the installer's inventory: an
 * installer with `updates()` must hold the package's ID with the job's
 * payload (SHA-256), version and job wherever it records them; one without
 * is asked for the package ID alone (`inventory()`).
 */
import type { JobOffer } from "@patchcast/protocol";
import type { InstalledPackage, Installer } from "./installer.ts";

/** What a job installs, as runJob hands it to the installer. */
export interface JobPackage {
  readonly jobId: string;
  readonly packageId: string;
  readonly version: string;
  /** Lower-case hex. */
  readonly sha256: string;
}

export function jobPackageOf(jobId: string, offer: JobOffer): JobPackage {
  const pkg = offer.package ?? {};
  return {
    jobId,
    packageId: pkg.packageId ?? "",
    version: pkg.version ?? "",
    sha256: Buffer.from(pkg.sha256 ?? []).toString("hex"),
  };
}

/** A field the installer records must match; one it does not (absent, or not a string) is not compared. */
const agrees = (recorded: unknown, wanted: string) =>
  typeof recorded !== "string" || recorded.toLowerCase() === wanted.toLowerCase();

const isInstallOf = (found: InstalledPackage, wanted: JobPackage) =>
  found.id === wanted.packageId &&
  agrees(found.sha256, wanted.sha256) &&
  agrees(found.version, wanted.version) &&
  agrees(found.jobId, wanted.jobId);

/** The installer's record of the job's package, if it has one (`{ id }` alone from `inventory()`). */
export async function findInstalled(
  installer: Installer,
  wanted: JobPackage,
): Promise<InstalledPackage | undefined> {
  if (installer.updates) {
    return (await installer.updates()).find((found) => isInstallOf(found, wanted));
  }
  return (await installer.inventory()).includes(wanted.packageId)
    ? { id: wanted.packageId }
    : undefined;
}
