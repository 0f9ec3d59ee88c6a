// Status reports written in batches (README "Data services": idempotent
// reports, state order), on every database backend: reports of many PCs
// go into one transaction with the same results as one at a time, a copy
// changes nothing wherever it lands, a report that is not a destination's
// is refused alone, and a failed batch stores none of its reports.
import { MaintenanceCode } from "@patchcast/protocol";
import { beforeAll, beforeEach, expect, it } from "vitest";
import type { Database, Queryable, SqlParam } from "../db/database.ts";
import { forEachDatabase } from "../db/testing.ts";
import { DatabaseQueryError, InvalidInputError, NotADestinationError } from "../errors.ts";
import type { ClientRecord } from "../store/client-store.ts";
import {
  createStatusReportService,
  type StatusReportInput,
  type StatusReportService,
} from "./status-report-service.ts";
import { useServiceFixture } from "./testing.ts";

/** The suite's database, counting transactions and failing a chosen statement on demand. */
function instrument(inner: Database) {
  const probe = { transactions: 0, failOn: undefined as RegExp | undefined };
  const failing = (tx: Queryable): Queryable => ({
    async query<R>(sql: string, params?: readonly SqlParam[]) {
      if (probe.failOn?.test(sql)) throw new DatabaseQueryError("injected failure");
      return tx.query<R>(sql, params);
    },
    exec: (sql: string) => tx.exec(sql),
  });
  const db: Database = {
    kind: inner.kind,
    get closed() {
      return inner.closed;
    },
    query: <R>(sql: string, params?: readonly SqlParam[]) => inner.query<R>(sql, params),
    exec: (sql: string) => inner.exec(sql),
    close: () => inner.close(),
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      probe.transactions += 1;
      return inner.transaction((tx) => fn(failing(tx)));
    },
  };
  return { db, probe };
}

