/**
 * The states of a job execution on one destination PC (execution_status.state)
 * and the order they move in. `waiting` and `offered` are the manager's own;
 * the rest are the PC's JobState (job.proto) in snake case. A status only
 * moves forward in this order, and `completed` and `error` are terminal:
 * nothing moves a PC out of them, so a late report of an earlier state
 * (sent again after a reconnect) never undoes a later one.
 */
export const EXECUTION_STATES = Object.freeze([
  "waiting",
  "offered",
  "received",
  "awaiting_restart",
  "restarting",
  "downloading",
  "installing",
  "completed",
  "error",
] as const);

export type ExecutionState = (typeof EXECUTION_STATES)[number];

/** The states a PC reports (JobState in job.proto, without UNSPECIFIED). */
export const REPORTED_STATES = Object.freeze([
  "received",
  "awaiting_restart",
  "restarting",
  "downloading",
  "installing",
  "completed",
  "error",
] as const satisfies readonly ExecutionState[]);

export type ReportedState = (typeof REPORTED_STATES)[number];

/** The states of a job that still has to run on the PC: offered again when it connects. */
export const PENDING_STATES = Object.freeze(
  EXECUTION_STATES.filter((s) => !isTerminalState(s)),
) as readonly ExecutionState[];

export function isExecutionState(value: string): value is ExecutionState {
  return (EXECUTION_STATES as readonly string[]).includes(value);
}

export function isReportedState(value: string): value is ReportedState {
  return (REPORTED_STATES as readonly string[]).includes(value);
}

export function isTerminalState(state: ExecutionState): boolean {
  return state === "completed" || state === "error";
}

/** Position in the order; `completed` and `error` share the last one. */
export function stateRank(state: ExecutionState): number {
  return isTerminalState(state) ? EXECUTION_STATES.length : EXECUTION_STATES.indexOf(state);
}

/** True when a status in `from` may become `to`: strictly later, never out of a terminal state. */
export function movesForward(from: ExecutionState, to: ExecutionState): boolean {
  return !isTerminalState(from) && stateRank(to) > stateRank(from);
}
