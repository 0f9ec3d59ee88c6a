/** The patchcast agent of one security PC. */

export { type CheckAuthReport, checkAuth, formatCheckAuth } from "./check-auth.ts";
export type { CliIo } from "./cli/io.ts";
export { runAgentCli } from "./cli/main.ts";
export { AGENT_ERRORS, AgentError, type AgentErrorCode } from "./errors.ts";
