// Contract §2 and §3 end to end (real manager, real sockets, real database):
// an offer altered on the way is reported with 300097078100 and nothing is
// downloaded; status reports are kept until acknowledged and survive a
// reconnect, stored once; a standard PC installs at once without the
// prompt; an unreadable job file is reported with 300097090D00.
import { randomBytes } from "node:crypto";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jobFileName, listOutbox } from "@patchcast/agent";
import { describe, expect, it } from "vitest";
import { authenticated, bootPc, jobReached, makePc, scriptedConfirm } from "./agent-harness.ts";
import { useRig } from "./manager-rig.ts";

const setup = useRig();

const agentStates = (transitions: readonly { state: string }[]) =>
  transitions.map((t) => t.state).filter((s) => s !== "waiting" && s !== "offered");

describe("through a man in the middle", () => {
  it("an offer whose signature no longer verifies is reported with 300097078100; nothing is downloaded", async () => {
    const pc = makePc(setup.rig, "SEC-MITM");
    const pkg = await setup.rig.publish(randomBytes(20_000));
    const { confirm, questions } = scriptedConfirm([]);
    const run = await bootPc(setup.rig, pc, confirm, { managerUrl: setup.proxy.url });
    await pc.log.waitFor(authenticated);
    setup.proxy.rules = {
      alterOffer(offer) {
        const altered = Buffer.from(offer);
        const at = altered.indexOf("DPT-windows");
        altered[at + 4] = 0x57; // "w" -> "W": the signed bytes change, the offer still decodes
        return altered;
      },
    };
    const { executionId, wireJobId } = await setup.rig.execute([pc.pcId], pkg.id);
    const failed = await pc.log.waitFor(jobReached("error", wireJobId));
    setup.proxy.rules = {};
    expect(failed).toMatchObject({ maintenanceCode: "300097078100" });
    expect((failed as { detail: string }).detail).toMatch(/signature/);
    await expect
      .poll(async () => (await setup.rig.status(executionId, pc.pcId)).state)
      .toBe("error");
    expect((await setup.rig.status(executionId, pc.pcId)).maintenanceCode).toBe("300097078100");
    expect(questions).toEqual([]);
    expect(setup.proxy.requests.some((r) => r.line.includes("/packages/download/"))).toBe(false);
    expect(await pc.downloads()).toEqual([]);
    await run.stop();
  });

  it("offers no WebSocket extension: its frames are protobuf, never compressed", async () => {
    const pc = makePc(setup.rig, "SEC-NO-DEFLATE");
    const run = await bootPc(setup.rig, pc, scriptedConfirm([]).confirm, {
      managerUrl: setup.proxy.url,
    });
    await pc.log.waitFor(authenticated);
    const upgrades = setup.proxy.requests.filter((r) => r.line.startsWith("GET /agent"));
    expect(upgrades.length).toBeGreaterThan(0);
    expect(upgrades.map((r) => r.extensions)).toEqual(upgrades.map(() => undefined));
    await run.stop();
  });

  it("reports whose Acks were lost are sent again after the reconnect and stored once", async () => {
    const pc = makePc(setup.rig, "SEC-ACKS");
    const pkg = await setup.rig.publish(randomBytes(20_000));
    const { confirm } = scriptedConfirm([false]);
    const run = await bootPc(setup.rig, pc, confirm, { managerUrl: setup.proxy.url });
    await pc.log.waitFor(authenticated);
    setup.proxy.rules = { dropAcks: true };
    const { executionId } = await setup.rig.execute([pc.pcId], pkg.id);
    await pc.log.waitFor((e) => e.type === "prompt" && e.answer === false);
    // Stored by the manager, never acknowledged to the PC: all four stay in the outbox.
    await expect
      .poll(async () => agentStates((await setup.rig.status(executionId, pc.pcId)).transitions))
      .toEqual(["received", "awaiting_restart", "awaiting_restart"]);
    await expect.poll(async () => (await listOutbox(pc.stateDir)).length).toBe(4);

    const connections = setup.proxy.requests.filter((r) => r.line.startsWith("GET /agent")).length;
    setup.proxy.rules = {};
    setup.proxy.cutAll();
    await expect.poll(async () => listOutbox(pc.stateDir)).toEqual([]);
    expect(
      setup.proxy.requests.filter((r) => r.line.startsWith("GET /agent")).length,
    ).toBeGreaterThan(connections);
    expect(agentStates((await setup.rig.status(executionId, pc.pcId)).transitions)).toEqual([
      "received",
      "awaiting_restart",
      "awaiting_restart",
    ]);
    await run.stop();
  });
});

