/**
 * Jobs as the admin API takes and shows them (contract §4): a definition
 * for a destination group and a package, with distribution attributes,
 * installation conditions, schedule and client control; the answer to an
 * execute, with the warnings for forced or ignored settings.
 */
import { type Static, Type } from "typebox";
import type { DistributionAttributes } from "../../jobs/job-rules.ts";
import { JOB_TYPES, type JobTypeName } from "../../jobs/job-types.ts";
import type { JobDefinitionInput } from "../../services/job-input.ts";
import type { ExecutionStarted } from "../../services/job-service.ts";
import type { EffectiveSettings, JobSettings } from "../../store/job-settings.ts";
import type { JobRecord } from "../../store/job-store.ts";
import {
  DateTime,
  iso,
  isoOrNull,
  Nullable,
  RowId,
  RuleNotice,
  type RuleNoticeView,
  StringEnum,
} from "./common.ts";
import { ClientRole } from "./resources.ts";

export const JobType = StringEnum(
  Object.keys(JOB_TYPES) as JobTypeName[],
  "install-package is the only type security PCs accept",
);

const SuspectedDestinations = StringEnum(["distribute", "do-not-distribute"]);
const Method = StringEnum(["unicast", "broadcast", "multicast"]);
const InstallTiming = StringEnum(["at-once", "at-system-start", "at-system-shutdown"]);

const strict = { additionalProperties: false } as const;

export const DistributionBody = Type.Object(
  {
    suspectedDestinations: Type.Optional(SuspectedDestinations),
    method: Type.Optional(Method),
    splitPackage: Type.Optional(Type.Boolean()),
  },
  { ...strict, description: "Distribution attributes; forced for security PCs" },
);

export const ConditionsBody = Type.Object(
  {
    replaceExisting: Type.Optional(Type.Boolean()),
    relayExpiresAt: Type.Optional(Nullable(DateTime)),
    installTiming: Type.Optional(InstallTiming),
    showProgress: Type.Optional(Type.Boolean()),
  },
  { ...strict, description: "Installation conditions" },
);

export const ScheduleBody = Type.Object(
  {
    serverExecuteAt: Type.Optional(Nullable(DateTime)),
    clientExecuteAt: Type.Optional(
      Nullable(Type.String({ format: "date-time", description: "Ignored for security PCs" })),
    ),
  },
  strict,
);

export const JobDefinitionBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 128 }),
    type: JobType,
    groupId: RowId,
    packageId: RowId,
    distribution: Type.Optional(DistributionBody),
    conditions: Type.Optional(ConditionsBody),
    schedule: Type.Optional(ScheduleBody),
    clientControl: Type.Optional(
      Nullable(
        Type.Record(Type.String(), Type.Unknown(), {
          description: "Client control options; refused for security PCs",
        }),
      ),
    ),
  },
  strict,
);
export type JobDefinitionBodyView = Static<typeof JobDefinitionBody>;

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/** `T` with the keys that may be undefined made optional (exactOptionalPropertyTypes). */
type Present<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Only the keys that are there. */
function present<T extends object>(value: T): Present<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Present<T>;
}

export function toJobDefinitionInput(body: JobDefinitionBodyView): JobDefinitionInput {
  const { distribution, conditions, schedule, clientControl } = body;
  const input: {
    -readonly [K in keyof JobDefinitionInput]: JobDefinitionInput[K];
  } = { name: body.name, type: body.type, groupId: body.groupId, packageId: body.packageId };
  if (distribution !== undefined) input.distribution = present(distribution);
  if (conditions !== undefined) {
    const { relayExpiresAt, ...rest } = conditions;
    input.conditions = present({
      ...rest,
      relayExpiresAt: relayExpiresAt === undefined ? undefined : dateOrNull(relayExpiresAt),
    });
  }
  if (schedule !== undefined) {
    input.schedule = present({
      serverExecuteAt:
        schedule.serverExecuteAt === undefined ? undefined : dateOrNull(schedule.serverExecuteAt),
      clientExecuteAt:
        schedule.clientExecuteAt === undefined ? undefined : dateOrNull(schedule.clientExecuteAt),
    });
  }
  if (clientControl !== undefined) input.clientControl = clientControl;
  return input;
}

