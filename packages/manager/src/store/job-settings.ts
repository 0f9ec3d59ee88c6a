/**
 * A job's settings as `jobs.settings` and `job_executions.settings` keep
 * them (jsonb): dates are ISO 8601 strings in the database and `Date`s here.
 * A job keeps what the administrator asked; an execution keeps what runs
 * after the destination's rules (forced distribution attributes, ignored
 * client date).
 */
import type {
  DistributionAttributes,
  EffectiveJob,
  InstallationConditions,
} from "../jobs/job-rules.ts";

export interface JobSchedule {
  /** The job execution date in the server; null: at once. */
  readonly serverExecuteAt: Date | null;
  /** The job execution date in the client (ignored for security PCs). */
  readonly clientExecuteAt: Date | null;
}

/** What the administrator asked for. */
export interface JobSettings {
  readonly distribution: Partial<DistributionAttributes>;
  readonly conditions: Partial<InstallationConditions>;
  readonly schedule: JobSchedule;
  readonly clientControl: Readonly<Record<string, unknown>> | null;
}

/** What an execution runs with. */
export interface EffectiveSettings {
  readonly securityPcs: boolean;
  readonly distribution: DistributionAttributes;
  readonly conditions: InstallationConditions;
  readonly schedule: JobSchedule;
  readonly clientControl: Readonly<Record<string, unknown>> | null;
}

type Json = Record<string, unknown>;

const isoOrNull = (value: Date | null | undefined) => (value ? value.toISOString() : null);

function dateOrNull(value: unknown): Date | null {
  return typeof value === "string" ? new Date(value) : null;
}

function objectAt(json: Json, key: string): Json {
  const value = json[key];
  return typeof value === "object" && value !== null ? (value as Json) : {};
}

function conditionsToJson(conditions: Partial<InstallationConditions>): Json {
  const { relayExpiresAt, ...rest } = conditions;
  return relayExpiresAt === undefined
    ? rest
    : { ...rest, relayExpiresAt: isoOrNull(relayExpiresAt) };
}

function conditionsFromJson(json: Json): Partial<InstallationConditions> {
  const conditions = { ...json } as Partial<InstallationConditions> & Json;
  if ("relayExpiresAt" in json) conditions.relayExpiresAt = dateOrNull(json.relayExpiresAt);
  return conditions;
}

function scheduleToJson(schedule: JobSchedule): Json {
  return {
    serverExecuteAt: isoOrNull(schedule.serverExecuteAt),
    clientExecuteAt: isoOrNull(schedule.clientExecuteAt),
  };
}

function scheduleFromJson(json: Json): JobSchedule {
  return {
    serverExecuteAt: dateOrNull(json.serverExecuteAt),
    clientExecuteAt: dateOrNull(json.clientExecuteAt),
  };
}

const clientControlOf = (json: Json) => {
  const value = json.clientControl;
  return typeof value === "object" && value !== null ? (value as Json) : null;
};

export function jobSettingsToJson(settings: JobSettings): string {
  return JSON.stringify({
    distribution: settings.distribution,
    conditions: conditionsToJson(settings.conditions),
    schedule: scheduleToJson(settings.schedule),
    clientControl: settings.clientControl,
  });
}

export function jobSettingsFromJson(json: Json): JobSettings {
  return {
    distribution: objectAt(json, "distribution") as Partial<DistributionAttributes>,
    conditions: conditionsFromJson(objectAt(json, "conditions")),
    schedule: scheduleFromJson(objectAt(json, "schedule")),
    clientControl: clientControlOf(json),
  };
}

export function effectiveSettingsOf(job: EffectiveJob): EffectiveSettings {
  return {
    securityPcs: job.securityPcs,
    distribution: job.distribution,
    conditions: job.conditions,
    schedule: { serverExecuteAt: job.serverExecuteAt, clientExecuteAt: job.clientExecuteAt },
    clientControl: job.clientControl,
  };
}

export function effectiveSettingsToJson(settings: EffectiveSettings): string {
  return JSON.stringify({
    securityPcs: settings.securityPcs,
    distribution: settings.distribution,
    conditions: conditionsToJson(settings.conditions),
    schedule: scheduleToJson(settings.schedule),
    clientControl: settings.clientControl,
  });
}

export function effectiveSettingsFromJson(json: Json): EffectiveSettings {
  return {
    securityPcs: json.securityPcs === true,
    distribution: objectAt(json, "distribution") as unknown as DistributionAttributes,
    conditions: conditionsFromJson(objectAt(json, "conditions")) as InstallationConditions,
    schedule: scheduleFromJson(objectAt(json, "schedule")),
    clientControl: clientControlOf(json),
  };
}
