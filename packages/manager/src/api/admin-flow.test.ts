// Contract §4 and §6, seed 001 Appendix B.5: the whole administrator's flow
// through the admin API over HTTP, on the real database: a cabinet, an
// update data package uploaded, a destination group of security PCs, a job
// whose forced and ignored settings come back as warnings, refusals that
// list every rule broken, an execute whose status shows each PC waiting, and
// a destination's detailed information with its transitions and the cause
// and action of its maintenance code.
import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import type { ClientRecord } from "../store/client-store.ts";
import { useApiFixture } from "./testing.ts";

interface Notice {
  rule: string;
  message: string;
  detail?: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

forEachDatabase("admin API flow", (getDb) => {
  const api = useApiFixture(getDb);
  const payload = randomBytes(64 * 1024);
  const PACKAGE_NAME = "DPT-windows11_0-kb5031356-x64";
  let updatePackageId: number;
  let ordinaryPackageId: number;
  let securityGroupId: number;
  let securityPcs: ClientRecord[];

  const upload = (query: Record<string, string>, body: Uint8Array = payload) =>
    fetch(`${api.base}/api/v1/packages?${new URLSearchParams(query)}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${api.token}`,
        "content-type": "application/octet-stream",
      },
      body,
    });

  const definition = (overrides: Record<string, unknown> = {}) => ({
    name: api.fx.unique("job"),
    type: "install-package",
    groupId: securityGroupId,
    packageId: updatePackageId,
    ...overrides,
  });

  beforeAll(async () => {
    securityPcs = await api.fx.registerPcs(2, "security_pc");
  });

