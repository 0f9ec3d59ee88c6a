// Cancelling a job execution end to end: an administrator cancels through
// the admin API of a real manager; the security PC online, waiting for its
// restart after answering No, is told at once and reports the job cancelled;
// the PC that was off is told when it starts, and answering Yes to the prompt
// it shows at start (before it hears from the manager) installs nothing: the
// execution's status shows both cancelled, and no PC keeps a download.
import { randomBytes } from "node:crypto";
import { createAdminClient } from "@patchcast/manager";
import { MaintenanceCode } from "@patchcast/protocol";
import { describe, expect, it } from "vitest";
import { authenticated, bootPc, jobReached, makePc, scriptedConfirm } from "./agent-harness.ts";
import { useRig } from "./manager-rig.ts";

const setup = useRig();

describe("cancelling a job execution", () => {
  it("ends the job on the PC online at once and on the PC that was off when it starts, installing nothing", async () => {
    const { rig } = setup;
    const online = makePc(rig, "SEC-CANCEL-ON");
    const off = makePc(rig, "SEC-CANCEL-OFF");
    const pkg = await rig.publish(randomBytes(200_000));

    const runs = await Promise.all(
      [online, off].map(async (pc) => {
        const run = await bootPc(rig, pc, scriptedConfirm([false]).confirm);
        await pc.log.waitFor(authenticated);
        return run;
      }),
    );
    const { executionId, wireJobId } = await rig.execute([online.pcId, off.pcId], pkg.id);
    for (const pc of [online, off]) {
      await pc.log.waitFor((e) => e.type === "prompt" && e.answer === false);
      await expect
        .poll(async () => (await rig.status(executionId, pc.pcId)).state)
        .toBe("awaiting_restart");
    }
    await runs[1]?.stop();

    const api = createAdminClient({
      baseUrl: rig.manager.url,
      credentials: { id: "admin", password: async () => "agent e2e password" },
    });
    const answer = await api.call<{ cancelledNow: boolean; ended: number; told: number }>(
      "POST",
      `/executions/${executionId}/cancel`,
      { reason: "withdrawn by the vendor" },
    );
    await api.logout();
    expect(answer).toMatchObject({ cancelledNow: true, ended: 0, told: 2 });

    const reason = "cancelled by administrator admin: withdrawn by the vendor";
    expect(await online.log.waitFor(jobReached("error", wireJobId))).toMatchObject({
      maintenanceCode: MaintenanceCode.CANCELLED,
      detail: reason,
    });
    await runs[0]?.stop();

    // The PC that was off asks at its start, before it hears from the manager: Yes
    // restarts it, and whichever comes first, the cancel or the restart, nothing installs.
    const run = await bootPc(rig, off, scriptedConfirm([true]).confirm);
    expect(await off.log.waitFor(jobReached("error", wireJobId))).toMatchObject({
      maintenanceCode: MaintenanceCode.CANCELLED,
    });
    for (const pc of [online, off]) {
      await expect
        .poll(async () => {
          const status = await rig.status(executionId, pc.pcId);
          return [status.state, status.maintenanceCode];
        })
        .toEqual(["error", MaintenanceCode.CANCELLED]);
    }
    await run.stop();
    for (const pc of [online, off]) {
      expect(await pc.installed()).toEqual([]);
      expect(await pc.downloads()).toEqual([]);
    }
  });
});
