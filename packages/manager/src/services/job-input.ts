/**
 * A job definition as the admin API hands it over, checked and turned into
 * the settings a job keeps. Only the shape is checked here; whether the
 * destination accepts the settings is for the security-PC rules
 * (jobs/job-rules.ts).
 */
import { InvalidInputError } from "../errors.ts";
import type { DistributionAttributes, InstallationConditions } from "../jobs/job-rules.ts";
import { isJobType, JOB_TYPES, type JobTypeName } from "../jobs/job-types.ts";
import type { JobSettings } from "../store/job-settings.ts";
import { checkBoolean, checkDate, checkId, checkOneOf, checkText } from "./validation.ts";

export interface JobDefinitionInput {
  readonly name: string;
  readonly type: JobTypeName;
  readonly groupId: number;
  readonly packageId: number;
  readonly distribution?: Partial<DistributionAttributes>;
  readonly conditions?: Partial<InstallationConditions>;
  readonly schedule?: {
    readonly serverExecuteAt?: Date | null;
    readonly clientExecuteAt?: Date | null;
  };
  /** Client control options; refused for security PCs. */
  readonly clientControl?: Readonly<Record<string, unknown>> | null;
}

export interface CheckedJobDefinition {
  readonly name: string;
  readonly type: JobTypeName;
  readonly groupId: number;
  readonly packageId: number;
  readonly settings: JobSettings;
}

const dateOrNull = (field: string, value: Date | null | undefined) =>
  value == null ? null : checkDate(field, value);

function checkDistribution(asked: Partial<DistributionAttributes> = {}) {
  const out: Partial<DistributionAttributes> = {};
  if (asked.suspectedDestinations !== undefined) {
    out.suspectedDestinations = checkOneOf(
      "distribution.suspectedDestinations",
      asked.suspectedDestinations,
      ["distribute", "do-not-distribute"],
    );
  }
  if (asked.method !== undefined) {
    out.method = checkOneOf("distribution.method", asked.method, [
      "unicast",
      "broadcast",
      "multicast",
    ]);
  }
  if (asked.splitPackage !== undefined) {
    out.splitPackage = checkBoolean("distribution.splitPackage", asked.splitPackage);
  }
  return out;
}

function checkConditions(asked: Partial<InstallationConditions> = {}) {
  const out: Partial<InstallationConditions> = {};
  if (asked.replaceExisting !== undefined) {
    out.replaceExisting = checkBoolean("conditions.replaceExisting", asked.replaceExisting);
  }
  if (asked.relayExpiresAt !== undefined) {
    out.relayExpiresAt = dateOrNull("conditions.relayExpiresAt", asked.relayExpiresAt);
  }
  if (asked.installTiming !== undefined) {
    out.installTiming = checkOneOf("conditions.installTiming", asked.installTiming, [
      "at-once",
      "at-system-start",
      "at-system-shutdown",
    ]);
  }
  if (asked.showProgress !== undefined) {
    out.showProgress = checkBoolean("conditions.showProgress", asked.showProgress);
  }
  return out;
}

function checkClientControl(value: JobDefinitionInput["clientControl"]) {
  if (value == null) return null;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidInputError("clientControl", "must be an object of options or null");
  }
  return value;
}

export function checkJobDefinition(input: JobDefinitionInput): CheckedJobDefinition {
  if (typeof input.type !== "string" || !isJobType(input.type)) {
    throw new InvalidInputError(
      "job type",
      `must be one of ${Object.keys(JOB_TYPES).join(", ")}: got ${JSON.stringify(input.type)}`,
    );
  }
  return {
    name: checkText("job name", input.name, { max: 128 }),
    type: input.type,
    groupId: checkId("destination group", input.groupId),
    packageId: checkId("package", input.packageId),
    settings: {
      distribution: checkDistribution(input.distribution),
      conditions: checkConditions(input.conditions),
      schedule: {
        serverExecuteAt: dateOrNull("schedule.serverExecuteAt", input.schedule?.serverExecuteAt),
        clientExecuteAt: dateOrNull("schedule.clientExecuteAt", input.schedule?.clientExecuteAt),
      },
      clientControl: checkClientControl(input.clientControl),
    },
  };
}
