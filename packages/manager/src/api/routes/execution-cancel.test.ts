// POST /api/v1/executions/:id/cancel over a real server, on every database
// backend: who cancelled and why is kept and shown with the execution's
// status, the PCs to tell are handed on, and bad calls are refused whole.
import { MaintenanceCode } from "@patchcast/protocol";
import { beforeAll, expect, it } from "vitest";
import { forEachDatabase } from "../../db/testing.ts";
import { ADMIN_ID, useApiFixture } from "../testing.ts";

interface Cancelled {
  executionId: number;
  wireJobId: string;
  cancellation: { at: string; by: string | null; reason: string | null };
  cancelledNow: boolean;
  ended: number;
  told: number;
}

forEachDatabase("cancelling an execution through the admin API", (getDb) => {
  const api = useApiFixture(getDb, { startAt: new Date("2026-12-03T08:00:00Z") });
  let executionId = 0;
  let pcIds: number[] = [];

  beforeAll(async () => {
    const { fx } = api;
    const members = await fx.registerPcs(2);
    pcIds = members.map((m) => m.id);
    executionId = (await fx.executeFor(members)).executionId;
    await fx.services.offers.markOffered(executionId, pcIds[0] as number);
  });

  it("cancels with no body at all, and shows who did it with the execution's status", async () => {
    api.fx.setTime("2026-12-03T08:30:00Z");
    const answer = await api.call<Cancelled>("POST", `/api/v1/executions/${executionId}/cancel`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      executionId,
      wireJobId: String(executionId),
      cancellation: { at: "2026-12-03T08:30:00.000Z", by: ADMIN_ID, reason: null },
      cancelledNow: true,
      ended: 1,
      told: 1,
    });
    expect(api.cancelled.at(-1)?.clientIds).toEqual([...pcIds].sort((a, b) => a - b));

    const status = await api.call<{
      cancellation: Cancelled["cancellation"];
      destinations: { clientId: number; state: string; maintenanceCode: string | null }[];
    }>("GET", `/api/v1/executions/${executionId}`);
    expect(status.body.cancellation).toEqual(answer.body.cancellation);
    expect(
      status.body.destinations
        .sort((a, b) => a.clientId - b.clientId)
        .map((d) => [d.state, d.maintenanceCode]),
    ).toEqual([
      ["offered", null],
      ["error", MaintenanceCode.CANCELLED],
    ]);
  });

  it("answers the first cancellation when cancelled again, and hands no PC on", async () => {
    const handed = api.cancelled.length;
    const answer = await api.call<Cancelled>("POST", `/api/v1/executions/${executionId}/cancel`, {
      body: { reason: "again" },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ cancelledNow: false, ended: 0, told: 1 });
    expect(answer.body.cancellation.reason).toBeNull();
    expect(api.cancelled).toHaveLength(handed);
  });

  it("refuses an unknown execution, a bad body and a caller without a token", async () => {
    expect((await api.call("POST", "/api/v1/executions/987654/cancel", { body: {} })).status).toBe(
      404,
    );
    for (const body of [{ reason: "x".repeat(1001) }, { reason: 3 }, { why: "extra" }]) {
      const answer = await api.call<{ code: string }>(
        "POST",
        `/api/v1/executions/${executionId}/cancel`,
        { body },
      );
      expect([answer.status, answer.body.code]).toEqual([400, "PC_MGR_API_BAD_REQUEST"]);
    }
    const anonymous = await api.call("POST", `/api/v1/executions/${executionId}/cancel`, {
      token: null,
    });
    expect(anonymous.status).toBe(401);
  });
});
