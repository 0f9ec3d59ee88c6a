// Cancelling a job execution, on every database backend: destinations never
// offered end at once, those a PC holds are left to the PC's report, no PC
// is offered the job any more, and cancelling again changes nothing.
import { MaintenanceCode } from "@patchcast/protocol";
import { expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { ExecutionEndedError, InvalidInputError, NotFoundError } from "../errors.ts";
import type { ClientRecord } from "../store/client-store.ts";
import { useServiceFixture } from "./testing.ts";

forEachDatabase("cancelling a job execution", (getDb) => {
  const fx = useServiceFixture(getDb);
  async function executed(pcs: number) {
    const members = await fx.registerPcs(pcs);
    const { executionId } = await fx.executeFor(members);
    return { members: members as [ClientRecord, ...ClientRecord[]], id: executionId };
  }

  const report = (pc: ClientRecord, executionId: number, state: "received" | "installing") =>
    fx.services.statusReports.storeStatusReport(fx.report(pc, executionId, state));

  it("ends destinations never offered at once, leaves the others to their PC, and offers the job to no one", async () => {
    fx.setTime("2026-12-01T09:00:00Z");
    const { members, id } = await executed(4);
    const [held, installing, offered, waiting] = members as [
      ClientRecord,
      ClientRecord,
      ClientRecord,
      ClientRecord,
    ];
    for (const pc of [held, installing, offered])
      expect(await fx.services.offers.markOffered(id, pc.id)).toBe(true);
    await report(held, id, "received");
    await report(installing, id, "installing");
    const by = await fx.administrator();

    fx.setTime("2026-12-01T09:05:00Z");
    const cancelled = await fx.services.cancellations.cancel(id, { by, reason: "wrong package" });
    expect(cancelled).toEqual({
      executionId: id,
      wireJobId: String(id),
      cancellation: { at: new Date("2026-12-01T09:05:00Z"), by, reason: "wrong package" },
      cancelledNow: true,
      ended: 1,
      told: 3,
      clientIds: [held.id, installing.id, offered.id, waiting.id].sort((a, b) => a - b),
    });

    const status = await fx.services.executionStatus.getExecutionStatus(id);
    expect(status.execution.cancellation).toEqual(cancelled.cancellation);
    const byPc = new Map(status.destinations.map((d) => [d.clientId, d]));
    expect(byPc.get(waiting.id)).toMatchObject({
      state: "error",
      maintenanceCode: MaintenanceCode.CANCELLED,
      cause: "The job was cancelled.",
      detail: `cancelled by administrator ${by} before it was offered: wrong package`,
    });
    expect(byPc.get(waiting.id)?.transitions.map((t) => [t.state, t.at.toISOString()])).toEqual([
      ["waiting", "2026-12-01T09:00:00.000Z"],
      ["error", "2026-12-01T09:05:00.000Z"],
    ]);
    expect([held, installing, offered].map((pc) => byPc.get(pc.id)?.state)).toEqual([
      "received",
      "installing",
      "offered",
    ]);

    // The PCs that hold it see it cancelled, never as an offer; the one ended sees nothing.
    const pending = await fx.services.offers.pendingOffersForClients(members.map((m) => m.id));
    for (const pc of [held, installing, offered]) {
      expect(pending.get(pc.id)?.map((o) => [o.executionId, o.cancellation])).toEqual([
        [id, cancelled.cancellation],
      ]);
    }
    expect(pending.get(waiting.id)).toEqual([]);
    expect((await fx.services.offers.dueOffers()).filter((o) => o.executionId === id)).toEqual([]);

    // Each ends with its PC's report: cancelled, or completed when it was already installing.
    await fx.services.statusReports.storeStatusReport(
      fx.report(held, id, "error", { maintenanceCode: MaintenanceCode.CANCELLED }),
    );
    const after = await fx.services.offers.pendingOffersForClients([held.id]);
    expect(after.get(held.id)).toEqual([]);
  });

  it("answers the first cancellation when cancelled again, and changes nothing", async () => {
    fx.setTime("2026-12-02T09:00:00Z");
    const { members, id } = await executed(2);
    const [pc] = members;
    await fx.services.offers.markOffered(id, pc.id);
    const first = await fx.services.cancellations.cancel(id, { by: await fx.administrator() });
    expect(first).toMatchObject({ cancelledNow: true, ended: 1, told: 1 });
    expect(first.cancellation.reason).toBeNull();

    fx.setTime("2026-12-02T10:00:00Z");
    const again = await fx.services.cancellations.cancel(id, {
      by: await fx.administrator(),
      reason: "x",
    });
    expect(again).toMatchObject({ cancelledNow: false, ended: 0, told: 1 });
    expect(again.cancellation).toEqual(first.cancellation);

    // The administrator deleted: the cancellation stays, naming nobody.
    await getDb().query("DELETE FROM admins WHERE id = $1", [first.cancellation.by]);
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    expect(status.execution.cancellation).toEqual({ ...first.cancellation, by: null });
  });

  it("refuses an execution over on every destination, and records nothing", async () => {
    const { members, id } = await executed(2);
    const [done, failed] = members as [ClientRecord, ClientRecord];
    for (const pc of [done, failed]) await fx.services.offers.markOffered(id, pc.id);
    await fx.services.statusReports.storeStatusReport(fx.report(done, id, "completed"));
    await fx.services.statusReports.storeStatusReport(
      fx.report(failed, id, "error", { maintenanceCode: MaintenanceCode.NO_DISK_SPACE }),
    );
    const by = await fx.administrator();
    const refused = fx.services.cancellations.cancel(id, { by, reason: "too late" });
    await expect(refused).rejects.toBeInstanceOf(ExecutionEndedError);
    await expect(refused).rejects.toMatchObject({
      code: "PC_MGR_EXECUTION_ENDED",
      statusCode: 409,
    });
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    expect(status.execution.cancellation).toBeNull();
    expect(status.destinations.map((d) => d.state)).toEqual(["completed", "error"]);
  });

  it("refuses an unknown execution and a reason it would not keep", async () => {
    const by = await fx.administrator();
    await expect(fx.services.cancellations.cancel(999_999, { by })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const { id } = await executed(1);
    for (const reason of ["x".repeat(1001), "line\nbreak", " padded"]) {
      await expect(fx.services.cancellations.cancel(id, { by, reason })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
    }
    // Refused: still running, still offered.
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    expect(status.execution.cancellation).toBeNull();
    expect(status.destinations.map((d) => d.state)).toEqual(["waiting"]);
  });
});
