/**
 * The real bin in a child process (optionally on a pseudo-terminal through
 * util-linux `script`), with its output collected line by line so that a
 * test waits for what the agent says instead of sleeping.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { tmpdir } from "node:os";

export const BIN = new URL("../../../packages/agent/bin/patchcast-agent.js", import.meta.url)
  .pathname;

export interface AgentProcess {
  readonly child: ChildProcess;
  /** Everything printed so far (stdout and stderr; on a pty they are one stream). */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, past or future. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves with the exit status (128 + n for a signal). */
  readonly exited: Promise<number>;
  write(text: string): void;
}

function collect(child: ChildProcess): AgentProcess {
  let text = "";
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const waiter of [...waiters]) {
      const match = text.match(waiter.pattern);
      if (!match) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(match);
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) =>
      resolve(code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGTERM" ? 15 : 0)),
    );
  });
  return {
    child,
    output: () => text,
    waitFor(pattern) {
      const match = text.match(pattern);
      if (match) return Promise.resolve(match);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        void exited.then((status) => {
          if (waiters.some((w) => w.pattern === pattern))
            reject(new Error(`agent exited (${status}) before printing ${pattern}:\n${text}`));
        });
      });
    },
    exited,
    write: (input) => void child.stdin?.write(input),
  };
}

const ENV_KEYS = [
  "PATCHCAST_MANAGER",
  "PATCHCAST_DEVICE",
  "PATCHCAST_STATE_DIR",
  "PATCHCAST_CONFIRM",
];

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ENV_KEYS) delete env[key];
  return env;
}

/** `patchcast-agent ARGS` with pipes (no terminal). */
export function spawnAgent(args: readonly string[]): AgentProcess {
  return collect(spawn(BIN, [...args], { cwd: tmpdir(), env: cleanEnv(), stdio: "pipe" }));
}

const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;

/**
 * `patchcast-agent ARGS` on a pseudo-terminal: util-linux `script` runs it
 * with a pty as its stdin, stdout and stderr, and relays what the test
 * writes to the pty (Enter is "\r", as typed).
 */
export function spawnAgentOnTerminal(args: readonly string[]): AgentProcess {
  const command = [BIN, ...args].map(quote).join(" ");
  return collect(
    spawn("script", ["--quiet", "--flush", "--return", "--command", command, "/dev/null"], {
      cwd: tmpdir(),
      env: { ...cleanEnv(), TERM: "dumb" },
      stdio: "pipe",
    }),
  );
}

/** The pid the agent logs in every line (the process under `script`, or a re-executed one). */
export async function agentPid(agent: AgentProcess, after = 0): Promise<number> {
  const pids = [...agent.output().matchAll(/"pid":(\d+)/g)].map((m) => Number(m[1]));
  const found = pids.find((pid) => pid !== after);
  if (found) return found;
  await agent.waitFor(after ? new RegExp(`"pid":(?!${after}\\b)\\d+`) : /"pid":\d+/);
  return agentPid(agent, after);
}
