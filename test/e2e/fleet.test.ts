// Issue 5: "a fleet of at least 200 PCs with a fault mix ends with every PC
// in the expected state and code". A real manager (its database, /agent
// endpoint and downloads over loopback), 200 simulated security PCs with
// their own certificates, seven kinds of fault and a few PCs that answer No.
import { join } from "node:path";
import { finalReport, startFleet, unmetExpectations } from "@patchcast/agent";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Rig, startRig } from "./agent/manager-rig.ts";

const COUNT = 200;

describe("a fleet of 200 simulated security PCs", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("ends with every PC in its expected state and code", async () => {
    const fleet = await startFleet({
      managerUrl: rig.manager.agentUrl,
      office: rig.office,
      count: COUNT,
      workDir: join(rig.work, "fleet"),
      prefix: "FLT",
      // Connections and downloads from source addresses of their own, on ports the fleet picks.
      sourceAddresses: ["127.0.0.2", "127.0.0.3"],
      faults: [
        { kind: "expired", percent: 3 },
        { kind: "revoked", percent: 3 },
        { kind: "missing-ca", percent: 2 },
        { kind: "other-ca", percent: 2 },
        { kind: "key-mismatch", percent: 1 },
        { kind: "missing-certificate", percent: 1 },
        { kind: "tampered-job", percent: 2 },
      ],
      confirm: { yesPercent: 98 },
    });
    try {
      const connected = (phase: string) => phase === "online" || phase === "auth-failed";
      await fleet.until((f) => f.pcs.every((pc) => connected(pc.view.phase)), 60_000);
      const online = fleet.pcs.filter((pc) => pc.view.phase === "online");
      const soundDevices = fleet.pcs.filter((pc) =>
        pc.plan.faults.every((kind) => kind === "tampered-job"),
      );
      expect(online).toEqual(soundDevices);
      expect(online).toHaveLength(COUNT - 24);

      const pkg = await rig.publish(Buffer.alloc(64 * 1024, 7));
      const execution = await rig.execute(
        online.map((pc) => pc.plan.pcId),
        pkg.id,
      );
      await fleet.until((f) => f.settledCount() === COUNT, 90_000);
      expect(unmetExpectations(fleet.pcs), finalReport(fleet.pcs).join("\n")).toEqual([]);

      // The manager sees the same outcome, PC by PC, once the last reports are in.
      const expected = new Map(
        online.map((pc) => [
          pc.plan.pcId,
          pc.plan.faults.includes("tampered-job")
            ? "error 300097078100"
            : pc.plan.answersYes
              ? "completed"
              : "awaiting_restart",
        ]),
      );
      const managerView = async () => {
        const status = await rig.services.executionStatus.getExecutionStatus(execution.executionId);
        return new Map(
          status.destinations.map((d) => [
            d.pcId,
            d.maintenanceCode ? `${d.state} ${d.maintenanceCode}` : d.state,
          ]),
        );
      };
      await expect.poll(managerView, { timeout: 30_000, interval: 200 }).toEqual(expected);
      const noSayers = fleet.pcs.filter((pc) => !pc.plan.answersYes);
      expect(noSayers).toHaveLength(4);
      for (const pc of fleet.pcs) {
        if (pc.plan.expectedCode === null && pc.plan.answersYes) expect(pc.boots).toBe(2);
      }
    } finally {
      await fleet.stop();
    }
  }, 180_000);
});
