/**
 * Issue 7, benchmark 5: status reports made durable per second, on the
 * embedded database and on a server. A real manager (startManager, in this
 * process) holds PCS authenticated PCs (bench-pc.ts) of a worker process
 * of their own; an executed job targets them all, and each PC keeps a few
 * reports unacknowledged, each with a seq of its own. An ack is sent only once the report's batch has
 * committed, so acks per second are reports made durable per second; at
 * the end the stored rows are counted against the acks.
 *
 * Beside it, the status report service alone (no sockets) with as many
 * concurrent senders, batched as the manager does, and one report per
 * transaction (batch size 1: the single-report baseline; on a server with
 * as many transactions at once as the pool has connections, as before).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { type RunningManager, startManager } from "../packages/manager/src/server/start-manager.ts";
import {
  createStatusReportService,
  type StatusReportOptions,
} from "../packages/manager/src/services/status-report-service.ts";
import type { ReportedState } from "../packages/manager/src/store/execution-states.ts";
import {
  createCertificationOffice,
  issueManagerCredential,
  saveOffice,
  writeManagerCredential,
} from "../packages/pki-sim/src/index.ts";
import { v1 } from "../packages/protocol/src/index.ts";
import type { CpuUse } from "./lib/kernel-counters.ts";
import { startWorker, type Worker } from "./lib/worker.ts";
import type { BenchRow } from "./pki.ts";

/** A row with the issue's target beside it; `met: false` is a miss, printed as one. */
export interface TargetedRow extends BenchRow {
  readonly target?: string;
  readonly met?: boolean;
  /** What the machine's cores did during the figure, and during its baseline. */
  readonly cpu?: CpuUse;
  readonly baselineCpu?: CpuUse;
  /** The least time the figure can take here (bench/lib/floors.ts). */
  readonly floorMs?: number;
}

const TARGET = 20_000;
const PCS = Number(process.env.PATCHCAST_BENCH_PCS ?? 500);
const WINDOW = 4;
const WARMUP_MS = 1_000;
const MEASURE_MS = 4_000;
/** What the PCs report, round and round: earlier states are kept as history only. */
const WIRE_STATES = [
  v1.JobState.JOB_STATE_RECEIVED,
  v1.JobState.JOB_STATE_AWAITING_RESTART,
  v1.JobState.JOB_STATE_RESTARTING,
  v1.JobState.JOB_STATE_DOWNLOADING,
  v1.JobState.JOB_STATE_INSTALLING,
];
const SERVICE_STATES: readonly ReportedState[] = [
  "received",
  "awaiting_restart",
  "restarting",
  "downloading",
  "installing",
];

interface Backend {
  readonly label: "embedded" | "server";
  readonly url?: string;
}

interface Fleet {
  readonly manager: RunningManager;
  /** The worker process the PCs run in. */
  readonly pcs: Worker;
  readonly executionId: number;
  readonly jobId: string;
  readonly clientIds: readonly number[];
}

async function measure(count: () => number | Promise<number>): Promise<number> {
  await sleep(WARMUP_MS);
  const start = { n: await count(), at: performance.now() };
  await sleep(MEASURE_MS);
  return (((await count()) - start.n) / (performance.now() - start.at)) * 1000;
}

type Counts = {
  readonly type: string;
  readonly acked: number;
  readonly ackMessages: number;
  readonly refused: number;
};

/** A manager on `backend`, PCS PCs authenticated, and a job executed on them all, offered. */
async function startFleet(backend: Backend, dataDir: string, schema: string): Promise<Fleet> {
  const office = createCertificationOffice();
  await writeManagerCredential(join(dataDir, "pki"), issueManagerCredential(office));
  const manager = await startManager({
    dataDir,
    port: 0,
    adminPassword: "bench password, long enough",
    ...(backend.url ? { databaseUrl: backend.url, databaseSchema: schema } : {}),
  });
  const pcs = startWorker("report-pcs");
  try {
    saveOffice(join(dataDir, "office"), office);
    const { pcIds } = await pcs.ask<{ type: string; pcIds: string[] }>(
      {
        type: "connect",
        agentUrl: manager.agentUrl,
        officeDir: join(dataDir, "office"),
        count: PCS,
        prefix: "SEC-BENCH",
      },
      600_000,
    );
    const { services } = manager;
    const group = await services.groups.createGroup({ name: "bench" });
    await services.groups.addMembers(group.id, pcIds);
    await services.cabinets.createCabinet({ id: "B1", name: "bench" });
    const pkg = await services.packages.addPackage({
      cabinetId: "B1",
      name: "DPT-windows11_0-kb5031356-x64",
      version: "1",
      updateData: true,
      fileName: "windows11.0-kb5031356-x64.msu",
      payload: Readable.from([Buffer.from("bench payload")]),
    });
    const { execution } = await services.jobs.saveAndExecute({
      name: "bench",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
      conditions: { replaceExisting: true, relayExpiresAt: null },
      schedule: { serverExecuteAt: null },
    });
    const clientIds = execution.destinations.map((d) => d.clientId);
    await manager.endpoint.notify(clientIds);
    const offered = await pcs.ask<{ type: string; jobIds: string[] }>({ type: "offers" });
    const jobIds = new Set(offered.jobIds);
    const [jobId] = [...jobIds];
    if (jobIds.size !== 1 || jobId === undefined) throw new Error("every PC must get the one job");
    return { manager, pcs, executionId: execution.executionId, jobId, clientIds };
  } catch (error) {
    await pcs.stop();
    await manager.close();
    throw error;
  }
}