describe("reconnecting", () => {
  it("after the manager drops every connection, each PC comes back after its own jittered delay", async () => {
    const delays = new Map<string, number[]>();
    const timersFor = (name: string) => ({
      setTimeout(fn: () => void, ms: number) {
        if (ms < 1000) delays.set(name, [...(delays.get(name) ?? []), ms]);
        return setTimeout(fn, ms);
      },
      clearTimeout: (handle: unknown) => clearTimeout(handle as NodeJS.Timeout),
    });
    const pcs = [
      { pc: makePc(setup.rig, "SEC-JITTER-A"), random: () => 0.9 },
      { pc: makePc(setup.rig, "SEC-JITTER-B"), random: () => 0.1 },
    ];
    const runs = await Promise.all(
      pcs.map(({ pc, random }) =>
        bootPc(setup.rig, pc, scriptedConfirm([]).confirm, {
          managerUrl: setup.proxy.url,
          random,
          timers: timersFor(pc.pcId),
          backoff: { initialMs: 400, maxMs: 4000 },
        }),
      ),
    );
    await Promise.all(pcs.map(({ pc }) => pc.log.waitFor(authenticated)));
    const order: string[] = [];
    const back = pcs.map(({ pc }) => {
      const before = pc.log.events.filter(authenticated).length;
      return pc.log
        .waitFor(() => pc.log.events.filter(authenticated).length > before)
        .then(() => order.push(pc.pcId));
    });
    setup.proxy.cutAll();
    await Promise.all(back);
    // Full jitter: a uniform share of the first ceiling (400 ms), different for each PC.
    expect(delays.get("SEC-JITTER-A")).toEqual([360]);
    expect(delays.get("SEC-JITTER-B")).toEqual([40]);
    expect(order).toEqual(["SEC-JITTER-B", "SEC-JITTER-A"]);
    await Promise.all(runs.map((run) => run.stop()));
  });
});

describe("standard PCs and damaged state", () => {
  it("a standard PC installs an Install package job at once, without the prompt", async () => {
    const pc = makePc(setup.rig, "STD-ONE");
    const pkg = await setup.rig.publish(randomBytes(30_000), { updateData: false });
    const { confirm, questions } = scriptedConfirm([]);
    const run = await bootPc(setup.rig, pc, confirm, { role: "standard" });
    await pc.log.waitFor(authenticated);
    const { executionId, wireJobId } = await setup.rig.execute([pc.pcId], pkg.id);
    await pc.log.waitFor(jobReached("completed", wireJobId));
    await expect
      .poll(async () => agentStates((await setup.rig.status(executionId, pc.pcId)).transitions))
      .toEqual(["received", "downloading", "installing", "completed"]);
    expect(questions).toEqual([]);
    expect(run.boots).toBe(1);
    expect(await pc.installed()).toEqual([pkg.packageCode]);
    await run.stop();
  });

  it("a job file damaged while the PC was off is moved aside and reported with 300097090D00", async () => {
    const pc = makePc(setup.rig, "SEC-DAMAGED");
    const pkg = await setup.rig.publish(randomBytes(10_000));
    const run1 = await bootPc(setup.rig, pc, scriptedConfirm([false]).confirm);
    await pc.log.waitFor(authenticated);
    const { executionId, wireJobId } = await setup.rig.execute([pc.pcId], pkg.id);
    await pc.log.waitFor((e) => e.type === "prompt" && e.answer === false);
    await run1.stop();
    await writeFile(
      join(pc.stateDir, "jobs", jobFileName(wireJobId)),
      '{"format":"patchcast-job/1",',
    );

    const { confirm, questions } = scriptedConfirm([]);
    const run2 = await bootPc(setup.rig, pc, confirm);
    await expect
      .poll(async () => (await setup.rig.status(executionId, pc.pcId)).maintenanceCode)
      .toBe("300097090D00");
    expect(questions).toEqual([]);
    expect((await readdir(join(pc.stateDir, "jobs"))).sort()).toEqual([
      jobFileName(wireJobId),
      `${jobFileName(wireJobId)}.corrupt`,
    ]);
    await run2.stop();
  });
});
