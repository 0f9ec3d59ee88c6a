// JobCancel on a PC (job.proto: "the PC reports it as an error with the
// 'cancelled' maintenance code unless it already completed"), end to end:
// the real agent runtime, its state directory in a temporary directory,
// against a scripted manager on 127.0.0.1 that speaks the wire protocol,
// with offers signed by the manager credential of a pki-sim certification
// office and packages served over real HTTP.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  type CertificationOffice,
  createCertificationOffice,
  issueDevice,
  issueManagerCredential,
} from "@patchcast/pki-sim";
import {
  type Body,
  type BodyOf,
  decodeFrame,
  encodeJobOffer,
  encodeMessage,
  type FrameData,
  MaintenanceCode,
  PROTOCOL_VERSION,
  SUBPROTOCOL,
  toTimestamp,
  v1,
} from "@patchcast/protocol";
import { jobOfferBody, type Signer, signOffer } from "@patchcast/protocol/auth";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import type { RestartQuestion } from "../confirm/confirm.ts";
import type { Installer, InstallRequest } from "../installer/installer.ts";
import { createSimulatedInstaller } from "../installer/simulated-installer.ts";
import { partPathOf } from "../jobs/run-job.ts";
import { createJsonLog } from "../log.ts";
import { jobFileName } from "../state/job-store.ts";
import type { AgentEvent, AgentOptions } from "./agent-options.ts";
import { createAgent } from "./create-agent.ts";
import { runAgent } from "./run-agent.ts";

const S = v1.JobState;
type Report = BodyOf<"statusReport">["value"];

/** Longest wait for something the agent does in milliseconds (a failing test ends sooner than the test timeout). */
const WAIT_MS = 10_000;

const payload = randomBytes(64 * 1024);
const sha256 = createHash("sha256").update(payload).digest();

let work = "";
let office: CertificationOffice;
let signer: Signer;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "patchcast-job-cancel-"));
  office = createCertificationOffice();
  signer = issueManagerCredential(office).signer;
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface ScriptedManager {
  readonly url: string;
  /** StatusReports received, each once (by seq), in order. */
  readonly reports: Report[];
  /** The package paths the agent asked for. */
  readonly downloads: string[];
  /** The first report, past or future, that matches; rejects after WAIT_MS. */
  report(match: (report: Report) => boolean): Promise<Report>;
  /** The job's COMPLETED or ERROR report. */
  ended(jobId: string): Promise<Report>;
  /** Resolves once `count` connections have been authenticated. */
  authenticated(count: number): Promise<void>;
  /** Sends to the PC's latest authenticated connection. */
  send(body: Body): void;
}

/**
 * The manager's side of the wire for one PC: Challenge for a Hello,
 * AuthResult ok for any ChallengeResponse (the handshake is not under test
 * here), an Ack for each report; `afterAuth` sends messages in the same
 * tick as the AuthResult of a connection (1 for the first), `afterReport`
 * right after the Ack of a report. Packages are served from the same port
 * by `packages`.
 */
