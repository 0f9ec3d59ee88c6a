/** The admin CLI, a client of the admin API: `runAdminCli(argv, io)`. */
export { type AdminClient, ApiAnswerError, createAdminClient } from "./api-client.ts";
export { ADMIN_COMMANDS, type CliIo, runAdminCli } from "./run-admin-cli.ts";
export { UsageError } from "./usage-error.ts";
