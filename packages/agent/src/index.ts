/** The patchcast agent of one security PC. */

export { type CheckAuthReport, checkAuth, formatCheckAuth } from "./check-auth.ts";
export type { CliIo } from "./cli/io.ts";
export { runAgentCli } from "./cli/main.ts";
export {
  CONFIRM_POLICIES,
  type ConfirmPolicy,
  type ConfirmRestart,
  confirmWith,
  type RestartQuestion,
  restartMessage,
} from "./confirm/confirm.ts";
export { createTerminalConfirm, parseAnswer } from "./confirm/terminal-confirm.ts";
export { AGENT_ERRORS, AgentError, type AgentErrorCode, JobFailure } from "./errors.ts";
export * from "./fleet/index.ts";
export type { InstalledPackage, Installer, InstallRequest } from "./installer/installer.ts";
export {
  createSimulatedInstaller,
  INVENTORY_FILE,
  type InstalledUpdate,
  type SimulatedInstaller,
  type SimulatedInstallerOptions,
} from "./installer/simulated-installer.ts";
export { type AgentLog, createJsonLog, type LogLevel, silentLog } from "./log.ts";
export { type Backoff, type BackoffOptions, createBackoff } from "./net/backoff.ts";
export type { WebSocketFactory } from "./net/session.ts";
export {
  type CreateConnection,
  connectFrom,
  DEFAULT_PORT_RANGE,
  ephemeralPortRange,
  PortPool,
  type PortRange,
} from "./net/source-ports.ts";
export {
  AGENT_ROLES,
  type AgentEvent,
  type AgentOptions,
  type AgentRole,
} from "./runtime/agent-options.ts";
export { type Agent, type AgentEnd, createAgent } from "./runtime/create-agent.ts";
export { type AgentRun, type RunAgentHooks, runAgent } from "./runtime/run-agent.ts";
export { realTimers, type Timers } from "./runtime/timers.ts";
export { JOBS_DIR, type JobRecord, type JobStage, jobFileName } from "./state/job-store.ts";
export { listOutbox, OUTBOX_DIR } from "./state/outbox.ts";
export { AGENT_VERSION } from "./version.ts";
