/**
 * patchcast-agent's command line: `run` (the default when the first
 * argument is an option) and `check-auth`.
 */
import { AgentError } from "../errors.ts";
import { CHECK_AUTH_HELP, checkAuthCommand } from "./check-auth-command.ts";
import type { CliIo } from "./io.ts";
import { RUN_HELP, runCommand } from "./run-command.ts";

export const HELP = `patchcast-agent: the patchcast agent of one security PC

Usage: patchcast-agent [run] --manager ws(s)://HOST:PORT --device DIR --state-dir DIR
                       [--confirm ask|yes|no] [options]
       patchcast-agent <command> [options]

Commands:
  run        (default) Run the agent of this PC until stopped; see below.
  check-auth --device DIR [--json]
             Run PKI authentication on an authentication device offline and print
             OK, or the maintenance code, its cause and its action.

Options:
  -h, --help   Show this help; "patchcast-agent <command> --help" for a command.

Exit status: 0 success, 1 failure (for check-auth: a maintenance code), 2 bad arguments.

${RUN_HELP}
${CHECK_AUTH_HELP}`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  run: runCommand,
  "check-auth": checkAuthCommand,
};

/** Runs one command line; resolves to the exit status. Never exits the process itself. */
export async function runAgentCli(argv: readonly string[], io: CliIo): Promise<number> {
  const implicitRun = argv[0]?.startsWith("-") === true && !["-h", "--help"].includes(argv[0]);
  const [command, ...rest] = implicitRun ? ["run", ...argv] : argv;
  if (command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return 0;
  }
  try {
    if (command === undefined)
      throw new AgentError("AGENT_ERR_USAGE", "a command is required (see patchcast-agent --help)");
    const run = COMMANDS[command];
    if (!run) {
      throw new AgentError(
        "AGENT_ERR_UNKNOWN_COMMAND",
        `unknown command "${command}" (see patchcast-agent --help)`,
      );
    }
    return await run(rest, io);
  } catch (error) {
    if (error instanceof AgentError) {
      io.err(`patchcast-agent: ${error.code}: ${error.message}`);
      return error.exitCode;
    }
    io.err(`patchcast-agent: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
