// The restart-confirm prompt (seed 001) when something fails: a restart
// that fails ends its jobs for good (RESTART_FAILED is final for the
// manager), and a prompt that cannot be shown is logged, not an unhandled
// rejection that would end the agent's process. The real agent runtime
// against a scripted manager (__fixtures__/scripted-manager.ts).
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MaintenanceCode, v1 } from "@patchcast/protocol";
import { expect, it, vi } from "vitest";
import { jobFileName } from "../state/job-store.ts";
import {
  newPc,
  offer,
  serveWhole,
  started,
  startManager,
  statesOf,
  useScriptedManagers,
  WAIT_MS,
} from "./__fixtures__/scripted-manager.ts";

const S = v1.JobState;

useScriptedManagers();

it("a restart that fails ends its job in error for good: nothing is installed at the next start", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  const agent = await started(
    pc.options(manager.url, true, {
      restart: async () => {
        throw new Error("reboot refused");
      },
    }),
  );
  await manager.authenticated(1);
  manager.send(offer("J-RF", pc.pcId, true));
  expect(await manager.ended("J-RF")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.RESTART_FAILED,
    detail: "the restart failed: reboot refused",
  });
  // The runtime goes on; once stopped, its queue is over.
  await agent.stop();
  expect(await pc.stageOf("J-RF")).toBe("finished");

  // The next start (a standard PC this time, so that a job installed at once shows that the
  // start's own jobs have had their turn in the installs' queue).
  await started(pc.options(manager.url, true, { role: "standard" }));
  await manager.authenticated(2);
  manager.send(offer("J-AFTER", pc.pcId, false));
  expect(await manager.ended("J-AFTER")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  expect(manager.downloads.filter((url) => url.endsWith("/J-RF"))).toEqual([]);
  expect(statesOf(manager.reports, "J-RF")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_AWAITING_RESTART",
    "JOB_STATE_RESTARTING",
    "JOB_STATE_ERROR",
  ]);
  expect(await pc.installed()).toEqual(["KB-J-AFTER"]);
});

it("a prompt whose job records cannot be read is logged, and the agent goes on", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  await started(pc.options(manager.url, false));
  await manager.authenticated(1);
  manager.send(offer("J-1", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-1" && r.detail?.startsWith("answered No") === true);

  // J-1's file is damaged behind the agent's back and read again (its offer sent again):
  // the prompt no longer knows it, and reads its file when it is next shown...
  const path = join(pc.stateDir, "jobs", jobFileName("J-1"));
  await writeFile(path, "{");
  manager.send(offer("J-1", pc.pcId, true));
  await vi.waitFor(
    () => expect(pc.logs.map((l) => l.msg)).toContain("job J-1 offered again: already known"),
    { timeout: WAIT_MS },
  );
  // ...where the file cannot be read at all (EISDIR, as EIO would).
  await rm(path);
  await mkdir(path);

  manager.send(offer("J-2", pc.pcId, true));
  await vi.waitFor(
    () =>
      expect(pc.logs).toContainEqual(
        expect.objectContaining({
          level: "error",
          msg: "the restart-confirm prompt cannot be shown",
          err: expect.objectContaining({ code: "EISDIR" }),
        }),
      ),
    { timeout: WAIT_MS },
  );
  // The agent still takes offers.
  manager.send(offer("J-3", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-3" && r.state === S.JOB_STATE_AWAITING_RESTART);
});
