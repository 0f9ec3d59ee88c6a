// Issue 5: the simulated installer "records the update in the PC's
// installed-updates inventory, honours replace existing package" (seed 001:
// the System Conditions page of the Change Installation Conditions dialog).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InstallRequest } from "./installer.ts";
import { createSimulatedInstaller } from "./simulated-installer.ts";

let stateDir: string;
beforeEach(async () => {
  stateDir = await mkdtemp(join(tmpdir(), "patchcast-agent-installer-"));
});
afterEach(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

const request = (over: Partial<InstallRequest> = {}): InstallRequest => ({
  jobId: "1",
  packageId: "DPT-WINDOWS11_0-KB5031356-X64",
  name: "DPT-windows11_0-kb5031356-x64",
  version: "1",
  generation: 0,
  sha256: "ab".repeat(32),
  size: 10,
  payloadPath: join(stateDir, "x.part"),
  replaceExisting: false,
  ...over,
});

describe("createSimulatedInstaller", () => {
  it("records the update in installed.json", async () => {
    const installer = createSimulatedInstaller({ stateDir, durable: false, now: () => 0 });
    expect(await installer.inventory()).toEqual([]);
    await installer.install(request());
    expect(await installer.inventory()).toEqual(["DPT-WINDOWS11_0-KB5031356-X64"]);
    expect((await installer.updates())[0]).toMatchObject({
      jobId: "1",
      installedAt: "1970-01-01T00:00:00.000Z",
    });
  });

  it("an installed update is refused with 300097090A00 unless Replace existing package is on", async () => {
    const installer = createSimulatedInstaller({ stateDir, durable: false });
    await installer.install(request());
    await expect(installer.install(request({ jobId: "2" }))).rejects.toMatchObject({
      maintenanceCode: "300097090A00",
    });
    await installer.install(request({ jobId: "3", replaceExisting: true }));
    expect(await installer.updates()).toHaveLength(1);
    expect((await installer.updates())[0]?.jobId).toBe("3");
  });

  it("an injected fault fails with 300097090600", async () => {
    const installer = createSimulatedInstaller({
      stateDir,
      failWith: () => "disk controller on fire",
    });
    await expect(installer.install(request())).rejects.toMatchObject({
      maintenanceCode: "300097090600",
      message: "disk controller on fire",
    });
  });

  it("a corrupted inventory is AGENT_ERR_STATE_CORRUPT", async () => {
    await writeFile(join(stateDir, "installed.json"), "[]");
    await expect(createSimulatedInstaller({ stateDir }).inventory()).rejects.toMatchObject({
      code: "AGENT_ERR_STATE_CORRUPT",
    });
  });
});