const Schedule = Type.Object({
  serverExecuteAt: Nullable(DateTime),
  clientExecuteAt: Nullable(DateTime),
});

/** What the administrator asked for. */
export const JobSettingsView = Type.Object({
  distribution: DistributionBody,
  conditions: ConditionsBody,
  schedule: Schedule,
  clientControl: Nullable(Type.Record(Type.String(), Type.Unknown())),
});

/** What an execution runs with, after the destination's rules. */
export const EffectiveSettingsView = Type.Object({
  securityPcs: Type.Boolean(),
  distribution: Type.Object({
    suspectedDestinations: SuspectedDestinations,
    method: Method,
    splitPackage: Type.Boolean(),
  }),
  conditions: Type.Object({
    replaceExisting: Type.Boolean(),
    relayExpiresAt: Nullable(DateTime),
    installTiming: InstallTiming,
    showProgress: Type.Boolean(),
  }),
  schedule: Schedule,
  clientControl: Nullable(Type.Record(Type.String(), Type.Unknown())),
});

export const Job = Type.Object({
  id: RowId,
  name: Type.String(),
  type: JobType,
  groupId: RowId,
  packageId: RowId,
  saved: Type.Boolean({ description: "Kept as a definition to run again" }),
  settings: JobSettingsView,
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type JobView = Static<typeof Job>;

function settingsView(s: JobSettings): Static<typeof JobSettingsView> {
  const { relayExpiresAt, ...conditions } = s.conditions;
  return {
    distribution: present({ ...(s.distribution as Partial<DistributionAttributes>) }),
    conditions: present({
      ...conditions,
      relayExpiresAt: relayExpiresAt === undefined ? undefined : isoOrNull(relayExpiresAt),
    }),
    schedule: {
      serverExecuteAt: isoOrNull(s.schedule.serverExecuteAt),
      clientExecuteAt: isoOrNull(s.schedule.clientExecuteAt),
    },
    clientControl: s.clientControl === null ? null : { ...s.clientControl },
  };
}

export function effectiveSettingsView(s: EffectiveSettings): Static<typeof EffectiveSettingsView> {
  return {
    securityPcs: s.securityPcs,
    distribution: { ...s.distribution },
    conditions: { ...s.conditions, relayExpiresAt: isoOrNull(s.conditions.relayExpiresAt) },
    schedule: {
      serverExecuteAt: isoOrNull(s.schedule.serverExecuteAt),
      clientExecuteAt: isoOrNull(s.schedule.clientExecuteAt),
    },
    clientControl: s.clientControl === null ? null : { ...s.clientControl },
  };
}

export const toJobView = (j: JobRecord): JobView => ({
  id: j.id,
  name: j.name,
  type: j.type,
  groupId: j.groupId,
  packageId: j.packageId,
  saved: j.saved,
  settings: settingsView(j.settings),
  createdAt: iso(j.createdAt),
  updatedAt: iso(j.updatedAt),
});

export const Warnings = Type.Array(RuleNotice, {
  description: "Settings the destination's rules forced or ignored",
});

export const toNoticeViews = (notices: readonly RuleNoticeView[]): RuleNoticeView[] =>
  notices.map((n) => present({ rule: n.rule, message: n.message, detail: n.detail }));

export const DefinedJob = Type.Object({ job: Job, warnings: Warnings });

export const Execution = Type.Object({
  executionId: RowId,
  wireJobId: Type.String({ description: "The job ID the PCs see" }),
  jobId: RowId,
  mode: StringEnum(["execute", "save-and-execute"]),
  executeAt: Nullable(DateTime),
  destinations: Type.Array(Type.Object({ clientId: RowId, pcId: Type.String(), role: ClientRole })),
  warnings: Warnings,
});
export type ExecutionView = Static<typeof Execution>;

export const toExecutionView = (e: ExecutionStarted): ExecutionView => ({
  executionId: e.executionId,
  wireJobId: e.wireJobId,
  jobId: e.jobId,
  mode: e.mode,
  executeAt: isoOrNull(e.executeAt),
  destinations: e.destinations.map((d) => ({ clientId: d.clientId, pcId: d.pcId, role: d.role })),
  warnings: toNoticeViews(e.warnings),
});

export const ExecutedJob = Type.Object({ job: Job, execution: Execution });
