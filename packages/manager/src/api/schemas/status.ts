/**
 * Job execution status (contract §4; seed 001 Appendix B.5 (2)): per
 * execution and per destination, the current state, the time of each
 * transition, and for errors the maintenance code with its cause and action.
 */
import { type Static, Type } from "typebox";
import type {
  DestinationStatusView,
  ExecutionStatusView,
  JobStatusView,
  StateCounts,
  TransitionView,
} from "../../services/execution-status-service.ts";
import { EXECUTION_STATES } from "../../store/execution-states.ts";
import type { ExecutionRecord } from "../../store/execution-store.ts";
import { DateTime, iso, isoOrNull, Nullable, RowId, StringEnum } from "./common.ts";
import {
  EffectiveSettingsView,
  effectiveSettingsView,
  Job,
  toJobView,
  toNoticeViews,
  Warnings,
} from "./jobs.ts";
import { ClientRole, MaintenanceFields } from "./resources.ts";

export const ExecutionState = StringEnum([...EXECUTION_STATES]);

export const Summary = Type.Object(
  Object.fromEntries(EXECUTION_STATES.map((s) => [s, Type.Integer({ minimum: 0 })])) as Record<
    (typeof EXECUTION_STATES)[number],
    ReturnType<typeof Type.Integer>
  >,
  { description: "Destinations by state" },
);

export const Transition = Type.Object({
  state: ExecutionState,
  at: Type.String({ format: "date-time", description: "When it happened (the PC's time)" }),
  recordedAt: Type.String({ format: "date-time", description: "When the manager recorded it" }),
  ...MaintenanceFields,
});

export const DestinationStatus = Type.Object({
  clientId: RowId,
  pcId: Type.String(),
  hostName: Type.String(),
  role: ClientRole,
  state: ExecutionState,
  updatedAt: DateTime,
  ...MaintenanceFields,
  transitions: Type.Array(Transition, { description: "Every transition, oldest first" }),
});
export type DestinationStatusJson = Static<typeof DestinationStatus>;

export const Cancellation = Type.Object(
  {
    at: DateTime,
    by: Nullable(Type.String({ description: "The administrator; null once deleted" })),
    reason: Nullable(Type.String()),
  },
  { description: "Who cancelled the execution, when, and why" },
);

export const toCancellationJson = (c: ExecutionRecord["cancellation"]) =>
  c === null ? null : { at: iso(c.at), by: c.by, reason: c.reason };

export const ExecutionStatus = Type.Object({
  executionId: RowId,
  wireJobId: Type.String(),
  jobId: RowId,
  jobName: Type.String(),
  mode: StringEnum(["execute", "save-and-execute"]),
  executeAt: Nullable(DateTime),
  createdAt: DateTime,
  cancellation: Nullable(Cancellation),
  settings: EffectiveSettingsView,
  warnings: Warnings,
  summary: Summary,
  destinations: Type.Array(DestinationStatus),
});
export type ExecutionStatusJson = Static<typeof ExecutionStatus>;

export const JobStatus = Type.Object({
  job: Job,
  summary: Summary,
  executions: Type.Array(ExecutionStatus, { description: "Oldest first" }),
});

const summaryView = (counts: StateCounts) => ({ ...counts });

const transitionView = (t: TransitionView) => ({
  state: t.state,
  at: iso(t.at),
  recordedAt: iso(t.recordedAt),
  maintenanceCode: t.maintenanceCode,
  cause: t.cause,
  action: t.action,
  detail: t.detail,
});

export const toDestinationStatusJson = (d: DestinationStatusView): DestinationStatusJson => ({
  clientId: d.clientId,
  pcId: d.pcId,
  hostName: d.hostName,
  role: d.role,
  state: d.state,
  updatedAt: iso(d.updatedAt),
  maintenanceCode: d.maintenanceCode,
  cause: d.cause,
  action: d.action,
  detail: d.detail,
  transitions: d.transitions.map(transitionView),
});

export function toExecutionStatusJson(view: ExecutionStatusView): ExecutionStatusJson {
  const { execution } = view;
  return {
    executionId: execution.id,
    wireJobId: view.wireJobId,
    jobId: execution.jobId,
    jobName: execution.jobName,
    mode: execution.mode,
    executeAt: isoOrNull(execution.executeAt),
    createdAt: iso(execution.createdAt),
    cancellation: toCancellationJson(execution.cancellation),
    settings: effectiveSettingsView(execution.settings),
    warnings: toNoticeViews(execution.warnings),
    summary: summaryView(view.summary),
    destinations: view.destinations.map(toDestinationStatusJson),
  };
}

export const toJobStatusJson = (view: JobStatusView): Static<typeof JobStatus> => ({
  job: toJobView(view.job),
  summary: summaryView(view.summary),
  executions: view.executions.map(toExecutionStatusJson),
});
