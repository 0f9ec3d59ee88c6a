/**
 * What "restart" means for the agent on a real PC (after a Yes):
 * - `self` (default): the runtime ends and the agent re-executes itself, a
 *   new process reading only the state directory; the old process waits for
 *   it, forwarding signals, and exits with its status;
 * - `exit`: the agent exits with status 3 and a service manager starts it
 *   again (the systemd unit does: RestartForceExitStatus=3);
 * - any other value: a shell command that restarts the PC (for example
 *   `systemctl reboot`); if it fails, its jobs end in error with RESTART_FAILED.
 */
import { spawn } from "node:child_process";
import { AgentError } from "../errors.ts";
import type { AgentLog } from "../log.ts";

/** The exit status of `--restart-command exit`. */
export const RESTART_EXIT_CODE = 3;

const FORWARDED = ["SIGTERM", "SIGINT", "SIGHUP"] as const;

/** Runs the restart command; rejects with AGENT_ERR_RESTART_FAILED unless it exits 0. */
export function runRestartCommand(command: string, log: AgentLog): Promise<void> {
  log.info("restarting the PC", { command });
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", command], { stdio: ["ignore", "ignore", "inherit"] });
    const fail = (why: string) =>
      reject(new AgentError("AGENT_ERR_RESTART_FAILED", `restart command "${command}" ${why}`));
    child.once("error", (error) => fail(`could not be started: ${error.message}`));
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else fail(signal ? `was killed by ${signal}` : `exited with status ${code}`);
    });
  });
}

/** Starts this agent again as a new process with the same arguments; resolves with its exit status. */
export function reexecute(log: AgentLog): Promise<number> {
  const generation = Number(process.env.PATCHCAST_AGENT_GENERATION ?? "1") + 1;
  const [script = "", ...args] = process.argv.slice(1);
  log.info("restarting: the agent executes itself again", { generation });
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
    stdio: "inherit",
    env: { ...process.env, PATCHCAST_AGENT_GENERATION: String(generation) },
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolve) => {
    const done = (status: number) => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolve(status);
    };
    child.once("error", (error) => {
      log.error("the agent could not execute itself again", { err: error });
      done(1);
    });
    child.once("exit", (code, signal) => done(code ?? (signal === "SIGTERM" ? 0 : 1)));
  });
}