forEachDatabase("status reports in batches", (getDb) => {
  const fx = useServiceFixture(getDb);
  let probe: ReturnType<typeof instrument>["probe"];
  let reports: StatusReportService;

  beforeAll(() => {
    const instrumented = instrument(getDb());
    probe = instrumented.probe;
    reports = createStatusReportService({ db: instrumented.db, clock: () => fx.now() });
  });
  beforeEach(() => {
    probe.transactions = 0;
    probe.failOn = undefined;
  });

  async function executed(pcs: number) {
    const members = await fx.registerPcs(pcs);
    const pkg = await fx.package();
    const { execution } = await fx.services.jobs.saveAndExecute({
      name: fx.unique("job"),
      type: "install-package",
      groupId: (await fx.group(members)).id,
      packageId: pkg.id,
      conditions: { replaceExisting: true, relayExpiresAt: null },
      schedule: { serverExecuteAt: null },
    });
    return { members, id: execution.executionId };
  }

  const report = fx.report;

  /** Submits every report in the same round (one batch), settled each on its own. */
  const together = (batch: readonly StatusReportInput[]) =>
    Promise.allSettled(batch.map((r) => reports.storeStatusReport(r)));
  const values = <T>(results: readonly PromiseSettledResult<T>[]) =>
    results.map((r) => (r.status === "fulfilled" ? r.value : r.reason));

  const statesOf = async (id: number) =>
    (await fx.services.executionStatus.getExecutionStatus(id)).destinations.map((d) => ({
      pcId: d.pcId,
      state: d.state,
      transitions: d.transitions.map((t) => t.state),
    }));
  const reportedEvents = async (id: number) =>
    (
      await getDb().query<{ n: number }>(
        "SELECT count(*) AS n FROM status_events WHERE execution_id = $1 AND seq IS NOT NULL",
        [id],
      )
    ).rows[0]?.n;

  it("writes the reports of many PCs in one transaction, each answered as if alone", async () => {
    const { members, id } = await executed(40);
    const results = await together(members.map((pc) => report(pc, id, "received")));
    expect(values(results)).toEqual(
      members.map(() => ({ stored: true, applied: true, state: "received" })),
    );
    expect(probe.transactions).toBe(1);
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    expect(status.summary.received).toBe(40);
    expect(status.destinations.every((d) => d.transitions.length === 2)).toBe(true);
  });

  it("stores a report sent twice in one batch once: the copy answers stored: false", async () => {
    const { members, id } = await executed(2);
    const [a, b] = members as [ClientRecord, ClientRecord];
    const received = report(a, id, "received");
    const results = await together([received, report(b, id, "received"), received]);
    expect(values(results)).toEqual([
      { stored: true, applied: true, state: "received" },
      { stored: true, applied: true, state: "received" },
      { stored: false, applied: false, state: "received" },
    ]);
    expect(await reportedEvents(id)).toBe(2);
  });

  it("changes nothing with a report sent again in a later batch, mixed with new ones", async () => {
    const { members, id } = await executed(2);
    const [a, b] = members as [ClientRecord, ClientRecord];
    const first = [report(a, id, "received"), report(b, id, "awaiting_restart")];
    await together(first);
    const again = await together([
      ...first,
      report(a, id, "downloading"),
      { ...(first[1] as StatusReportInput), state: "installing" as const },
    ]);
    expect(values(again)).toEqual([
      { stored: false, applied: false, state: "received" },
      { stored: false, applied: false, state: "awaiting_restart" },
      { stored: true, applied: true, state: "downloading" },
      // Same (client, state ID, seq) as one stored: a resend, whatever it says.
      { stored: false, applied: false, state: "awaiting_restart" },
    ]);
    expect(probe.transactions).toBe(2);
    expect(await reportedEvents(id)).toBe(3);
  });

  it("applies several reports for one destination in arrival order, forward only", async () => {
    const { members, id } = await executed(2);
    const [a, b] = members as [ClientRecord, ClientRecord];
    const fault = { maintenanceCode: MaintenanceCode.DOWNLOAD_BROKEN_OFF, detail: "cut" };
    const results = await together([
      report(a, id, "received"),
      report(a, id, "downloading", { detail: "50%" }),
      report(b, id, "completed"),
      report(a, id, "awaiting_restart"),
      report(a, id, "installing", { detail: "running setup" }),
      report(b, id, "error", fault),
    ]);
    expect(values(results)).toEqual([
      { stored: true, applied: true, state: "received" },
      { stored: true, applied: true, state: "downloading" },
      { stored: true, applied: true, state: "completed" },
      { stored: true, applied: false, state: "downloading" },
      { stored: true, applied: true, state: "installing" },
      { stored: true, applied: false, state: "completed" },
    ]);
    expect(probe.transactions).toBe(1);
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    const byPc = new Map(status.destinations.map((d) => [d.pcId, d]));
    expect(byPc.get(a.pcId)).toMatchObject({ state: "installing", detail: "running setup" });
    expect(byPc.get(a.pcId)?.transitions.map((t) => t.state)).toEqual([
      "waiting",
      "received",
      "downloading",
      "awaiting_restart",
      "installing",
    ]);
    // completed is final: the later error is history only.
    expect(byPc.get(b.pcId)).toMatchObject({ state: "completed", maintenanceCode: null });
    expect(byPc.get(b.pcId)?.transitions.map((t) => t.state)).toEqual([
      "waiting",
      "completed",
      "error",
    ]);
  });

  it("refuses a report that is not a destination's alone: the rest of the batch commits", async () => {
    const { members, id } = await executed(2);
    const [a, b] = members as [ClientRecord, ClientRecord];
    const [stranger] = (await fx.registerPcs(1)) as [ClientRecord];
    const results = await together([
      report(a, id, "received"),
      report(stranger, id, "received"),
      report(b, 999_999_999, "received"),
      report(b, id, "downloading"),
    ]);
    expect(probe.transactions).toBe(1);
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    const [, notMine, noSuchJob] = values(results);
    expect(notMine).toBeInstanceOf(NotADestinationError);
    expect(notMine).toMatchObject({ executionId: id, clientId: stranger.id });
    expect(noSuchJob).toMatchObject({ code: "PC_MGR_NOT_A_DESTINATION", executionId: 999_999_999 });
    expect((await statesOf(id)).map((d) => d.state).sort()).toEqual(["downloading", "received"]);
  });

  it("rejects every report of a batch whose transaction fails, and stores none of them", async () => {
    const { members, id } = await executed(3);
    const batch = members.map((pc) => report(pc, id, "received"));
    const before = await statesOf(id);
    // The last statement of the batch fails: the transitions inserted before it go too.
    probe.failOn = /^\s*UPDATE execution_status/;
    const failed = await together(batch);
    expect(failed.every((r) => r.status === "rejected")).toBe(true);
    for (const error of values(failed)) expect(error).toBeInstanceOf(DatabaseQueryError);
    expect(await statesOf(id)).toEqual(before);
    expect(await reportedEvents(id)).toBe(0);
    // Sent again (as the PCs do after reconnecting), they are stored.
    probe.failOn = undefined;
    expect(values(await together(batch))).toEqual(
      members.map(() => ({ stored: true, applied: true, state: "received" })),
    );
  });

  it("refuses invalid reports before batching, so they cannot fail the others", async () => {
    const { members, id } = await executed(1);
    const [pc] = members as [ClientRecord];
    const results = await together([
      report(pc, id, "received", { detail: "nul \u0000 inside" }),
      report(pc, id, "received", { occurredAt: new Date(-8.64e15) }),
      report(pc, id, "error"),
      report(pc, id, "received", { agentStateId: "" }),
      report(pc, id, "downloading"),
    ]);
    const [nul, ancient, noCode, noStateId, good] = values(results);
    expect(nul).toMatchObject({ field: "detail" });
    expect(ancient).toMatchObject({ field: "occurredAt" });
    expect(noCode).toMatchObject({ field: "maintenance code" });
    expect(noStateId).toMatchObject({ field: "agent state ID" });
    for (const error of [nul, ancient, noCode, noStateId]) {
      expect(error).toBeInstanceOf(InvalidInputError);
    }
    expect(good).toEqual({ stored: true, applied: true, state: "downloading" });
    expect(probe.transactions).toBe(1);
  });

  it("keeps details, codes and times exactly as sent", async () => {
    const { members, id } = await executed(2);
    const [a, b] = members as [ClientRecord, ClientRecord];
    const odd = `NULL "quoted", {braced} back\\slash, 日本語 ✓`;
    const at = new Date("2026-11-20T10:11:12.345Z");
    const ancient = new Date("1601-01-01T00:00:00.001Z");
    await together([
      report(a, id, "error", {
        maintenanceCode: MaintenanceCode.DOWNLOAD_BROKEN_OFF,
        detail: odd,
        occurredAt: at,
      }),
      report(b, id, "received", { detail: "NULL", occurredAt: ancient }),
    ]);
    const status = await fx.services.executionStatus.getExecutionStatus(id);
    const byPc = new Map(status.destinations.map((d) => [d.pcId, d]));
    expect(byPc.get(a.pcId)).toMatchObject({
      state: "error",
      maintenanceCode: MaintenanceCode.DOWNLOAD_BROKEN_OFF,
      detail: odd,
    });
    expect(byPc.get(a.pcId)?.transitions[1]).toMatchObject({
      detail: odd,
      at,
      recordedAt: fx.now(),
    });
    expect(byPc.get(b.pcId)).toMatchObject({ detail: "NULL" });
    // A lone UTF-16 surrogate cannot travel as UTF-8: stored as U+FFFD, not a failed batch.
    expect(
      await reports.storeStatusReport(report(b, id, "downloading", { detail: "x\ud800" })),
    ).toMatchObject({ stored: true });
    const received = byPc.get(b.pcId)?.transitions.find((t) => t.state === "received");
    expect(received?.at).toEqual(ancient);
  });

  it("splits what arrives together into batches of at most maxBatchSize", async () => {
    const { members, id } = await executed(7);
    const instrumented = instrument(getDb());
    const small = createStatusReportService(
      { db: instrumented.db, clock: () => fx.now() },
      { maxBatchSize: 3 },
    );
    const results = await Promise.all(
      members.map((pc) => small.storeStatusReport(report(pc, id, "received"))),
    );
    expect(results.every((r) => r.stored && r.applied)).toBe(true);
    expect(instrumented.probe.transactions).toBe(3);
  });
});
