/**
 * Bench workers: TypeScript processes of their own (a process may open
 * 20,000 files here, so connections are spread over processes), driven by
 * the parent over the IPC channel. A worker answers each command with one
 * message of the same `type`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

export type Message = { readonly type: string } & Record<string, unknown>;

/** The baselines' listen backlog: the manager's own (LISTEN_BACKLOG in start-manager.ts). */
export const LISTEN_BACKLOG = 8_192;

export interface Worker {
  readonly pid: number;
  /** Resolves once the worker has loaded and listens for commands. */
  readonly ready: Promise<void>;
  /** Sends `command` and resolves with the worker's answer of the same type. */
  ask<T extends Message>(command: Message, timeoutMs?: number): Promise<T>;
  /** Resolves with the next message of `type` the worker sends of itself. */
  next<T extends Message>(type: string, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

/** Node flags that let `settledRss` collect a process's garbage before reading its memory. */
export const GC_ON_SIGNAL = [
  "--expose-gc",
  "--import",
  fileURLToPath(new URL("./gc-on-signal.mjs", import.meta.url)),
];

/** Resident memory of a process started with GC_ON_SIGNAL, read after a full collection. */
export async function settledRss(pid: number): Promise<number> {
  process.kill(pid, "SIGUSR2");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return rssOf(pid);
}

export function startWorker(name: string, env: Record<string, string> = {}): Worker {
  const file = fileURLToPath(new URL(`../workers/${name}.ts`, import.meta.url));
  // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the workers.
  const nodeArgs = [
    ...GC_ON_SIGNAL,
    ...(process.env.BENCH_WORKER_NODE_ARGS ?? "").split(" ").filter(Boolean),
  ];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", file], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
  const waiting = new Map<string, ((m: Message) => void)[]>();
  const queued = new Map<string, Message[]>();
  child.on("message", (raw) => {
    const message = raw as Message;
    const waiter = waiting.get(message.type)?.shift();
    if (waiter) waiter(message);
    else queued.set(message.type, [...(queued.get(message.type) ?? []), message]);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const next = <T extends Message>(type: string, timeoutMs = 300_000) => {
    const ready = queued.get(type)?.shift();
    if (ready) return Promise.resolve(ready as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`bench worker ${name}: no "${type}" within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const list = waiting.get(type) ?? [];
      list.push((m) => {
        clearTimeout(timer);
        resolve(m as T);
      });
      waiting.set(type, list);
      void exited.then(() => reject(new Error(`bench worker ${name} ended before "${type}"`)));
    });
  };
  const ready = next("ready").then(() => undefined);
  // Awaited by those who start a timed step; a worker that dies early fails its commands too.
  ready.catch(() => undefined);
  return {
    pid: child.pid as number,
    ready,
    async ask(command, timeoutMs) {
      const answer = next(command.type, timeoutMs);
      child.send(command);
      const message = await answer;
      if (typeof message.error === "string")
        throw new Error(`bench worker ${name}, ${command.type}: ${message.error}`);
      return message as never;
    },
    next,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * `count` workers of one kind, resolved once all of them have loaded: what
 * a bench times starts with every process ready, not with one of them
 * still compiling its modules beside the others' work.
 */
export async function startWorkers(
  name: string,
  count: number,
  env: Record<string, string> = {},
): Promise<Worker[]> {
  const workers = Array.from({ length: count }, () => startWorker(name, env));
  try {
    await Promise.all(workers.map((worker) => worker.ready));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.stop()));
    throw error;
  }
  return workers;
}

/** Resident memory of a process, in bytes (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kib ?? 0) * 1024;
}

/** Inside a worker: answers commands with `handlers`, one answer per command. */
export function serveCommands(
  handlers: Record<string, (command: Message) => Promise<Record<string, unknown>>>,
): void {
  process.on("message", (raw) => {
    const command = raw as Message;
    const handler = handlers[command.type];
    if (!handler) {
      process.send?.({ type: command.type, error: `unknown command ${command.type}` });
      return;
    }
    handler(command).then(
      (answer) => process.send?.({ ...answer, type: command.type }),
      (error: unknown) => process.send?.({ type: command.type, error: String(error) }),
    );
  });
  process.once("SIGTERM", () => process.exit(0));
  process.send?.({ type: "ready" });
}

/** Spreads connections over 127.0.0.2, .3, … (127.0.0.1 is where the servers listen) so no source address runs out of ports. */
export function sourceAddresses(count: number, perAddress = 20_000): string[] {
  return Array.from({ length: Math.ceil(count / perAddress) }, (_, i) => `127.0.0.${i + 2}`);
}

/**
 * Where simulated PCs keep their devices and state: PATCHCAST_BENCH_FLEET_DIR,
 * else /dev/shm (memory) where there is one, else the system's temporary
 * directory. The PCs' disks are part of the simulation, not of what is
 * measured: on a disk mounted with online discard, creating and deleting the
 * hundreds of thousands of small files of a 10,000-PC fleet costs more than
 * the manager's work, and more with every run.
 */
export function fleetRoot(): string {
  const given = process.env.PATCHCAST_BENCH_FLEET_DIR;
  if (given) return given;
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return tmpdir();
  }
}