/** Reports stored for the execution whose agent state ID starts with `prefix` ('' for all). */
async function storedRows(fleet: Fleet, prefix: string) {
  const { rows } = await fleet.manager.db.query<{ n: number; batches: number }>(
    `SELECT count(*) AS n, count(DISTINCT received_at) AS batches FROM status_events
     WHERE execution_id = $1 AND seq IS NOT NULL AND starts_with(agent_state_id, $2)`,
    [fleet.executionId, prefix],
  );
  return rows[0] ?? { n: 0, batches: 0 };
}

async function overTheWire(fleet: Fleet) {
  const before = await storedRows(fleet, "");
  await fleet.pcs.ask({ type: "report", jobId: fleet.jobId, window: WINDOW, states: WIRE_STATES });
  const perSecond = await measure(
    async () => (await fleet.pcs.ask<Counts>({ type: "count" })).acked,
  );
  const counts = await fleet.pcs.ask<Counts>({ type: "stop" });
  const after = await storedRows(fleet, "");
  return {
    perSecond,
    acked: counts.acked,
    stored: after.n - before.n,
    refused: counts.refused,
    batches: after.batches - before.batches,
    seqsPerAck: counts.acked / Math.max(1, counts.ackMessages),
  };
}

/** PCS senders, each waiting for its report before the next, straight into the service. */
async function throughTheService(fleet: Fleet, name: string, options: StatusReportOptions) {
  const service = createStatusReportService({ db: fleet.manager.db }, options);
  let running = true;
  let done = 0;
  const senders = fleet.clientIds.map(async (clientId, i) => {
    for (let seq = 1; running; seq += 1) {
      await service.storeStatusReport({
        clientId,
        agentStateId: `${name}-${i}`,
        seq,
        executionId: fleet.executionId,
        state: SERVICE_STATES[seq % SERVICE_STATES.length] as ReportedState,
        maintenanceCode: null,
        detail: null,
        occurredAt: new Date(),
      });
      done += 1;
    }
  });
  const perSecond = await measure(() => done);
  running = false;
  await Promise.all(senders);
  const rows = await storedRows(fleet, `${name}-`);
  return {
    perSecond,
    acked: done,
    stored: rows.n,
    refused: 0,
    batches: rows.batches,
    seqsPerAck: 0,
  };
}

function row(
  name: string,
  result: Awaited<ReturnType<typeof overTheWire>>,
  withTarget: boolean,
): TargetedRow {
  const checks = [
    `≈${Math.round(result.stored / Math.max(1, result.batches))} per transaction`,
    ...(result.seqsPerAck > 0 ? [`${result.seqsPerAck.toFixed(1)} seqs per Ack`] : []),
    result.stored === result.acked
      ? `${result.acked.toLocaleString("en-US")} acked = stored`
      : `MISMATCH: ${result.acked} acked, ${result.stored} stored`,
    ...(result.refused > 0 ? [`${result.refused} refused`] : []),
  ];
  const met = result.perSecond >= TARGET && result.stored === result.acked;
  return {
    name,
    perSecond: result.perSecond,
    note: checks.join("; "),
    ...(withTarget
      ? { target: `≥ ${TARGET.toLocaleString("en-US")}/s`, met }
      : { target: "baseline" }),
  };
}

async function benchBackend(backend: Backend): Promise<TargetedRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), "patchcast-bench-reports-"));
  const schema = `pc_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  let fleet: Fleet | undefined;
  try {
    fleet = await startFleet(backend, dataDir, schema);
    const at = `${backend.label}, ${PCS} PCs`;
    const wire = await overTheWire(fleet);
    const batched = await throughTheService(fleet, "batched", {});
    const inFlight = backend.label === "server" ? 10 : 1;
    const single = await throughTheService(fleet, "single", {
      maxBatchSize: 1,
      maxInFlight: inFlight,
    });
    return [
      row(`status reports: ${at}, over the wire, batched`, wire, true),
      row(`status reports: ${at}, service only, batched`, batched, true),
      row(
        `status reports: ${at}, service only, 1 per transaction${inFlight > 1 ? ` (${inFlight} at once)` : ""}`,
        single,
        false,
      ),
    ];
  } finally {
    await fleet?.pcs.stop();
    if (fleet && backend.url) {
      await fleet.manager.db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
    }
    await fleet?.manager.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function runStatusReportBench(): Promise<TargetedRow[]> {
  const rows = await benchBackend({ label: "embedded" });
  const url = process.env.PATCHCAST_DATABASE_URL ?? process.env.PATCHCAST_TEST_DATABASE_URL;
  if (url) return [...rows, ...(await benchBackend({ label: "server", url }))];
  return [
    ...rows,
    {
      name: "status reports: server",
      perSecond: 0,
      note: "not run: set PATCHCAST_DATABASE_URL or PATCHCAST_TEST_DATABASE_URL",
      target: `≥ ${TARGET.toLocaleString("en-US")}/s`,
      met: false,
    },
  ];
}
