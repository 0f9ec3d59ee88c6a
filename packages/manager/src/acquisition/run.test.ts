// Seed 000 8.1.3 and contract §5: a run against the simulated support site
// on loopback (its sample catalogue), packaged through the manager's own
// admin API; and seed 000 (3): the security policy's acquisition, which
// Mgrsrv_Patch_AutoPackageKind=0 turns off.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { useAcquisitionFixture } from "./testing.ts";

forEachDatabase("acquisition run", (getDb) => {
  const fx = useAcquisitionFixture(getDb);
  const { fx: services } = fx.api;

  it("packages the selected OS updates of the sample catalogue as update data packages", async () => {
    const { cabinetId } = await fx.configure();
    const acquisition = await fx.acquisition();
    const { run, items, lines } = await fx.run(acquisition);
    expect(run).toMatchObject({ outcome: "succeeded", trigger: "manual", failed: 0, existing: 0 });
    expect(lines).toEqual([]);
    const packages = await services.services.packages.listPackages(cabinetId);
    expect(packages.length).toBe(run.packaged);
    expect(packages.every((p) => p.updateData && p.generation === 0)).toBe(true);
    // Superseded, application, future, out-of-window and unselected types are not taken.
    expect(items.map((i) => i.updateId).sort()).toEqual([
      "KB5028851",
      "KB5031356",
      "KB5031356",
      "KB5031358",
      "KB5031361",
      "KB5031364",
      "KB5031364",
      "KB5031455",
      "KB5031539",
      "KB5031605",
      "KB5031640",
      "KB5031710",
      "KB5031720",
    ]);
    const long = packages.find((p) => p.fileName?.includes("cumulative-update-for-dotnet"));
    expect(long).toMatchObject({
      name: "DPT-windows11_0-ndp481-cumulative-update-for-do",
      packageCode: "DPT-WINDOWS11_0-NDP481-CUMULATIVE-UPDATE-FOR",
    });
    const payload = await services.services.packages.openPayload(long?.id ?? 0);
    const file = fx.catalogue.files.find((f) => f.name === long?.fileName);
    expect(payload.size).toBe(file?.size);
  });

  it("takes only the selected products and types", async () => {
    await fx.configure({
      automatic: {
        targetProducts: ["Windows Server 2019"],
        updateTypes: ["Tools", "Service Packs"],
      },
    });
    const { items } = await fx.run(await fx.acquisition());
    expect(items.map((i) => i.updateId).sort()).toEqual(["KB5031650", "KB5031660"]);
  });

  it("acquires the security policy's updates while automatic acquisition is off", async () => {
    services.setTime(new Date("2026-11-19T12:00:00Z"));
    await fx.configure({ automatic: { enabled: false }, requiredUpdates: ["KB5031520"] });
    services.setTime(new Date("2026-11-20T00:00:05Z"));
    const { acquisition } = await fx.scheduled();
    await acquisition.start();
    await acquisition.idle();
    const [run] = await services.services.acquisitionRuns.listRuns(1);
    const { items } = await services.services.acquisitionRuns.getRun(run?.id ?? 0);
    expect(run).toMatchObject({ trigger: "scheduled", outcome: "succeeded" });
    expect(items.map((i) => [i.updateId, i.detail.split(":")[0]])).toEqual([
      ["KB5031520", "security-policy"],
    ]);
  });

  it("Mgrsrv_Patch_AutoPackageKind=0 turns the security policy's acquisition off", async () => {
    services.setTime(new Date("2026-11-21T12:00:00Z"));
    await fx.configure({ automatic: { enabled: false }, requiredUpdates: ["KB5031480"] });
    services.setTime(new Date("2026-11-22T00:00:05Z"));
    const { acquisition } = await fx.scheduled();
    await writeFile(
      join(acquisition.dptLog.path, "..", "..", "jdn_manager_config.conf"),
      "# off\nMgrsrv_Patch_AutoPackageKind=0\n",
    );
    const before = (await services.services.acquisitionRuns.listRuns()).length;
    await acquisition.start();
    await acquisition.idle();
    expect((await services.services.acquisitionRuns.listRuns()).length).toBe(before);
    // On demand, only the automatic settings' selection: the policy's update is not added.
    const { items } = await fx.run(acquisition);
    expect(items.map((i) => i.updateId)).not.toContain("KB5031480");
    services.setTime(new Date("2026-11-20T00:00:00Z"));
  });
});
