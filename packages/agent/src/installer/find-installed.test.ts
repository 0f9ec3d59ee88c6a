// Whether a job stopped in the middle of its install installed its package
// (README step 4): asked of the installer as precisely as its inventory
// allows, here the simulated installer's installed.json.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { findInstalled, type JobPackage } from "./find-installed.ts";
import type { Installer } from "./installer.ts";
import { createSimulatedInstaller, type SimulatedInstaller } from "./simulated-installer.ts";

let stateDir: string;
let simulated: SimulatedInstaller;
const installed: JobPackage = {
  jobId: "J-1",
  packageId: "KB-1",
  version: "2",
  sha256: "ab".repeat(32),
};

beforeEach(async () => {
  stateDir = await mkdtemp(join(tmpdir(), "patchcast-agent-find-installed-"));
  simulated = createSimulatedInstaller({ stateDir, durable: false });
  await simulated.install({
    ...installed,
    name: "update 1",
    generation: 0,
    size: 10,
    payloadPath: join(stateDir, "x.part"),
    replaceExisting: false,
  });
});
afterEach(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

it("finds the package installed by the job, its SHA-256 in either case", async () => {
  expect(await findInstalled(simulated, installed)).toMatchObject({ id: "KB-1", jobId: "J-1" });
  const upper = { ...installed, sha256: installed.sha256.toUpperCase() };
  expect(await findInstalled(simulated, upper)).toBeDefined();
});

it.each([
  ["another package", { packageId: "KB-2" }],
  ["another payload of the package", { sha256: "cd".repeat(32) }],
  ["another version of the package", { version: "3" }],
  ["the package installed by another job", { jobId: "J-0" }],
])("does not take %s for the job's install", async (_what, differs) => {
  expect(await findInstalled(simulated, { ...installed, ...differs })).toBeUndefined();
});

it("an installer without updates() is asked for the package ID alone", async () => {
  const idsOnly: Installer = {
    inventory: () => simulated.inventory(),
    install: (request) => simulated.install(request),
  };
  expect(await findInstalled(idsOnly, { ...installed, jobId: "J-0" })).toEqual({ id: "KB-1" });
  expect(await findInstalled(idsOnly, { ...installed, packageId: "KB-2" })).toBeUndefined();
});
