// The kernel figures printed beside the scale bench's numbers, read from
// texts shaped like Linux's /proc files.
import { describe, expect, it } from "vitest";
import { cpuTimes, cpuUse, listenOverflows, processTicks, somaxconn } from "./kernel-counters.ts";

const STAT = (user: number, system: number, idle: number, steal = 0) =>
  [
    `cpu  ${user} 10 ${system} ${idle} 20 0 5 ${steal} 0 0`,
    "cpu0 1 0 1 1 0 0 0 0 0 0",
    "cpu1 1 0 1 1 0 0 0 0 0 0",
    "intr 12345 0 0",
    "ctxt 999",
  ].join("\n");

describe("cpuTimes", () => {
  it("counts user, nice, system, irq and softirq as busy, and every core", () => {
    // Steal (7) is time that passed without the cores: in the total, not busy.
    expect(cpuTimes(STAT(100, 50, 1_000, 7))).toEqual({
      busy: 100 + 10 + 50 + 0 + 5,
      total: 100 + 10 + 50 + 0 + 5 + 1_000 + 20 + 7,
      cores: 2,
    });
  });

  it("is undefined for a text that is not /proc/stat", () => {
    expect(cpuTimes("")).toBeUndefined();
    expect(cpuTimes("cpu  1 2 3")).toBeUndefined();
    expect(cpuTimes("intr 1 2 3 4 5 6 7 8")).toBeUndefined();
  });
});

describe("cpuUse", () => {
  it("is the busy share of the cores' time, and the CPU seconds of the busy ticks", () => {
    // Between the readings: 150 busy ticks (1.5 s at 100 a second) of 200.
    const use = cpuUse(cpuTimes(STAT(100, 50, 1_000)), cpuTimes(STAT(200, 100, 1_050)));
    expect(use?.busyShare).toBeCloseTo(0.75);
    expect(use?.cpuSeconds).toBeCloseTo(1.5);
    expect(use?.cores).toBe(2);
  });

  it("gives the server's share where both of its readings are there", () => {
    const [before, after] = [cpuTimes(STAT(100, 50, 1_000)), cpuTimes(STAT(200, 100, 1_050))];
    expect(cpuUse(before, after, [40, 100])?.serverSeconds).toBeCloseTo(0.6);
    expect(cpuUse(before, after, [undefined, 100])).not.toHaveProperty("serverSeconds");
    expect(cpuUse(before, after)).not.toHaveProperty("serverSeconds");
  });

  it("is undefined without both readings, or when no time passed between them", () => {
    const reading = cpuTimes(STAT(100, 50, 1_000));
    expect(cpuUse(undefined, reading)).toBeUndefined();
    expect(cpuUse(reading, undefined)).toBeUndefined();
    expect(cpuUse(reading, reading)).toBeUndefined();
  });
});

describe("processTicks", () => {
  it("adds utime and stime, counted after a command name with spaces and parentheses", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = "4242 (node (fleet) x) S 1 4242 4242 0 -1 4194304 900 0 3 0 1234 567 0 0 20 0 12";
    expect(processTicks(4242, stat)).toBe(1234 + 567);
  });

  it("is undefined for a process that is gone or a text that is not its stat", () => {
    expect(processTicks(1, "")).toBeUndefined();
    expect(processTicks(1, "4242 (node) S 1 2")).toBeUndefined();
    expect(processTicks(2_000_000_000)).toBeUndefined();
  });
});

describe("listenOverflows and somaxconn", () => {
  it("reads ListenOverflows from the TcpExt lines", () => {
    const netstat = [
      "TcpExt: SyncookiesSent ListenOverflows ListenDrops",
      "TcpExt: 0 6117 6117",
      "IpExt: InNoRoutes",
      "IpExt: 0",
    ].join("\n");
    expect(listenOverflows(netstat)).toBe(6117);
    expect(listenOverflows("IpExt: InNoRoutes\nIpExt: 0")).toBeUndefined();
  });

  it("reads the listen queue's cap, and nothing from a bad value", () => {
    expect(somaxconn("4096\n")).toBe(4096);
    expect(somaxconn("")).toBeUndefined();
    expect(somaxconn("-1")).toBeUndefined();
  });
});
