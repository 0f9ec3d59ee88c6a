/** The patchcast manager: start one in-process, or use its parts. */
export { type AgentEndpoint, createAgentEndpoint } from "./agent-endpoint/agent-endpoint.ts";
export { type AdminApiOptions, createAdminApi } from "./api/index.ts";
export { type AdminClient, ApiAnswerError, createAdminClient, runAdminCli } from "./cli/index.ts";
export { runManagerCli } from "./cli/main.ts";
export type { Database } from "./db/index.ts";
export { openDatabase } from "./db/index.ts";
export * from "./errors.ts";
export { loadManagerPki, MANAGER_PKI_FILES, type ManagerPki } from "./server/manager-pki.ts";
export { runStartCommand } from "./server/start-command.ts";
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningManager,
  type StartManagerOptions,
  startManager,
} from "./server/start-manager.ts";
export type { ManagerServices } from "./services/index.ts";
export { writeSampleSite } from "./support-site/sample-site-dir.ts";
export { type SupportSite, startSupportSite } from "./support-site/support-site.ts";
