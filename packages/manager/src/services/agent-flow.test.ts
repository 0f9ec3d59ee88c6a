// What the agent endpoint relies on (contract §2, §3, §4), on every database
// backend: pending offers for a PC that was off, idempotent status reports,
// forward-only status, authentication failures recorded on the client and
// its jobs, and the execution status with each transition's time and the
// maintenance code's cause and action (seed 001, Appendix B.5 (2)).
import { MaintenanceCode } from "@patchcast/protocol";
import { expect, it } from "vitest";
import { createServicePorts } from "../agent-endpoint/service-ports.ts";
import { forEachDatabase } from "../db/testing.ts";
import { NotADestinationError } from "../errors.ts";
import type { ClientRecord } from "../store/client-store.ts";
import { useServiceFixture } from "./testing.ts";

forEachDatabase("agent-facing services", (getDb) => {
  const fx = useServiceFixture(getDb);

  async function executed(pcs = 1, serverExecuteAt: Date | null = null) {
    const members = await fx.registerPcs(pcs);
    const group = await fx.group(members);
    const pkg = await fx.package();
    const { execution } = await fx.services.jobs.saveAndExecute({
      name: fx.unique("job"),
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
      conditions: { replaceExisting: true, relayExpiresAt: new Date("2027-01-01T00:00:00Z") },
      schedule: { serverExecuteAt },
    });
    return { members, pkg, execution };
  }

  const first = (members: readonly ClientRecord[]) => {
    const pc = members[0];
    if (!pc) throw new Error("no PC");
    return pc;
  };

  const report = fx.report;

  it("offers a PC that was off its pending job when it asks, with all a JobOffer needs", async () => {
    fx.setTime("2026-11-20T10:00:00Z");
    const { members, pkg, execution } = await executed();
    const pc = first(members);
    // The PC connects later: the job waits for it.
    fx.setTime("2026-11-21T07:30:00Z");
    const offers = await fx.services.offers.pendingOffersFor(pc.id);
    expect(offers).toEqual([
      {
        executionId: execution.executionId,
        jobId: String(execution.executionId),
        definitionId: execution.jobId,
        jobName: expect.stringMatching(/^job-/),
        type: "install-package",
        clientId: pc.id,
        pcId: pc.pcId,
        role: "security_pc",
        state: "waiting",
        package: {
          id: pkg.id,
          cabinetId: pkg.cabinetId,
          packageCode: pkg.packageCode,
          name: pkg.name,
          version: pkg.version,
          generation: pkg.generation,
          updateData: true,
          sha256: pkg.sha256,
          size: pkg.size,
        },
        replaceExisting: true,
        relayExpiresAt: new Date("2027-01-01T00:00:00Z"),
        executeAt: null,
        cancellation: null,
        restartConfirm: true,
      },
    ]);
    expect(await fx.services.offers.markOffered(execution.executionId, pc.id)).toBe(true);
    expect(await fx.services.offers.markOffered(execution.executionId, pc.id)).toBe(false);
    // Offered but not over: offered again after a reconnect.
    expect((await fx.services.offers.pendingOffersFor(pc.id)).map((o) => o.state)).toEqual([
      "offered",
    ]);
  });

  it("looks up the offers of many PCs at once and records many offered in one go", async () => {
    fx.setTime("2026-11-20T10:00:00Z");
    const { members, execution } = await executed(3);
    const [a, b, c] = members as [ClientRecord, ClientRecord, ClientRecord];
    const stranger = (await fx.registerPcs(1))[0] as ClientRecord;
    const byClient = await fx.services.offers.pendingOffersForClients([a.id, b.id, stranger.id]);
    expect([...byClient.keys()].sort()).toEqual([a.id, b.id, stranger.id].sort());
    expect(byClient.get(a.id)).toEqual(await fx.services.offers.pendingOffersFor(a.id));
    expect(byClient.get(b.id)?.map((o) => [o.executionId, o.pcId])).toEqual([
      [execution.executionId, b.pcId],
    ]);
    expect(byClient.get(stranger.id)).toEqual([]);
    // PCs with nothing pending get an empty list each, without the join.
    expect([...(await fx.services.offers.pendingOffersForClients([stranger.id]))]).toEqual([
      [stranger.id, []],
    ]);

    fx.setTime("2026-11-20T10:00:05Z");
    expect(await fx.services.offers.markOffered(execution.executionId, c.id)).toBe(true);
    const id = execution.executionId;
    expect(
      await fx.services.offers.markOfferedMany([
        { executionId: id, clientId: a.id },
        { executionId: id, clientId: c.id },
        { executionId: id, clientId: a.id },
        { executionId: id, clientId: stranger.id },
        { executionId: id, clientId: b.id },
      ]),
    ).toEqual([true, false, false, false, true]);
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    expect(
      status.destinations.map((d) => [
        d.clientId,
        d.state,
        d.transitions.map((t) => [t.state, t.at.toISOString()]),
      ]),
    ).toEqual(
      [a, b, c].map((pc) => [
        pc.id,
        "offered",
        [
          ["waiting", "2026-11-20T10:00:00.000Z"],
          ["offered", "2026-11-20T10:00:05.000Z"],
        ],
      ]),
    );
    const states = (await fx.services.offers.pendingOffersForClients([a.id, b.id])).values();
    expect([...states].flat().map((o) => o.state)).toEqual(["offered", "offered"]);
    expect(await fx.services.offers.markOfferedMany([])).toEqual([]);
  });

  it("looks up many PCs' offers of several executions as each PC's own lookup finds them", async () => {
    fx.setTime("2026-11-20T10:00:00Z");
    const first = await executed(3);
    const [a, b, c] = first.members as [ClientRecord, ClientRecord, ClientRecord];
    // A second job, with another package, for two of the same PCs; a third not due yet.
    const pkg = await fx.package();
    const second = await fx.services.jobs.saveAndExecute({
      name: fx.unique("job"),
      type: "install-package",
      groupId: (await fx.group([c, a])).id,
      packageId: pkg.id,
      conditions: { replaceExisting: false, relayExpiresAt: null },
      schedule: { serverExecuteAt: null },
    });
    await fx.services.jobs.saveAndExecute({
      name: fx.unique("job"),
      type: "install-package",
      groupId: (await fx.group([b])).id,
      packageId: pkg.id,
      conditions: { replaceExisting: true, relayExpiresAt: null },
      schedule: { serverExecuteAt: new Date("2026-11-21T00:00:00Z") },
    });
    const byClient = await fx.services.offers.pendingOffersForClients([c.id, b.id, a.id]);
    for (const pc of [a, b, c]) {
      expect(byClient.get(pc.id)).toEqual(await fx.services.offers.pendingOffersFor(pc.id));
    }
    expect(
      [a, b, c].map((pc) => byClient.get(pc.id)?.map((o) => [o.executionId, o.package.id])),
    ).toEqual([
      [
        [first.execution.executionId, first.pkg.id],
        [second.execution.executionId, pkg.id],
      ],
      [[first.execution.executionId, first.pkg.id]],
      [
        [first.execution.executionId, first.pkg.id],
        [second.execution.executionId, pkg.id],
      ],
    ]);
    expect(byClient.get(a.id)?.map((o) => o.replaceExisting)).toEqual([true, false]);
  });

  it("looks up the downloads of many PCs together, for destinations still due only", async () => {
    fx.setTime("2026-11-20T10:00:00Z");
    const { members, pkg, execution } = await executed(2);
    const [a, b] = members as [ClientRecord, ClientRecord];
    const stranger = (await fx.registerPcs(1))[0] as ClientRecord;
    const ports = createServicePorts(fx.services);
    const id = execution.executionId;
    const payload = {
      sha256: pkg.sha256,
      size: pkg.size,
      relayExpiresAt: new Date("2027-01-01"),
      cancelled: false,
    };
    expect(
      await Promise.all([
        ports.packageForDownload(id, a.id),
        ports.packageForDownload(id, b.id),
        ports.packageForDownload(id, stranger.id),
        ports.packageForDownload(id + 1_000, a.id),
        ports.packageForDownload(id, a.id),
      ]),
    ).toEqual([payload, payload, undefined, undefined, payload]);
    // A destination that has completed downloads nothing more.
    await fx.services.statusReports.storeStatusReport(report(a, id, "completed"));
    expect(await ports.packageForDownload(id, a.id)).toBeUndefined();
    expect(await ports.packageForDownload(id, b.id)).toEqual(payload);
    // Cancelled: the PC that still holds it is refused the package (409), not told it is no destination.
    await fx.services.offers.markOffered(id, b.id);
    await fx.services.cancellations.cancel(id, { by: await fx.administrator() });
    expect(await ports.packageForDownload(id, b.id)).toEqual({ ...payload, cancelled: true });
    await ports.settled();
  });

  it("holds an offer back until its server execution date", async () => {
    fx.setTime("2026-11-20T10:00:00Z");
    const { members, execution } = await executed(1, new Date("2026-11-22T00:00:00Z"));
    const pc = first(members);
    expect(await fx.services.offers.pendingOffersFor(pc.id)).toEqual([]);
    const due = (await fx.services.offers.dueOffers(new Date("2026-11-22T00:00:00Z"))).filter(
      (o) => o.clientId === pc.id,
    );
    expect(due.map((o) => o.executionId)).toEqual([execution.executionId]);
    fx.setTime("2026-11-22T00:00:01Z");
    expect((await fx.services.offers.pendingOffersFor(pc.id)).map((o) => o.executionId)).toEqual([
      execution.executionId,
    ]);
  });

  it("stores a report once, however often it is sent (client, agent state ID, seq)", async () => {
    const { members, execution } = await executed();
    const pc = first(members);
    const received = report(pc, execution.executionId, "received");
    const reports = fx.services.statusReports;
    expect(await reports.storeStatusReport(received)).toEqual({
      stored: true,
      applied: true,
      state: "received",
    });
    expect(await reports.storeStatusReport(received)).toEqual({
      stored: false,
      applied: false,
      state: "received",
    });
    // The same seq under a new agent state ID (state directory wiped) is a new report.
    const fresh = { ...received, agentStateId: "state-2", state: "awaiting_restart" as const };
    expect(await reports.storeStatusReport(fresh)).toMatchObject({
      stored: true,
      state: "awaiting_restart",
    });
    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.destinations[0]?.transitions.map((t) => t.state)).toEqual([
      "waiting",
      "received",
      "awaiting_restart",
    ]);
  });

  it("moves a status forward only, and never out of completed or error", async () => {
    const { members, execution } = await executed();
    const pc = first(members);
    const reports = fx.services.statusReports;
    const id = execution.executionId;
    await reports.storeStatusReport(report(pc, id, "downloading"));
    // A late report of an earlier state is kept as history but does not move the status back.
    expect(await reports.storeStatusReport(report(pc, id, "received"))).toEqual({
      stored: true,
      applied: false,
      state: "downloading",
    });
    await reports.storeStatusReport(report(pc, id, "completed"));
    const late = report(pc, id, "error", { maintenanceCode: MaintenanceCode.DOWNLOAD_BROKEN_OFF });
    expect(await reports.storeStatusReport(late)).toMatchObject({
      applied: false,
      state: "completed",
    });
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    expect(status.destinations[0]).toMatchObject({ state: "completed", maintenanceCode: null });
    expect(status.summary.completed).toBe(1);
    // Over: no longer offered.
    expect(await fx.services.offers.pendingOffersFor(pc.id)).toEqual([]);
  });

  it("rejects a report for an execution the PC is not a destination of", async () => {
    const { execution } = await executed();
    const [stranger] = await fx.registerPcs(1);
    if (!stranger) throw new Error("no PC");
    const error = await fx.services.statusReports
      .storeStatusReport(report(stranger, execution.executionId, "received"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotADestinationError);
    expect(error).toMatchObject({ code: "PC_MGR_NOT_A_DESTINATION", statusCode: 403 });
    await expect(
      fx.services.statusReports.storeStatusReport(report(stranger, 999_999, "received")),
    ).rejects.toBeInstanceOf(NotADestinationError);
  });

  it("refuses an error report without its maintenance code, and malformed codes", async () => {
    const { members, execution } = await executed();
    const pc = first(members);
    const reports = fx.services.statusReports;
    await expect(
      reports.storeStatusReport(report(pc, execution.executionId, "error")),
    ).rejects.toMatchObject({
      code: "PC_MGR_INVALID_INPUT",
      field: "maintenance code",
    });
    await expect(
      reports.storeStatusReport(
        report(pc, execution.executionId, "error", { maintenanceCode: "3000970781" }),
      ),
    ).rejects.toMatchObject({ field: "maintenance code" });
    await expect(
      reports.storeStatusReport(report(pc, execution.executionId, "waiting" as "received")),
    ).rejects.toMatchObject({ field: "state" });
  });

  it("records a failed authentication on the client and on its due jobs", async () => {
    fx.setTime("2026-11-20T10:00:00Z");
    const { members, execution } = await executed(2);
    const [pc, other] = members;
    if (!pc || !other) throw new Error("no PCs");
    const later = await fx.services.jobs.saveAndExecute({
      name: fx.unique("scheduled"),
      type: "install-package",
      groupId: (await fx.group([pc])).id,
      packageId: (await fx.package()).id,
      schedule: { serverExecuteAt: new Date("2026-12-01T00:00:00Z") },
    });
    fx.setTime("2026-11-20T11:00:00Z");
    const code = MaintenanceCode.AUTH_CERTIFICATE_EXPIRED;
    const result = await fx.services.clients.recordAuthenticationFailure({
      pcId: pc.pcId,
      role: "security_pc",
      code,
      detail: "notAfter 2026-11-01T00:00:00Z",
    });
    expect(result.failedExecutionIds).toEqual([execution.executionId]);
    expect(result.client).toMatchObject({ pcId: pc.pcId, lastAuthCode: code });
    expect(result.client?.lastAuthAt).toEqual(new Date("2026-11-20T11:00:00Z"));

    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    const failed = status.destinations.find((d) => d.pcId === pc.pcId);
    expect(failed).toMatchObject({
      state: "error",
      maintenanceCode: "300097078500",
      cause: "The certification of the authentication device has expired.",
      action: "Issue a new certification.",
      detail: "notAfter 2026-11-01T00:00:00Z",
    });
    expect(failed?.transitions.map((t) => [t.state, t.at.toISOString()])).toEqual([
      ["waiting", "2026-11-20T10:00:00.000Z"],
      ["error", "2026-11-20T11:00:00.000Z"],
    ]);
    expect(status.destinations.find((d) => d.pcId === other.pcId)?.state).toBe("waiting");
    expect(status.summary).toMatchObject({ waiting: 1, error: 1 });
    // A job whose date has not come is left for later.
    const scheduled = await fx.services.executionStatus.getExecutionStatus(
      later.execution.executionId,
    );
    expect(scheduled.destinations[0]?.state).toBe("waiting");

    // Authenticated again: the client's last authentication is a success.
    const back = await fx.services.clients.registerAuthenticatedClient({
      pcId: pc.pcId,
      role: "security_pc",
      hostName: pc.hostName,
      os: pc.os,
      agentVersion: pc.agentVersion,
      certificateFingerprint: null,
    });
    expect(back).toMatchObject({ lastAuthCode: null, lastAuthDetail: null });
  });

  it("does not register an unknown PC that fails authentication", async () => {
    const pcId = fx.unique("stranger");
    const result = await fx.services.clients.recordAuthenticationFailure({
      pcId,
      role: "security_pc",
      code: MaintenanceCode.AUTH_NO_CERTIFICATE,
      detail: null,
    });
    expect(result).toEqual({ client: null, failedExecutionIds: [] });
    await expect(fx.services.clients.getClient(pcId)).rejects.toMatchObject({
      code: "PC_MGR_NOT_FOUND",
    });
    await expect(
      fx.services.clients.recordAuthenticationFailure({
        pcId,
        role: "security_pc",
        code: "123",
        detail: null,
      }),
    ).rejects.toMatchObject({ code: "PC_MGR_INVALID_INPUT" });
  });

  it("shows each transition's time and an error's cause and action (seed 001 B.5 (2))", async () => {
    fx.setTime("2026-11-20T00:00:00Z");
    const { members, execution } = await executed();
    const pc = first(members);
    const id = execution.executionId;
    fx.setTime("2026-11-20T00:01:00Z");
    await fx.services.offers.markOffered(id, pc.id);
    const steps = [
      ["received", "2026-11-20T00:01:05Z"],
      ["awaiting_restart", "2026-11-20T00:01:06Z"],
      ["restarting", "2026-11-20T08:00:00Z"],
      ["downloading", "2026-11-20T08:02:00Z"],
    ] as const;
    for (const [state, at] of steps) {
      await fx.services.statusReports.storeStatusReport(
        report(pc, id, state, { occurredAt: new Date(at) }),
      );
    }
    await fx.services.statusReports.storeStatusReport(
      report(pc, id, "error", {
        occurredAt: new Date("2026-11-20T08:03:00Z"),
        maintenanceCode: MaintenanceCode.AUTH_DATA_ALTERED,
        detail: "stored job signature does not verify",
      }),
    );
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    const [destination] = status.destinations;
    expect(destination).toMatchObject({
      pcId: pc.pcId,
      state: "error",
      maintenanceCode: "300097078100",
      cause: "Authentication could not be performed. The authentication data has been altered.",
      action: "Contact the system administrator.",
      detail: "stored job signature does not verify",
    });
    expect(destination?.transitions.map((t) => [t.state, t.at.toISOString()])).toEqual([
      ["waiting", "2026-11-20T00:00:00.000Z"],
      ["offered", "2026-11-20T00:01:00.000Z"],
      ["received", "2026-11-20T00:01:05.000Z"],
      ["awaiting_restart", "2026-11-20T00:01:06.000Z"],
      ["restarting", "2026-11-20T08:00:00.000Z"],
      ["downloading", "2026-11-20T08:02:00.000Z"],
      ["error", "2026-11-20T08:03:00.000Z"],
    ]);
    expect(destination?.transitions.at(-1)).toMatchObject({
      maintenanceCode: "300097078100",
      action: "Contact the system administrator.",
    });
    expect(destination?.transitions[0]).toMatchObject({
      maintenanceCode: null,
      cause: null,
      action: null,
    });
    expect(status.summary).toMatchObject({ error: 1, waiting: 0 });
    await expect(fx.services.executionStatus.getExecutionStatus(999_999)).rejects.toMatchObject({
      code: "PC_MGR_NOT_FOUND",
      resource: "job execution",
    });
  });
});
