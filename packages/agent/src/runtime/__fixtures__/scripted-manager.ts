/**
 * The agent runtime's tests against a scripted manager: the real agent
 * runtime, its state directory in a temporary directory, against a manager
 * on 127.0.0.1 that speaks the wire protocol, with offers signed by the
 * manager credential of a pki-sim certification office and packages served
 * over real HTTP. A test file calls `useScriptedManagers()` once.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  PROTOCOL_VERSION,
  SUBPROTOCOL,
  toTimestamp,
  v1,
} from "@patchcast/protocol";
import { jobOfferBody, type Signer, signOffer } from "@patchcast/protocol/auth";
import { afterAll, afterEach, beforeAll } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import type { RestartQuestion } from "../../confirm/confirm.ts";
import { createSimulatedInstaller } from "../../installer/simulated-installer.ts";
import { createJsonLog } from "../../log.ts";
import { jobFileName } from "../../state/job-store.ts";
import type { AgentEvent, AgentOptions } from "../agent-options.ts";
import { createAgent } from "../create-agent.ts";

const S = v1.JobState;
export type Report = BodyOf<"statusReport">["value"];

/** Longest wait for something the agent does in milliseconds (a failing test ends sooner than the test timeout). */
export const WAIT_MS = 10_000;

/** The package every offer announces (`serveWhole` serves it). */
export const payload = randomBytes(64 * 1024);
const sha256 = createHash("sha256").update(payload).digest();

let work = "";
let office: CertificationOffice;
let signer: Signer;
/** Run after each test, last first: managers closed, agents stopped. */
export const cleanups: (() => Promise<unknown>)[] = [];

/** Registers the hooks of the fixture: the office and work directory, and the cleanups. */
export function useScriptedManagers(): void {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "patchcast-agent-runtime-"));
    office = createCertificationOffice();
    signer = issueManagerCredential(office).signer;
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
}

export interface ScriptedManager {
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
export async function startManager(
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
              clientId: "PC-TEST",
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
export const serveWhole = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "content-length": payload.byteLength });
  res.end(payload);
};

/** An Install package offer for `pcId`, signed with the manager credential of the office. */
export function offer(jobId: string, pcId: string, restartConfirm: boolean): Body {
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

export const cancel = (jobId: string, reason = ""): Body => ({
  case: "jobCancel",
  value: { jobId, reason },
});

let pcs = 0;

/** A PC: a sound device from the office and an empty state directory. */
export function newPc() {
  pcs += 1;
  const pcId = `PC-TEST-${pcs}`;
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

export const statesOf = (reports: readonly Report[], jobId: string) =>
  reports.filter((r) => r.jobId === jobId).map((r) => S[r.state ?? 0]);

/** Starts a runtime, stopped after the test. */
export async function started(options: AgentOptions) {
  const agent = createAgent(options);
  await agent.start();
  cleanups.push(() => agent.stop());
  return agent;
}
