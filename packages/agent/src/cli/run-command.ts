/**
 * `patchcast-agent [run] --manager ws(s)://HOST:PORT --device DIR
 * --state-dir DIR [--confirm ask|yes|no]`: the agent of one PC, until a
 * signal stops it (exit 0) or a Yes restarts it (see restart-actions.ts).
 */
import { confirmWith } from "../confirm/confirm.ts";
import { createTerminalConfirm } from "../confirm/terminal-confirm.ts";
import { createJsonLog } from "../log.ts";
import { createAgent } from "../runtime/create-agent.ts";
import type { CliIo } from "./io.ts";
import { RESTART_EXIT_CODE, reexecute, runRestartCommand } from "./restart-actions.ts";
import { resolveRunSettings } from "./run-settings.ts";

export const RUN_HELP = `Usage: patchcast-agent [run] --manager URL --device DIR --state-dir DIR [options]

Runs the agent of one PC: connects to the manager's /agent endpoint, takes
Install package jobs, shows the restart-confirm prompt on a security PC,
and after the restart downloads, checks and installs the package.

Options (each also from its environment variable, then from the config file):
  --manager URL           ws://HOST:PORT or wss://HOST:PORT     PATCHCAST_MANAGER
  --device DIR            the authentication device directory   PATCHCAST_DEVICE
  --state-dir DIR         where jobs, reports and the inventory live
                                                                PATCHCAST_STATE_DIR
  --confirm ask|yes|no    who answers the restart-confirm prompt: the terminal,
                          or always Yes / No (default: ask when stdin is a
                          terminal, else no)                    PATCHCAST_CONFIRM
  --role security-pc|standard
                          standard PCs install at once, without the prompt
                          (default security-pc)                 PATCHCAST_ROLE
  --restart-command CMD   how a Yes restarts: "self" (default) re-executes the
                          agent, "exit" exits with status 3 for a service
                          manager, anything else is a shell command such as
                          "systemctl reboot"                    PATCHCAST_RESTART_COMMAND
  --log-level LEVEL       debug, info, warn or error (default info)
                                                                PATCHCAST_LOG_LEVEL
  --install-timeout S     an install that takes longer ends the job with
                          300097090700 (default 7200)           PATCHCAST_INSTALL_TIMEOUT
  --auth-memory-budget B  the bytes the device check may use; a device needing
                          more is 300097078200 (default 16 MiB) PATCHCAST_AUTH_MEMORY_BUDGET
  --config FILE           a JSON object with the keys manager, device, stateDir,
                          confirm, role, restartCommand, logLevel, installTimeout,
                          authMemoryBudget                      PATCHCAST_CONFIG
  -h, --help              show this help

Logs are JSON lines on stderr; the prompt is on the terminal.
Exit status: 0 stopped by SIGTERM/SIGINT (or the restart command ran),
1 failure, 2 bad arguments or config file, 3 restart requested
(--restart-command exit), 4 a state file is corrupt (move it aside).
`;

export async function runCommand(args: readonly string[], io: CliIo): Promise<number> {
  const settings = resolveRunSettings(args, process.env, process.stdin.isTTY === true);
  if (!settings) {
    io.out(RUN_HELP);
    return 0;
  }
  const log = createJsonLog(io.err, { level: settings.logLevel, base: { pid: process.pid } });
  const { restart } = settings;
  const agent = createAgent({
    managerUrl: settings.manager,
    deviceDir: settings.device,
    stateDir: settings.stateDir,
    role: settings.role,
    confirm:
      settings.confirm === "ask"
        ? createTerminalConfirm({ input: process.stdin, output: process.stdout })
        : confirmWith(settings.confirm === "yes"),
    ...(restart.kind === "command"
      ? { restart: () => runRestartCommand(restart.command, log) }
      : {}),
    ...(settings.installTimeoutMs ? { installTimeoutMs: settings.installTimeoutMs } : {}),
    ...(settings.authMemoryBudgetBytes
      ? { authenticate: { memoryBudgetBytes: settings.authMemoryBudgetBytes } }
      : {}),
    log,
  });
  // A signal may come twice: after a `self` restart the parent forwards it to this process,
  // which the terminal (Ctrl-C) or systemd (its whole cgroup) also sends it to. Each copy
  // asks for the stop, which is harmless twice; with no handler left, a second one would
  // end the process half-way through its stop.
  const stop = (signal: NodeJS.Signals) => {
    log.info("stopping: signal received", { signal });
    void agent.stop();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  try {
    await agent.start();
    log.info("agent running", { manager: settings.manager, confirm: settings.confirm });
    const end = await agent.ended;
    if (end.reason === "stopped") return 0;
  } finally {
    process.off("SIGTERM", stop);
    process.off("SIGINT", stop);
  }
  if (restart.kind === "exit") {
    log.info("restart requested: exiting for the service manager", { status: RESTART_EXIT_CODE });
    return RESTART_EXIT_CODE;
  }
  if (restart.kind === "command") return 0;
  return reexecute(log);
}
