/**
 * Kernel figures that explain a bench's numbers (Linux; undefined
 * elsewhere): how long a listen queue may be, how many handshakes were
 * dropped because one was full (a dropped handshake costs its client a
 * retransmission of a second or more, which a timed step then includes),
 * and how busy the machine's cores were during a step (a step whose cores
 * were busy throughout is bound by CPU, not by waiting), and how much of
 * that work was the server's process (the manager, or a baseline's server)
 * rather than its clients' (the simulated PCs, or a baseline's clients).
 */
import { readFileSync } from "node:fs";

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
};

/** `net.core.somaxconn`: the cap on any listen backlog asked for. */
export function somaxconn(text = read("/proc/sys/net/core/somaxconn")): number | undefined {
  const value = Number(text?.trim());
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** TcpExt ListenOverflows so far: handshakes dropped because a listen queue was full. */
export function listenOverflows(text = read("/proc/net/netstat")): number | undefined {
  const lines = (text ?? "").split("\n").filter((line) => line.startsWith("TcpExt:"));
  const [names, values] = lines.map((line) => line.trim().split(/\s+/));
  const at = names?.indexOf("ListenOverflows") ?? -1;
  const value = at > 0 ? Number(values?.[at]) : Number.NaN;
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Ticks of all cores since boot, from the first line of /proc/stat, in
 * USER_HZ (100 a second on Linux, whatever the kernel's own tick). The
 * cores are the online ones the kernel lists: a CPU quota (cgroup
 * cpu.max) is not seen here.
 */
export interface CpuTimes {
  /** Spent on work: user (guest included), nice, system, irq and softirq. */
  readonly busy: number;
  /** Busy, idle, iowait, and steal (time the hypervisor took from the cores): all the time that passed, on every core. */
  readonly total: number;
  /** The cores counted: one `cpuN` line each. */
  readonly cores: number;
}

/** Ticks of /proc/stat per second of a core. */
const USER_HZ = 100;

export function cpuTimes(text = read("/proc/stat")): CpuTimes | undefined {
  const fields = /^cpu\s+([\d\s]+)/
    .exec(text ?? "")?.[1]
    ?.trim()
    .split(/\s+/)
    .map(Number);
  if (!fields || fields.length < 8 || fields.some((n) => !Number.isSafeInteger(n)))
    return undefined;
  // user nice system idle iowait irq softirq steal (guest time is inside user already)
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    fields;
  const busy = user + nice + system + irq + softirq;
  const cores = (text ?? "").match(/^cpu\d+\s/gm)?.length ?? 0;
  return { busy, total: busy + idle + iowait + steal, cores };
}

/**
 * Ticks (USER_HZ) of CPU a process has used so far, in user and system
 * mode, all its threads together: fields 14 and 15 of /proc/PID/stat,
 * counted after the command name, which may hold spaces and parentheses.
 */
export function processTicks(pid: number, text = read(`/proc/${pid}/stat`)): number | undefined {
  const after = text?.slice(text.lastIndexOf(")") + 2).split(" ");
  // After the name: state (field 3) first, so utime (14) and stime (15) are the 12th and 13th.
  const [utime, stime] = [Number(after?.[11]), Number(after?.[12])];
  return Number.isSafeInteger(utime) && Number.isSafeInteger(stime) ? utime + stime : undefined;
}

/** What the machine's cores did between two readings: every process's work, the kernel's included. */
export interface CpuUse {
  /** Share of all the cores' time spent on work, 0 to 1. */
  readonly busyShare: number;
  /** CPU time spent on work, in seconds, all cores together. */
  readonly cpuSeconds: number;
  /** The machine's cores. */
  readonly cores: number;
  /**
   * Of `cpuSeconds`, the server's process (the manager, or a baseline's
   * server), where it was read; the rest is its clients', the harness's
   * and the kernel's work outside it.
   */
  readonly serverSeconds?: number;
}

/** A server process's CPU ticks (`processTicks`) at the two readings. */
export type ServerTicks = readonly [before: number | undefined, after: number | undefined];

/** CPU use between two readings (undefined where either is missing, or no time passed). */
export function cpuUse(
  before: CpuTimes | undefined,
  after: CpuTimes | undefined,
  server?: ServerTicks,
): CpuUse | undefined {
  if (!before || !after || after.total <= before.total || after.cores === 0) return undefined;
  const busy = after.busy - before.busy;
  const [serverBefore, serverAfter] = server ?? [];
  return {
    busyShare: busy / (after.total - before.total),
    cpuSeconds: busy / USER_HZ,
    cores: after.cores,
    ...(serverBefore !== undefined && serverAfter !== undefined
      ? { serverSeconds: (serverAfter - serverBefore) / USER_HZ }
      : {}),
  };
}

/** A step's result with the listen overflows and the CPU use during it. */
export interface Counted<T> {
  readonly value: T;
  readonly overflows: number | undefined;
  readonly cpu: CpuUse | undefined;
}

/**
 * Counts the listen overflows and the cores' work during `step`, with the
 * share of the process `serverPid` where given (undefined where they
 * cannot be read).
 */
export async function countersDuring<T>(
  step: () => Promise<T>,
  serverPid?: number,
): Promise<Counted<T>> {
  const before = listenOverflows();
  const serverBefore = serverPid === undefined ? undefined : processTicks(serverPid);
  const cpuBefore = cpuTimes();
  const value = await step();
  const cpu = cpuUse(cpuBefore, cpuTimes(), [
    serverBefore,
    serverPid === undefined ? undefined : processTicks(serverPid),
  ]);
  const after = listenOverflows();
  return {
    value,
    overflows: before === undefined || after === undefined ? undefined : after - before,
    cpu,
  };
}
