/**
 * An agent that outlives its restarts, in-process: each time a runtime ends
 * for a restart, a fresh one is built from the same options and the state
 * directory alone (the simulated PC's boot). The fleet and tests use it; the
 * CLI restarts the process instead.
 */
import type { AgentOptions } from "./agent-options.ts";
import { type Agent, type AgentEnd, createAgent } from "./create-agent.ts";

export interface RunAgentHooks {
  /** Runs before each boot after the first (between the restart and the next start). */
  beforeReboot?(boot: number): void | Promise<void>;
  /** Each runtime once built, before it starts (boot 1 is the first start). */
  onBoot?(agent: Agent, boot: number): void;
}

export interface AgentRun {
  /** The runtime running now. */
  readonly current: Agent;
  /** How many runtimes have started. */
  readonly boots: number;
  /** Resolves when a runtime ends other than by a restart, or a start fails. */
  readonly done: Promise<AgentEnd>;
  stop(): Promise<void>;
}

export async function runAgent(
  options: AgentOptions,
  hooks: RunAgentHooks = {},
): Promise<AgentRun> {
  let boots = 0;
  let stopping = false;
  let current = createAgent(options);
  const boot = async (agent: Agent) => {
    boots += 1;
    hooks.onBoot?.(agent, boots);
    await agent.start();
  };
  await boot(current);
  const done = (async (): Promise<AgentEnd> => {
    for (;;) {
      const end = await current.ended;
      if (end.reason !== "restart" || stopping) return end;
      await hooks.beforeReboot?.(boots + 1);
      current = createAgent(options);
      await boot(current);
    }
  })();
  return {
    get current() {
      return current;
    },
    get boots() {
      return boots;
    },
    done,
    async stop() {
      stopping = true;
      await current.stop();
      await done.catch(() => undefined);
    },
  };
}