async function startManager(
  packages: (req: IncomingMessage, res: ServerResponse) => void,
  afterAuth: (connection: number) => Body[] = () => [],
  afterReport: (report: Body) => Body[] = () => [],
): Promise<ScriptedManager> {
  const reports: Report[] = [];
  const downloads: string[] = [];
  const seen = new Set<number>();
  const waiters: { match: (report: Report) => boolean; resolve: (report: Report) => void }[] = [];
  let connections = 0;
  let current: WebSocket | undefined;
  const authWaiters: { count: number; resolve: () => void }[] = [];

  const http = createServer((req, res) => {
    downloads.push(req.url ?? "");
    packages(req, res);
  });
  const wss = new WebSocketServer({
    server: http,
    path: "/agent",
    handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });
  const sendTo = (socket: WebSocket, body: Body) => socket.send(encodeMessage({ body }));
  const received = (report: Report) => {
    reports.push(report);
    for (const waiter of [...waiters]) {
      if (!waiter.match(report)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(report);
    }
  };
  wss.on("connection", (socket) => {
    socket.on("message", (data, isBinary) => {
      const { seq, body } = decodeFrame(data as FrameData, isBinary);
      switch (body.case) {
        case "hello":
          return sendTo(socket, {
            case: "challenge",
            value: { nonce: randomBytes(32), managerCertificates: [...signer.certificates] },
          });
        case "challengeResponse": {
          connections += 1;
          current = socket;
          sendTo(socket, {
            case: "authResult",
            value: {
              ok: true,
              clientId: "PC-CANCEL",
              heartbeatIntervalMs: 30_000,
              serverTime: toTimestamp(Date.now()),
              protocolVersion: PROTOCOL_VERSION,
            },
          });
          for (const next of afterAuth(connections)) sendTo(socket, next);
          for (const waiter of authWaiters.filter((w) => w.count <= connections)) {
            authWaiters.splice(authWaiters.indexOf(waiter), 1);
            waiter.resolve();
          }
          return;
        }
        case "statusReport":
        case "restartConfirmResult":
          sendTo(socket, { case: "ack", value: { seqs: [seq] } });
          for (const next of afterReport(body)) sendTo(socket, next);
          if (body.case === "statusReport" && !seen.has(seq)) {
            seen.add(seq);
            received(body.value);
          }
          return;
        case "heartbeat":
          if (!body.value.reply) sendTo(socket, { case: "heartbeat", value: { reply: true } });
          return;
        default:
          return;
      }
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  cleanups.push(async () => {
    for (const client of wss.clients) client.terminate();
    wss.close();
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  });

  const report = (match: (report: Report) => boolean) => {
    const past = reports.find(match);
    if (past) return Promise.resolve(past);
    return new Promise<Report>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`no such report in ${WAIT_MS} ms; got ${JSON.stringify(reports)}`));
      }, WAIT_MS);
      const waiter = {
        match,
        resolve: (found: Report) => {
          clearTimeout(timer);
          resolve(found);
        },
      };
      waiters.push(waiter);
    });
  };
  return {
    url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}`,
    reports,
    downloads,
    report,
    ended: (jobId) =>
      report(
        (r) =>
          r.jobId === jobId && (r.state === S.JOB_STATE_COMPLETED || r.state === S.JOB_STATE_ERROR),
      ),
    authenticated: (count) =>
      count <= connections
        ? Promise.resolve()
        : new Promise((resolve) => authWaiters.push({ count, resolve })),
    send(body) {
      if (!current) throw new Error("no PC is connected");
      sendTo(current, body);
    },
  };
}

/** Serves the package whole at any path. */
const serveWhole = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "content-length": payload.byteLength });
  res.end(payload);
};

/** An Install package offer for `pcId`, signed with the manager credential of the office. */
function offer(jobId: string, pcId: string, restartConfirm: boolean): Body {
  const bytes = encodeJobOffer({
    jobId,
    jobName: `job ${jobId}`,
    clientId: pcId,
    type: v1.JobType.JOB_TYPE_INSTALL_PACKAGE,
    package: {
      packageId: `KB-${jobId}`,
      name: `update ${jobId}`,
      version: "1",
      sha256,
      size: payload.byteLength,
      downloadUrl: `/packages/${jobId}`,
      updateData: true,
    },
    conditions: { replaceExisting: false },
    restartConfirm,
    issuedAt: toTimestamp(Date.now()),
  });
  return jobOfferBody(signOffer(bytes, signer));
}

const cancel = (jobId: string, reason = ""): Body => ({
  case: "jobCancel",
  value: { jobId, reason },
});

let pcs = 0;

/** A PC: a sound device from the office and an empty state directory. */
function newPc() {
  pcs += 1;
  const pcId = `PC-CANCEL-${pcs}`;
  const deviceDir = join(work, `device-${pcs}`);
  const stateDir = join(work, `state-${pcs}`);
  issueDevice(office, { dir: deviceDir, pcId });
  const events: AgentEvent[] = [];
  const logs: { level: string; msg: string }[] = [];
  const questions: RestartQuestion[] = [];
  return {
    pcId,
    stateDir,
    events,
    logs,
    questions,
    /** The options of its agent, answering the prompt with `answer`, each question recorded. */
    options(managerUrl: string, answer: boolean, extra: Partial<AgentOptions> = {}): AgentOptions {
      return {
        managerUrl,
        deviceDir,
        stateDir,
        confirm: async (question) => {
          questions.push(question);
          return answer;
        },
        onEvent: (event) => events.push(event),
        log: createJsonLog((line) => logs.push(JSON.parse(line)), { level: "debug" }),
        backoff: { initialMs: 20, maxMs: 200 },
        download: { retries: 0, retryDelayMs: 20 },
        restartFlushMs: 3000,
        durable: false,
        ...extra,
      };
    },
    async stageOf(jobId: string): Promise<string> {
      return JSON.parse(await readFile(join(stateDir, "jobs", jobFileName(jobId)), "utf8")).stage;
    },
    installed: () => createSimulatedInstaller({ stateDir }).inventory(),
  };
}

const statesOf = (reports: readonly Report[], jobId: string) =>
  reports.filter((r) => r.jobId === jobId).map((r) => S[r.state ?? 0]);

/** Starts a runtime, stopped after the test. */
async function started(options: AgentOptions) {
  const agent = createAgent(options);
  await agent.start();
  cleanups.push(() => agent.stop());
  return agent;
}

it("a job waiting for the restart ends cancelled, is not prompted for again and never downloaded", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  const agent = await started(pc.options(manager.url, false));
  await manager.authenticated(1);
  manager.send(offer("J-WAIT", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-WAIT" && r.detail?.startsWith("answered No") === true);

  manager.send(cancel("J-WAIT"));
  expect(await manager.ended("J-WAIT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "cancelled by the manager",
  });
  expect(await pc.stageOf("J-WAIT")).toBe("finished");

  // The next start: the prompt is about the new job alone.
  await agent.stop();
  await started(pc.options(manager.url, false));
  await manager.authenticated(2);
  manager.send(offer("J-NEXT", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-NEXT" && r.detail?.startsWith("answered No") === true);
  expect(pc.questions.map((q) => q.jobs.map((j) => j.jobId))).toEqual([["J-WAIT"], ["J-NEXT"]]);
  expect(statesOf(manager.reports, "J-WAIT")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_AWAITING_RESTART",
    "JOB_STATE_AWAITING_RESTART",
    "JOB_STATE_ERROR",
  ]);
  expect(manager.downloads).toEqual([]);
});

it("a job cancelled just after the restart, before its queued download starts, is never downloaded", async () => {
  // The manager tells the PC at once when it comes back: in the same tick as its AuthResult.
  const manager = await startManager(serveWhole, (connection) =>
    connection === 2 ? [cancel("J-BOOT", "withdrawn by admin")] : [],
  );
  const pc = newPc();
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-BOOT", pc.pcId, true));

  expect(await manager.ended("J-BOOT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "withdrawn by admin",
  });
  expect(run.boots).toBe(2);
  expect(statesOf(manager.reports, "J-BOOT")).not.toContain("JOB_STATE_DOWNLOADING");
  expect(manager.downloads).toEqual([]);
  expect(await pc.installed()).toEqual([]);
  expect(await pc.stageOf("J-BOOT")).toBe("finished");
});

it("a partial download an earlier start left is dropped when its job is cancelled", async () => {
  const pc = newPc();
  const part = partPathOf(pc.stateDir, jobFileName("J-PART"));
  // Back from the restart, the PC holds part of the package (the power went off mid-download, say).
  const manager = await startManager(serveWhole, (connection) => {
    if (connection !== 2) return [];
    mkdirSync(dirname(part), { recursive: true });
    writeFileSync(part, payload.subarray(0, 1000));
    return [cancel("J-PART")];
  });
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-PART", pc.pcId, true));
  expect(await manager.ended("J-PART")).toMatchObject({
    maintenanceCode: MaintenanceCode.CANCELLED,
  });
  expect(existsSync(part)).toBe(false);
  expect(manager.downloads).toEqual([]);
});

it("a prompt on screen is withdrawn when a job in it is cancelled, and asked again about the rest", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  // Two jobs answered No: both wait for the prompt of the next start.
  const first = await started(pc.options(manager.url, false));
  await manager.authenticated(1);
  for (const jobId of ["J-SHOWN", "J-STAYS"]) {
    manager.send(offer(jobId, pc.pcId, true));
    await manager.report((r) => r.jobId === jobId && r.detail?.startsWith("answered No") === true);
  }
  await first.stop();

  // The next start: nobody answers until the prompt is taken away, then a late Yes comes.
  const shown: { question: RestartQuestion; signal: AbortSignal; answer(yes: boolean): void }[] =
    [];
  await started(
    pc.options(manager.url, false, {
      confirm: (question, signal) =>
        new Promise<boolean>((resolve) => {
          shown.push({ question, signal, answer: resolve });
          signal.addEventListener("abort", () => resolve(true));
        }),
    }),
  );
  await vi.waitFor(() => expect(shown).toHaveLength(1), { timeout: WAIT_MS });
  expect(shown[0]?.question.jobs.map((j) => j.jobId)).toEqual(["J-SHOWN", "J-STAYS"]);
  // The prompt comes at start, before the connection: the cancel goes to the new one.
  await manager.authenticated(2);

  manager.send(cancel("J-SHOWN", "superseded\n\u001b[2Jby KB-2"));
  expect(await manager.ended("J-SHOWN")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "superseded\n\u001b[2Jby KB-2",
  });
  // The manager's words reach the person's screen without their control characters.
  expect(shown[0]?.signal.reason).toBe(
    "withdrawn: the update was cancelled by the manager (superseded [2Jby KB-2)",
  );
  // Asked again about the job that still waits, alone; answered No this time.
  await vi.waitFor(() => expect(shown).toHaveLength(2), { timeout: WAIT_MS });
  expect(shown[1]?.question.jobs.map((j) => j.jobId)).toEqual(["J-STAYS"]);
  shown[1]?.answer(false);
  await vi.waitFor(
    () => expect(pc.events).toContainEqual({ type: "prompt", jobIds: ["J-STAYS"], answer: false }),
    { timeout: WAIT_MS },
  );
  expect(pc.events).toContainEqual({
    type: "prompt",
    jobIds: ["J-SHOWN", "J-STAYS"],
    withdrawn: true,
  });
  // The late Yes to the withdrawn prompt restarted nothing.
  expect(statesOf(manager.reports, "J-STAYS")).not.toContain("JOB_STATE_RESTARTING");
  expect(await pc.stageOf("J-STAYS")).toBe("awaiting-restart");
  expect(manager.downloads).toEqual([]);
});

it("a cancel that comes while the restart's reports are flushed calls the restart off", async () => {
  // The manager cancels as soon as it hears Yes: before the PC's reports are all acknowledged.
  const manager = await startManager(
    serveWhole,
    () => [],
    (report) => (report.case === "restartConfirmResult" ? [cancel("J-FLUSH", "called off")] : []),
  );
  const pc = newPc();
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-FLUSH", pc.pcId, true));
  expect(await manager.ended("J-FLUSH")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "called off",
  });
  await vi.waitFor(
    () =>
      expect(pc.logs.map((l) => l.msg)).toContain(
        "the restart was called off: its jobs were cancelled",
      ),
    { timeout: WAIT_MS },
  );
  expect(run.boots).toBe(1);
  expect(manager.downloads).toEqual([]);
  expect(await pc.installed()).toEqual([]);
});

it("a cancel aborts the download in progress at once: cancelled, nothing installed, the queue free again", async () => {
  let stalled: ServerResponse | undefined;
  let hungUp = false;
  const manager = await startManager((req, res) => {
    if (!req.url?.endsWith("/J-DL")) return serveWhole(req, res);
    // A quarter of the package, then nothing: only the cancel can end this download soon.
    res.writeHead(200, { "content-length": payload.byteLength });
    res.write(payload.subarray(0, payload.byteLength / 4));
    res.on("close", () => {
      hungUp = true;
    });
    stalled = res;
  });
  const pc = newPc();
  await started(pc.options(manager.url, true, { role: "standard" }));
  await manager.authenticated(1);
  manager.send(offer("J-DL", pc.pcId, false));
  const part = partPathOf(pc.stateDir, jobFileName("J-DL"));
  await vi.waitFor(async () => expect((await stat(part)).size).toBeGreaterThan(0), {
    timeout: WAIT_MS,
  });
  expect(stalled).toBeDefined();

  manager.send(cancel("J-DL", "withdrawn mid-download"));
  expect(await manager.ended("J-DL")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "withdrawn mid-download",
  });
  expect(statesOf(manager.reports, "J-DL")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_DOWNLOADING",
    "JOB_STATE_ERROR",
  ]);
  await vi.waitFor(() => expect(hungUp).toBe(true), { timeout: WAIT_MS });
  expect(existsSync(part)).toBe(false);
  expect(await pc.installed()).toEqual([]);
  expect(await pc.stageOf("J-DL")).toBe("finished");

  // The next job downloads and installs; cancels of jobs over change nothing.
  manager.send(cancel("J-DL", "again"));
  manager.send(offer("J-AFTER", pc.pcId, false));
  expect(await manager.ended("J-AFTER")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  manager.send(cancel("J-AFTER"));
  // Cancels are handled in order: once this one is reported, the ones before it are done.
  manager.send(cancel("J-BARRIER"));
  await manager.ended("J-BARRIER");
  expect(statesOf(manager.reports, "J-DL")).toHaveLength(3);
  expect(statesOf(manager.reports, "J-AFTER")).not.toContain("JOB_STATE_ERROR");
  expect(await pc.installed()).toEqual(["KB-J-AFTER"]);
});

it("a cancel of a job waiting behind another's download ends it at once, not after that install", async () => {
  let stalled: ServerResponse | undefined;
  const manager = await startManager((req, res) => {
    if (!req.url?.endsWith("/J-SLOW")) return serveWhole(req, res);
    // Half of the package, then nothing until the test lets the rest go.
    res.writeHead(200, { "content-length": payload.byteLength });
    res.write(payload.subarray(0, payload.byteLength / 2));
    stalled = res;
  });
  const pc = newPc();
  const agent = await started(pc.options(manager.url, true, { role: "standard" }));
  await manager.authenticated(1);
  manager.send(offer("J-SLOW", pc.pcId, false));
  await vi.waitFor(() => expect(stalled).toBeDefined(), { timeout: WAIT_MS });
  // Received while the other downloads, and waiting its turn.
  manager.send(offer("J-WAIT", pc.pcId, false));
  await manager.report((r) => r.jobId === "J-WAIT" && r.state === S.JOB_STATE_RECEIVED);

  manager.send(cancel("J-WAIT", "superseded"));
  expect(await manager.ended("J-WAIT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "superseded",
  });
  expect(statesOf(manager.reports, "J-SLOW")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_DOWNLOADING",
  ]);

  // The download goes on, and its job alone is installed.
  stalled?.end(payload.subarray(payload.byteLength / 2));
  expect(await manager.ended("J-SLOW")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  // Once the agent has settled, J-WAIT's turn in the downloads' queue has come and gone.
  await agent.stop();
  expect(manager.downloads.filter((url) => url.endsWith("/J-WAIT"))).toEqual([]);
  expect(statesOf(manager.reports, "J-WAIT")).toEqual(["JOB_STATE_RECEIVED", "JOB_STATE_ERROR"]);
  expect(await pc.installed()).toEqual(["KB-J-SLOW"]);
  expect(await pc.stageOf("J-WAIT")).toBe("finished");
});

/**
 * A security PC back from its restart, downloading J-FIRST (stalled until
 * `release`), and J-NEXT offered and answered Yes meanwhile.
 */
async function yesWhileDownloading() {
  let stalled: ServerResponse | undefined;
  const manager = await startManager((req, res) => {
    if (!req.url?.endsWith("/J-FIRST")) return serveWhole(req, res);
    res.writeHead(200, { "content-length": payload.byteLength });
    res.write(payload.subarray(0, payload.byteLength / 2));
    stalled = res;
  });
  const pc = newPc();
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-FIRST", pc.pcId, true));
  await vi.waitFor(() => expect(stalled).toBeDefined(), { timeout: WAIT_MS });
  manager.send(offer("J-NEXT", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-NEXT" && r.state === S.JOB_STATE_RESTARTING);
  const release = () => stalled?.end(payload.subarray(payload.byteLength / 2));
  return { manager, pc, run, release };
}

it("a Yes while another job downloads restarts the PC once that job is installed", async () => {
  const { manager, run, release } = await yesWhileDownloading();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(run.boots).toBe(2);

  release();
  expect(await manager.ended("J-FIRST")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  expect(await manager.ended("J-NEXT")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  expect(run.boots).toBe(3);
  // J-FIRST was downloaded once, never cut short by the restart.
  const downloading = statesOf(manager.reports, "J-FIRST").filter(
    (s) => s === "JOB_STATE_DOWNLOADING",
  );
  expect(downloading).toHaveLength(1);
});

it("a cancel while a restart waits for a download ends its job at once, and calls the restart off", async () => {
  const { manager, pc, run, release } = await yesWhileDownloading();
  manager.send(cancel("J-NEXT", "superseded"));
  expect(await manager.ended("J-NEXT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
  });
  expect(statesOf(manager.reports, "J-FIRST")).not.toContain("JOB_STATE_COMPLETED");

  release();
  expect(await manager.ended("J-FIRST")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  await vi.waitFor(
    () =>
      expect(pc.logs.map((l) => l.msg)).toContain(
        "the restart was called off: its jobs were cancelled",
      ),
    { timeout: WAIT_MS },
  );
  expect(run.boots).toBe(2);
  expect(manager.downloads.filter((url) => url.endsWith("/J-NEXT"))).toEqual([]);
});

it("an agent stopped while its restart waits does not restart, and asks again at its next start", async () => {
  const { pc, run } = await yesWhileDownloading();
  await run.stop();
  expect(run.boots).toBe(2);
  // Not marked confirmed: the next start asks again instead of installing without a restart.
  expect(await pc.stageOf("J-NEXT")).toBe("awaiting-restart");
  expect(await pc.stageOf("J-FIRST")).toBe("restart-confirmed");
});

it("a cancel of a job never received is reported once and its offer, coming after all, is dropped", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  await started(pc.options(manager.url, false));
  await manager.authenticated(1);
  manager.send(cancel("J-LOST"));
  manager.send(cancel("J-LOST"));
  manager.send(offer("J-LOST", pc.pcId, true));
  // Handled after the three above: once it waits for the restart, they are done.
  manager.send(offer("J-OTHER", pc.pcId, true));
  await manager.report(
    (r) => r.jobId === "J-OTHER" && r.detail?.startsWith("answered No") === true,
  );

  expect(manager.reports.filter((r) => r.jobId === "J-LOST")).toMatchObject([
    {
      state: S.JOB_STATE_ERROR,
      maintenanceCode: MaintenanceCode.CANCELLED,
      detail: "cancelled by the manager",
    },
  ]);
  expect(pc.events).toContainEqual({
    type: "job",
    jobId: "J-LOST",
    state: "error",
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "cancelled by the manager",
  });
  expect(await pc.stageOf("J-LOST")).toBe("finished");
  expect(pc.questions.map((q) => q.jobs.map((j) => j.jobId))).toEqual([["J-OTHER"]]);
  expect(manager.downloads).toEqual([]);
});

it("a cancel that comes once the install has started lets it finish and report COMPLETED", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  // The simulated installer, held at its start until the cancel has reached the agent.
  const simulated = createSimulatedInstaller({ stateDir: pc.stateDir, durable: false });
  let installing: (request: InstallRequest) => void = () => undefined;
  const installStarted = new Promise<InstallRequest>((resolve) => {
    installing = resolve;
  });
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const installer: Installer = {
    inventory: () => simulated.inventory(),
    async install(request) {
      installing(request);
      await gate;
      return simulated.install(request);
    },
  };
  await started(pc.options(manager.url, true, { role: "standard", installer }));
  // Run before the agent stops (cleanups run last first), or a failing test would hang there.
  cleanups.push(async () => release());
  await manager.authenticated(1);
  manager.send(offer("J-INST", pc.pcId, false));
  const request = await installStarted;

  manager.send(cancel("J-INST", "too late"));
  await vi.waitFor(
    () => expect(pc.logs.map((l) => l.msg)).toContain("job J-INST: cancelled by the manager"),
    { timeout: WAIT_MS },
  );
  release();
  expect(await manager.ended("J-INST")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  expect(request.signal?.aborted).toBe(false);
  expect(await pc.installed()).toEqual(["KB-J-INST"]);
  expect(pc.logs).toContainEqual(
    expect.objectContaining({
      level: "info",
      msg: "job J-INST: cancelled after its install had started: its outcome stands",
    }),
  );
  manager.send(cancel("J-BARRIER"));
  await manager.ended("J-BARRIER");
  expect(statesOf(manager.reports, "J-INST")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_DOWNLOADING",
    "JOB_STATE_INSTALLING",
    "JOB_STATE_COMPLETED",
  ]);
});
