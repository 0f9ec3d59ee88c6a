/**
 * Runs the security-PC rules (jobs/job-rules.ts) on a job against what the
 * database holds now: the destination group's members and the package's
 * update-data flag. Used when a job is defined and again at every execute,
 * since the group may have changed in between.
 */
import type { Queryable } from "../db/database.ts";
import { JobRefusedError, NotFoundError } from "../errors.ts";
import { type EffectiveJob, evaluateJob, type RuleNotice } from "../jobs/job-rules.ts";
import type { ClientRecord } from "../store/client-store.ts";
import { createGroupStore } from "../store/group-store.ts";
import { createPackageStore, type PackageRecord } from "../store/package-store.ts";
import type { CheckedJobDefinition } from "./job-input.ts";

export interface AcceptedJob {
  readonly effective: EffectiveJob;
  readonly warnings: RuleNotice[];
  readonly members: readonly ClientRecord[];
  readonly package: PackageRecord;
}

/** The job as it will run, or a JobRefusedError listing every rule it breaks. */
export async function evaluateStoredJob(
  tx: Queryable,
  job: CheckedJobDefinition,
): Promise<AcceptedJob> {
  const groups = createGroupStore(tx);
  if (!(await groups.lock(job.groupId))) throw new NotFoundError("destination group", job.groupId);
  const pkg = await createPackageStore(tx).byId(job.packageId);
  if (pkg === undefined) throw new NotFoundError("package", job.packageId);
  const members = await groups.members(job.groupId);
  const { settings } = job;
  const evaluation = evaluateJob({
    name: job.name,
    type: job.type,
    destinations: members.map((m) => ({ clientId: m.pcId, role: m.role })),
    package: { id: pkg.packageCode, updateData: pkg.updateData },
    distribution: settings.distribution,
    conditions: settings.conditions,
    schedule: settings.schedule,
    clientControl: settings.clientControl,
  });
  if (!evaluation.ok) throw new JobRefusedError(evaluation.violations);
  return { effective: evaluation.job, warnings: evaluation.warnings, members, package: pkg };
}