  describe("cabinets and packages", () => {
    it("creates a cabinet and uploads an update data package into it", async () => {
      const cabinet = await api.call("POST", "/api/v1/cabinets", {
        body: { id: "WU", name: "windows-updates" },
      });
      expect(cabinet.status).toBe(201);
      expect(cabinet.body).toMatchObject({ id: "WU", name: "windows-updates", packageCount: 0 });

      const answer = await upload({
        cabinet: "WU",
        name: PACKAGE_NAME,
        version: "1",
        updateData: "true",
        fileName: "windows11.0-kb5031356-x64.msu",
        sha256: sha256(payload),
      });
      expect(answer.status).toBe(201);
      const pkg = (await answer.json()) as Record<string, unknown>;
      expect(pkg).toMatchObject({
        cabinetId: "WU",
        name: PACKAGE_NAME,
        packageCode: PACKAGE_NAME.toUpperCase(),
        version: "1",
        generation: 0,
        updateData: true,
        sha256: sha256(payload),
        size: payload.byteLength,
      });
      updatePackageId = pkg.id as number;

      const ordinary = await upload(
        { cabinet: "WU", name: "tools", version: "2" },
        randomBytes(10),
      );
      expect(ordinary.status).toBe(201);
      ordinaryPackageId = ((await ordinary.json()) as { id: number }).id;

      const list = await api.call<{ packages: unknown[] }>("GET", "/api/v1/packages?cabinet=WU");
      expect(list.body.packages).toHaveLength(2);
      const cabinets = await api.call<{ cabinets: { id: string; packageCount: number }[] }>(
        "GET",
        "/api/v1/cabinets",
      );
      expect(cabinets.body.cabinets.find((c) => c.id === "WU")?.packageCount).toBe(2);
    });

    it("refuses the same package ID, version and generation again: 409 with DPT012-W's text", async () => {
      const answer = await upload({ cabinet: "WU", name: PACKAGE_NAME, version: "1" });
      expect(answer.status).toBe(409);
      expect(await answer.json()).toEqual({
        statusCode: 409,
        code: "PC_MGR_PACKAGE_EXISTS",
        error: "Conflict",
        message: `Package '${PACKAGE_NAME}' already exists.`,
      });
    });

    it("downloads the payload by package ID and by SHA-256, whole or a range", async () => {
      const byId = await fetch(`${api.base}/api/v1/packages/${updatePackageId}/payload`, {
        headers: { authorization: `Bearer ${api.token}` },
      });
      expect(byId.status).toBe(200);
      expect(Buffer.from(await byId.arrayBuffer()).equals(payload)).toBe(true);

      const bySha = await fetch(`${api.base}/api/v1/payloads/${sha256(payload)}`, {
        headers: { authorization: `Bearer ${api.token}`, range: "bytes=1000-" },
      });
      expect(bySha.status).toBe(206);
      expect(bySha.headers.get("content-range")).toBe(
        `bytes 1000-${payload.byteLength - 1}/${payload.byteLength}`,
      );
      expect(Buffer.from(await bySha.arrayBuffer()).equals(payload.subarray(1000))).toBe(true);

      const unknown = await api.call("GET", `/api/v1/payloads/${"0".repeat(64)}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: "PC_MGR_NOT_FOUND" });
    });
  });

  describe("destination groups", () => {
    it("creates a group and adds registered PCs to it by PC ID", async () => {
      const created = await api.call<{ id: number }>("POST", "/api/v1/groups", {
        body: { name: "security-pcs", description: "every security PC" },
      });
      expect(created.status).toBe(201);
      securityGroupId = created.body.id;

      const added = await api.call("POST", `/api/v1/groups/${securityGroupId}/members`, {
        body: { pcIds: securityPcs.map((pc) => pc.pcId) },
      });
      expect(added.status).toBe(200);
      expect(added.body).toMatchObject({ changed: 2, group: { memberCount: 2 } });

      const group = await api.call<{ members: { pcId: string; role: string }[] }>(
        "GET",
        `/api/v1/groups/${securityGroupId}`,
      );
      expect(group.body.members.map((m) => m.pcId).sort()).toEqual(
        securityPcs.map((pc) => pc.pcId).sort(),
      );
      expect(group.body.members.every((m) => m.role === "security_pc")).toBe(true);

      const client = await api.call("GET", `/api/v1/clients/${securityPcs[0]?.pcId}`);
      expect(client.body).toMatchObject({ pcId: securityPcs[0]?.pcId, role: "security_pc" });
    });

    it("refuses an unregistered PC and a group name that is taken", async () => {
      const unknown = await api.call("POST", `/api/v1/groups/${securityGroupId}/members`, {
        body: { pcIds: ["NO-SUCH-PC"] },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: "PC_MGR_NOT_FOUND" });
      const taken = await api.call("POST", "/api/v1/groups", { body: { name: "security-pcs" } });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ code: "PC_MGR_ALREADY_EXISTS", field: "name" });
    });
  });

  describe("jobs to security PCs (seed 001, Appendix B.5 (1))", () => {
    let jobId: number;

    it("saves a job and says which settings were forced or ignored", async () => {
      const answer = await api.call<{ job: { id: number; saved: boolean }; warnings: Notice[] }>(
        "POST",
        "/api/v1/jobs",
        {
          body: definition({
            distribution: {
              suspectedDestinations: "distribute",
              method: "multicast",
              splitPackage: true,
            },
            schedule: { clientExecuteAt: "2026-11-21T09:00:00Z" },
            conditions: { replaceExisting: true },
          }),
        },
      );
      expect(answer.status).toBe(201);
      expect(answer.body.job.saved).toBe(true);
      expect(answer.body.warnings.map((w) => w.rule).sort()).toEqual([
        "SECURITY_PC_CLIENT_DATE_IGNORED",
        "SECURITY_PC_DISTRIBUTION_FORCED",
      ]);
      jobId = answer.body.job.id;
      expect(api.executed).toEqual([]);
    });

    it("executes it: each PC waiting, the PCs handed on for their offers", async () => {
      const answer = await api.call<{
        execution: { executionId: number; warnings: Notice[]; destinations: { pcId: string }[] };
      }>("POST", `/api/v1/jobs/${jobId}/execute`);
      expect(answer.status).toBe(201);
      const { execution } = answer.body;
      expect(execution.warnings).toHaveLength(2);
      expect(api.executed.at(-1)?.sort()).toEqual(securityPcs.map((pc) => pc.id).sort());

      const status = await api.call<{
        summary: Record<string, number>;
        destinations: { pcId: string; state: string; transitions: { state: string }[] }[];
        settings: { distribution: Record<string, unknown>; schedule: Record<string, unknown> };
      }>("GET", `/api/v1/executions/${execution.executionId}`);
      expect(status.status).toBe(200);
      expect(status.body.summary.waiting).toBe(2);
      expect(status.body.destinations.map((d) => d.state)).toEqual(["waiting", "waiting"]);
      expect(status.body.settings.distribution).toEqual({
        suspectedDestinations: "do-not-distribute",
        method: "unicast",
        splitPackage: false,
      });
      expect(status.body.settings.schedule.clientExecuteAt).toBeNull();

      const jobStatus = await api.call<{ executions: unknown[]; summary: Record<string, number> }>(
        "GET",
        `/api/v1/jobs/${jobId}/status`,
      );
      expect(jobStatus.body.executions).toHaveLength(1);
      expect(jobStatus.body.summary.waiting).toBe(2);
    });

    it("shows a destination's transitions, and the cause and action of its maintenance code", async () => {
      const { execution } = (
        await api.call<{ execution: { executionId: number } }>(
          "POST",
          "/api/v1/jobs/save-and-execute",
          { body: definition() },
        )
      ).body;
      const pc = securityPcs[0] as ClientRecord;
      const report = {
        clientId: pc.id,
        agentStateId: "state-1",
        executionId: execution.executionId,
        detail: null,
        occurredAt: api.fx.now(),
      };
      await api.fx.services.statusReports.storeStatusReport({
        ...report,
        seq: 1,
        state: "received",
        maintenanceCode: null,
      });
      await api.fx.services.statusReports.storeStatusReport({
        ...report,
        seq: 2,
        state: "error",
        maintenanceCode: "300097078500",
        detail: "certificate expired",
      });

      const detail = await api.call<Record<string, unknown>>(
        "GET",
        `/api/v1/executions/${execution.executionId}/destinations/${pc.pcId}`,
      );
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        pcId: pc.pcId,
        state: "error",
        maintenanceCode: "300097078500",
        cause: "The certification of the authentication device has expired.",
        action: "Issue a new certification.",
        detail: "certificate expired",
      });
      const transitions = detail.body.transitions as { state: string; at: string }[];
      expect(transitions.map((t) => t.state)).toEqual(["waiting", "received", "error"]);
      for (const t of transitions) expect(Number.isNaN(Date.parse(t.at))).toBe(false);
      expect(transitions[2]).toMatchObject({
        maintenanceCode: "300097078500",
        cause: "The certification of the authentication device has expired.",
        action: "Issue a new certification.",
      });

      const other = await api.call(
        "GET",
        `/api/v1/executions/${execution.executionId}/destinations/NOT-A-DESTINATION`,
      );
      expect(other.status).toBe(404);
    });

    it("refuses another job type for security PCs: 422 naming the rule", async () => {
      const answer = await api.call<{ violations: Notice[] }>("POST", "/api/v1/jobs", {
        body: definition({ type: "collect-files" }),
      });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ statusCode: 422, code: "PC_MGR_JOB_REFUSED" });
      expect(answer.body.violations.map((v) => v.rule)).toEqual(["SECURITY_PC_INSTALL_ONLY"]);
    });

    it("refuses an ordinary package for security PCs", async () => {
      const answer = await api.call<{ violations: Notice[] }>("POST", "/api/v1/jobs/execute", {
        body: definition({ packageId: ordinaryPackageId }),
      });
      expect(answer.status).toBe(422);
      expect(answer.body.violations.map((v) => v.rule)).toEqual(["SECURITY_PC_UPDATE_DATA_ONLY"]);
    });

    it("refuses a group that mixes security PCs and standard PCs, listing every rule broken", async () => {
      const [standard] = await api.fx.registerPcs(1, "standard");
      const mixed = await api.call<{ id: number }>("POST", "/api/v1/groups", {
        body: { name: "mixed" },
      });
      await api.call("POST", `/api/v1/groups/${mixed.body.id}/members`, {
        body: { pcIds: [securityPcs[0]?.pcId, standard?.pcId] },
      });
      const executedBefore = api.executed.length;
      const answer = await api.call<{ violations: Notice[]; message: string }>(
        "POST",
        "/api/v1/jobs/save-and-execute",
        {
          body: definition({
            groupId: mixed.body.id,
            packageId: ordinaryPackageId,
            clientControl: { shutdownAfterInstall: true },
          }),
        },
      );
      expect(answer.status).toBe(422);
      expect(answer.body.violations.map((v) => v.rule).sort()).toEqual([
        "SECURITY_PC_GROUP_ONLY",
        "SECURITY_PC_NO_CLIENT_CONTROL",
        "SECURITY_PC_UPDATE_DATA_ONLY",
      ]);
      for (const v of answer.body.violations) expect(answer.body.message).toContain(v.rule);
      expect(api.executed.length).toBe(executedBefore);
      const jobs = await api.call<{ jobs: { groupId: number }[] }>("GET", "/api/v1/jobs");
      expect(jobs.body.jobs.some((j) => j.groupId === mixed.body.id)).toBe(false);
    });

    it("refuses to delete a group while a job refers to it", async () => {
      const answer = await api.call("DELETE", `/api/v1/groups/${securityGroupId}`);
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ code: "PC_MGR_IN_USE" });
    });
  });
});
