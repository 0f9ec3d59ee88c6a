// Issue 4: "Manager restarted mid-job: nothing stored is lost and the job
// goes on." The real `patchcast-manager start` runs in a child process; a
// PC takes an offer and reports, the manager is killed (SIGKILL, no chance
// to tidy up), started again on the same data directory and database, and
// the PC reconnects, downloads with the path from the offer it stored and
// completes. Then a graceful stop (SIGTERM) ends with exit code 0.
import { createHash, randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueDevice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { decodeJobOffer, v1 } from "@patchcast/protocol";
import { expect, it } from "vitest";
import { createAdminClient } from "../src/cli/api-client.ts";
import { forEachBackend } from "../src/db/testing.ts";
import { type ManagerProcess, spawnManager } from "./manager-process.ts";
import { connectPc } from "./test-pc.ts";

const PASSWORD = "restart test password";

interface Transition {
  state: string;
  at: string;
}

forEachBackend("manager restarted mid-job", (backend) => {
  it("keeps every stored row, and the job goes on to completed", async () => {
    const location = await backend.freshLocation();
    const office = createCertificationOffice();
    await writeManagerCredential(join(location.dataDir, "pki"), issueManagerCredential(office));
    const env = {
      PATCHCAST_ADMIN_PASSWORD: PASSWORD,
      PATCHCAST_DATABASE_URL: location.url,
      PATCHCAST_DATABASE_SCHEMA: location.schema,
    };
    const args = ["--data-dir", location.dataDir, "--port", "0"];
    let manager: ManagerProcess = await spawnManager(args, env);
    try {
      const admin = (url: string) =>
        createAdminClient({
          baseUrl: url,
          credentials: { id: "admin", password: async () => PASSWORD },
        });

      // A PC registers, an update data package is uploaded, a job executed.
      const pcId = "SEC-RESTART-01";
      const device = { pcId, dir: join(location.dataDir, "device") };
      issueDevice(office, device);
      let pc = await connectPc(manager.url, device);
      expect((await pc.authResult).ok).toBe(true);

      let api = admin(manager.url);
      const payload = randomBytes(200_000);
      const file = join(location.dataDir, "kb5031356.msu");
      await writeFile(file, payload);
      await api.call("POST", "/cabinets", { id: "WU", name: "windows-updates" });
      const query = new URLSearchParams({
        cabinet: "WU",
        name: "DPT-windows11_0-kb5031356-x64",
        version: "1",
        updateData: "true",
        fileName: "windows11.0-kb5031356-x64.msu",
      });
      const pkg = await api.upload<{ id: number }>(`/packages?${query}`, file);
      const group = await api.call<{ id: number }>("POST", "/groups", { name: "security-pcs" });
      await api.call("POST", `/groups/${group.id}/members`, { pcIds: [pcId] });
      const { execution } = await api.call<{ execution: { executionId: number } }>(
        "POST",
        "/jobs/save-and-execute",
        { name: "November update", type: "install-package", groupId: group.id, packageId: pkg.id },
      );

      const signed = await pc.nextOffer();
      const offer = decodeJobOffer(signed.offer as Uint8Array);
      const jobId = offer.jobId as string;
      await pc.report(jobId, v1.JobState.JOB_STATE_RECEIVED);
      await pc.report(jobId, v1.JobState.JOB_STATE_RESTARTING);

      // Killed: no graceful close, no flush.
      manager.child.kill("SIGKILL");
      expect((await manager.exited).signal).toBe("SIGKILL");
      await pc.closed;

      manager = await spawnManager(args, env);
      expect(manager.output()).not.toMatch(/first administrator created/);
      api = admin(manager.url);

      // Everything stored before the kill is there.
      const before = await api.call<{ destinations: { pcId: string; state: string }[] }>(
        "GET",
        `/executions/${execution.executionId}`,
      );
      expect(before.destinations).toEqual([expect.objectContaining({ pcId, state: "restarting" })]);
      expect(await api.call("GET", `/clients/${pcId}`)).toMatchObject({ pcId });

      // The PC comes back after its restart and goes on with the offer it stored.
      pc = await connectPc(manager.url, device);
      expect((await pc.authResult).ok).toBe(true);
      await pc.report(jobId, v1.JobState.JOB_STATE_DOWNLOADING);
      const download = await fetch(new URL(offer.package?.downloadUrl as string, manager.url));
      expect(download.status).toBe(200);
      const bytes = Buffer.from(await download.arrayBuffer());
      expect(createHash("sha256").update(bytes).digest()).toEqual(
        Buffer.from(offer.package?.sha256 as Uint8Array),
      );
      await pc.report(jobId, v1.JobState.JOB_STATE_INSTALLING);
      await pc.report(jobId, v1.JobState.JOB_STATE_COMPLETED);

      const detail = await api.call<{ state: string; transitions: Transition[] }>(
        "GET",
        `/executions/${execution.executionId}/destinations/${pcId}`,
      );
      expect(detail.state).toBe("completed");
      expect(detail.transitions.map((t) => t.state)).toEqual([
        "waiting",
        "offered",
        "received",
        "restarting",
        "downloading",
        "installing",
        "completed",
      ]);
      await pc.close();
      await api.logout();

      manager.child.kill("SIGTERM");
      expect(await manager.exited).toEqual({ code: 0, signal: null });
    } finally {
      manager.child.kill("SIGKILL");
    }
  }, 120_000);
});
