/**
 * Contract §3 for a simulated fleet: each PC gets the device its plan
 * says (sound, or with its fault and that fault's code), and a fleet
 * started again on the same work directory gets new devices and keeps its
 * state directories.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCertificationOffice } from "@patchcast/pki-sim";
import { authenticateDevice } from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planFleet } from "./fleet-plan.ts";
import { provisionFleet } from "./provision.ts";

let workDir: string;
const office = createCertificationOffice();
const plans = planFleet({
  count: 20,
  faults: [
    { kind: "expired", percent: 10 },
    { kind: "revoked", percent: 10 },
    { kind: "missing-ca", percent: 5 },
    { kind: "tampered-job", percent: 5 },
  ],
});

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "patchcast-provision-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const DEVICE_FAULTS = new Set(["expired", "revoked", "missing-ca"]);

describe("provisionFleet", () => {
  it("gives every PC the device of its plan, in the plan's order", async () => {
    let progress = 0;
    const pcs = await provisionFleet(office, plans, workDir, {
      onProgress: (done) => {
        progress = done;
      },
    });
    expect(pcs.map((pc) => pc.plan.pcId)).toEqual(plans.map((plan) => plan.pcId));
    expect(progress).toBe(plans.length);
    for (const pc of pcs) {
      const result = await authenticateDevice(pc.deviceDir, pc.authenticate);
      const fault = pc.plan.faults[0];
      const expected = fault && DEVICE_FAULTS.has(fault) ? pc.plan.expectedCode : "OK";
      expect(result.ok ? "OK" : result.code, pc.plan.pcId).toBe(expected);
      expect(pc.tamperStoredJob).toBe(fault === "tampered-job");
    }
  });

  it("issues new devices on the same work directory and keeps the state directories", async () => {
    const before = await provisionFleet(office, plans, workDir, { sound: true });
    const pc = before[0];
    if (!pc) throw new Error("no PC");
    await mkdir(pc.stateDir, { recursive: true });
    await writeFile(join(pc.stateDir, "kept"), "state");
    await writeFile(join(pc.deviceDir, "stale"), "left over");
    const certificate = await readFile(join(pc.deviceDir, "device.crt"), "latin1");
    const after = await provisionFleet(office, plans, workDir, { sound: true, workers: 0 });
    expect(await readFile(join(pc.stateDir, "kept"), "latin1")).toBe("state");
    await expect(readFile(join(pc.deviceDir, "stale"))).rejects.toMatchObject({ code: "ENOENT" });
    expect(await readFile(join(pc.deviceDir, "device.crt"), "latin1")).not.toBe(certificate);
    for (const sound of after) expect((await authenticateDevice(sound.deviceDir)).ok).toBe(true);
  });
});
