/**
 * Simulated PCs for the end-to-end tests: the real agent runtime
 * (`runAgent`, so a Yes restarts it from its state directory) with a
 * scripted restart-confirm prompt and a recorder of what it reports.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import {
  type AgentEvent,
  type AgentOptions,
  type AgentRun,
  type ConfirmRestart,
  createSimulatedInstaller,
  type RestartQuestion,
  type RunAgentHooks,
  runAgent,
} from "@patchcast/agent";
import type { Rig } from "./manager-rig.ts";

/** Collects events and resolves waiters as they come. */
export interface EventLog {
  readonly events: AgentEvent[];
  readonly push: (event: AgentEvent) => void;
  /** Resolves with the first event (past or future) that matches. */
  waitFor(match: (event: AgentEvent) => boolean): Promise<AgentEvent>;
}

export function createEventLog(): EventLog {
  const events: AgentEvent[] = [];
  const waiters: { match: (event: AgentEvent) => boolean; resolve: (e: AgentEvent) => void }[] = [];
  return {
    events,
    push(event) {
      events.push(event);
      for (const waiter of [...waiters]) {
        if (!waiter.match(event)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    },
    waitFor(match) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}

export const jobReached =
  (state: string, jobId?: string) =>
  (event: AgentEvent): boolean =>
    event.type === "job" && event.state === state && (jobId === undefined || event.jobId === jobId);

export const authenticated = (event: AgentEvent) =>
  event.type === "connection" && event.state === "authenticated";

/** A prompt answered from a list, recording each question. */
export function scriptedConfirm(answers: readonly boolean[]): {
  confirm: ConfirmRestart;
  questions: RestartQuestion[];
} {
  const questions: RestartQuestion[] = [];
  const queue = [...answers];
  return {
    questions,
    confirm: async (question) => {
      questions.push(question);
      const answer = queue.shift();
      if (answer === undefined) throw new Error(`no scripted answer for: ${question.message}`);
      return answer;
    },
  };
}

export interface TestPc {
  readonly pcId: string;
  readonly deviceDir: string;
  readonly stateDir: string;
  readonly log: EventLog;
  /** The update IDs in the PC's installed-updates inventory. */
  installed(): Promise<readonly string[]>;
  /** Files in the state directory's downloads/. */
  downloads(): Promise<string[]>;
}

/** A PC (device and state directory) not yet started. */
export function makePc(rig: Rig, pcId: string): TestPc {
  const deviceDir = rig.device(pcId);
  const stateDir = rig.stateDir(pcId);
  return {
    pcId,
    deviceDir,
    stateDir,
    log: createEventLog(),
    installed: () => createSimulatedInstaller({ stateDir }).inventory(),
    downloads: async () => readdir(join(stateDir, "downloads")).catch(() => []),
  };
}

/** Fast, real timers: tests wait for events, never for fixed delays. */
export const FAST = {
  backoff: { initialMs: 20, maxMs: 200 },
  restartFlushMs: 3000,
  download: { retries: 2, retryDelayMs: 20 },
  durable: false,
} as const;

/** Starts (boots) the PC against the rig's manager. */
export function bootPc(
  rig: Rig,
  pc: TestPc,
  confirm: ConfirmRestart,
  extra: Partial<AgentOptions> = {},
  hooks: RunAgentHooks = {},
): Promise<AgentRun> {
  return runAgent(
    {
      managerUrl: rig.manager.agentUrl,
      deviceDir: pc.deviceDir,
      stateDir: pc.stateDir,
      confirm,
      onEvent: pc.log.push,
      ...FAST,
      ...extra,
    },
    hooks,
  );
}
