/**
 * `patchcast-manager`: the commands that run on the manager's machine
 * (`start`, …) and, for every other word, the admin CLI, a client of the
 * admin API (run-admin-cli.ts).
 */
import { runExplainCommand } from "../dpt/explain-command.ts";
import { runStartCommand, type StartIo } from "../server/start-command.ts";
import { runSupportSiteCommand } from "../support-site/support-site-command.ts";
import { runAdminCli } from "./run-admin-cli.ts";

export type MainIo = StartIo;

interface LocalCommand {
  readonly name: string;
  readonly summary: string;
  run(argv: readonly string[], io: MainIo): Promise<number>;
}

/** Commands that run here rather than against a manager's API. */
export const LOCAL_COMMANDS: readonly LocalCommand[] = [
  {
    name: "start",
    summary: "run the manager (admin API, /agent endpoint, package downloads)",
    run: runStartCommand,
  },
  {
    name: "support-site",
    summary: "run the simulated support service site (patchinfo.json and update files)",
    run: runSupportSiteCommand,
  },
  {
    name: "explain",
    summary: "print a DPT.LOG message's text, cause and corrective action",
    run: runExplainCommand,
  },
];

function help(io: MainIo): void {
  const width = Math.max(...LOCAL_COMMANDS.map((c) => c.name.length));
  io.stdout.write(
    [
      "",
      "Commands that run on the manager's machine (the ones above use its admin API):",
      ...LOCAL_COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      `Run patchcast-manager ${LOCAL_COMMANDS[0]?.name} --help for its settings.`,
      "",
    ].join("\n"),
  );
}

export async function runManagerCli(argv: readonly string[], io: MainIo): Promise<number> {
  const [first, ...rest] = argv;
  const local = LOCAL_COMMANDS.find((c) => c.name === first);
  if (local) return local.run(rest, io);
  if (first === undefined || first === "--help" || first === "-h") {
    await runAdminCli(["--help"], io);
    help(io);
    if (first !== undefined) return 0;
    io.stderr.write("patchcast-manager: missing command (see patchcast-manager --help)\n");
    return 2;
  }
  return runAdminCli(argv, io);
}
