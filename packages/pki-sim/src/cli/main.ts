/** patchcast-pki: dispatches a command line to its sub-command. Never exits the process itself. */
import { PkiSimError } from "../errors.ts";
import * as commands from "./commands.ts";
import { HELP } from "./help.ts";

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const COMMANDS: Readonly<
  Record<string, (args: readonly string[]) => string[] | Promise<string[]>>
> = {
  init: commands.init,
  issue: commands.issue,
  manager: commands.manager,
  revoke: commands.revoke,
  crl: commands.crl,
  faults: commands.faults,
};

/** Runs one command line; resolves to the exit status (0, 1, or 2 for bad arguments). */
export async function runPkiCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(HELP);
    return 0;
  }
  try {
    const run = COMMANDS[command];
    if (!run)
      throw new PkiSimError(
        "PKI_ERR_UNKNOWN_COMMAND",
        `unknown command "${command}" (see patchcast-pki --help)`,
      );
    for (const line of await run(rest)) io.out(line);
    return 0;
  } catch (error) {
    if (error instanceof PkiSimError) {
      io.err(`patchcast-pki: ${error.code}: ${error.message}`);
      return error.exitCode;
    }
    io.err(`patchcast-pki: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
