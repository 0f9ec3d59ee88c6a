// Seed 001 (Appendix B.5 (1) step 5) and contract §4 on a security PC, end to
// end: real manager, real sockets, real database, real certificates. The
// restart-confirm prompt is shown when the PC starts; No keeps the job
// pending until the next start; Yes restarts the agent, which then
// authenticates again, re-verifies the stored offer, downloads, installs and
// reports each step. A stored job altered during the restart ends in
// 300097078100 with nothing installed.
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jobFileName } from "@patchcast/agent";
import { describe, expect, it } from "vitest";
import { authenticated, bootPc, jobReached, makePc, scriptedConfirm } from "./agent-harness.ts";
import { useRig } from "./manager-rig.ts";

const setup = useRig();

describe("seed 001 sequence on a security PC", () => {
  it("No keeps the job pending, the prompt returns at the next start, and Yes completes it", async () => {
    const pc = makePc(setup.rig, "SEC-NO-YES");
    const pkg = await setup.rig.publish(randomBytes(300_000));

    const first = scriptedConfirm([false]);
    const run1 = await bootPc(setup.rig, pc, first.confirm);
    await pc.log.waitFor(authenticated);
    const { executionId, wireJobId } = await setup.rig.execute([pc.pcId], pkg.id);
    await pc.log.waitFor((e) => e.type === "prompt" && e.answer === false);
    expect(first.questions[0]?.message).toMatch(
      /^an update has been distributed: DPT-windows11_0-kb.*; restart now to install it\? Yes\/No$/,
    );
    await expect
      .poll(async () => (await setup.rig.status(executionId, pc.pcId)).state)
      .toBe("awaiting_restart");
    await run1.stop();
    expect(await pc.installed()).toEqual([]);

    // The next start: asked again; Yes restarts the agent, which installs without asking again.
    const second = scriptedConfirm([true]);
    const run2 = await bootPc(setup.rig, pc, second.confirm);
    await pc.log.waitFor(jobReached("completed", wireJobId));
    expect(second.questions).toHaveLength(1);
    expect(run2.boots).toBe(2);
    await expect
      .poll(async () => (await setup.rig.status(executionId, pc.pcId)).state)
      .toBe("completed");
    const status = await setup.rig.status(executionId, pc.pcId);
    // What the PC reported, in order (the manager adds waiting and offered on its side).
    const reported = status.transitions
      .map((t) => t.state)
      .filter((s) => !["waiting", "offered"].includes(s));
    expect(reported).toEqual([
      "received",
      "awaiting_restart",
      "awaiting_restart",
      "restarting",
      "downloading",
      "installing",
      "completed",
    ]);
    expect(await pc.installed()).toEqual([pkg.packageCode]);
    expect(await pc.downloads()).toEqual([]);
    await run2.stop();
  });

  it("a stored job altered on disk during the restart ends in 300097078100 and nothing is installed", async () => {
    const pc = makePc(setup.rig, "SEC-TAMPER");
    const pkg = await setup.rig.publish(randomBytes(50_000));
    const { confirm } = scriptedConfirm([true]);
    let wireJobId = "";
    const run = await bootPc(
      setup.rig,
      pc,
      confirm,
      {},
      {
        async beforeReboot() {
          const path = join(pc.stateDir, "jobs", jobFileName(wireJobId));
          const stored = JSON.parse(await readFile(path, "utf8"));
          const offer = Buffer.from(stored.offer.offer, "base64");
          offer[offer.length - 3] = (offer[offer.length - 3] ?? 0) ^ 0x01;
          stored.offer.offer = offer.toString("base64");
          await writeFile(path, JSON.stringify(stored));
        },
      },
    );
    await pc.log.waitFor(authenticated);
    const execution = await setup.rig.execute([pc.pcId], pkg.id);
    wireJobId = execution.wireJobId;
    const failed = await pc.log.waitFor(jobReached("error", wireJobId));
    expect(failed).toMatchObject({ maintenanceCode: "300097078100" });
    await expect
      .poll(async () => (await setup.rig.status(execution.executionId, pc.pcId)).maintenanceCode)
      .toBe("300097078100");
    expect((await setup.rig.status(execution.executionId, pc.pcId)).state).toBe("error");
    expect(pc.log.events.some(jobReached("downloading"))).toBe(false);
    expect(await pc.installed()).toEqual([]);
    expect(await pc.downloads()).toEqual([]);
    await run.stop();
  });
});
