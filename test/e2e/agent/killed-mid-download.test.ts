// Issue 5 must-show: "an agent killed mid-download resumes and the hash
// checks". The real bin, restarted by its service manager's rule
// (--restart-command exit: status 3, started again), is SIGKILLed while the
// package download is held half-way; started again, it resumes with Range
// from what its partial file holds, checks the SHA-256 and installs.
import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { jobFileName } from "@patchcast/agent";
import { expect, it } from "vitest";
import { makePc } from "./agent-harness.ts";
import { spawnAgent } from "./agent-process.ts";
import { useRig } from "./manager-rig.ts";

const setup = useRig();

const partSize = (path: string) =>
  stat(path).then(
    (s) => s.size,
    () => 0,
  );

it("resumes with Range after SIGKILL mid-download, and the SHA-256 checks", async () => {
  const pc = makePc(setup.rig, "SEC-KILLED");
  const pkg = await setup.rig.publish(randomBytes(400_000));
  const args = [
    "--manager",
    setup.proxy.url,
    "--device",
    pc.deviceDir,
    "--state-dir",
    pc.stateDir,
    "--confirm",
    "yes",
    "--restart-command",
    "exit",
  ];
  const first = spawnAgent(args);
  await first.waitFor(/authenticated with the manager/);
  setup.proxy.rules = { stallDownloadAfter: 120_000 };
  const { executionId, wireJobId } = await setup.rig.execute([pc.pcId], pkg.id);
  expect(await first.exited).toBe(3);

  const second = spawnAgent(args);
  const part = join(pc.stateDir, "downloads", jobFileName(wireJobId).replace(/\.json$/, ".part"));
  await expect.poll(() => partSize(part), { timeout: 20_000 }).toBeGreaterThan(100_000);
  second.child.kill("SIGKILL");
  expect(await second.exited).toBe(128 + 9);
  const kept = await partSize(part);
  expect(kept).toBeLessThan(pkg.size);

  setup.proxy.rules = {};
  const third = spawnAgent(args);
  await third.waitFor(new RegExp(`job ${wireJobId}: completed`));
  const downloads = setup.proxy.requests.filter((r) =>
    r.line.startsWith("GET /packages/download/"),
  );
  expect(downloads.map((r) => r.range)).toEqual([undefined, `bytes=${kept}-`]);
  await expect
    .poll(async () => (await setup.rig.status(executionId, pc.pcId)).state)
    .toBe("completed");
  expect(await pc.installed()).toEqual([pkg.packageCode]);
  third.child.kill("SIGTERM");
  expect(await third.exited).toBe(0);
});
