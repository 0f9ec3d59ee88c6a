/**
 * One agent runtime: reads the state directory, connects to the manager
 * (reconnecting with backoff and full jitter), answers the challenge with
 * the device key, resends what the manager has not acknowledged, and hands
 * offers to the job flow. Nothing survives the runtime but the state
 * directory: a restart is a new runtime built from the same options.
 */
import { readFile } from "node:fs/promises";
import { hostname, release, type } from "node:os";
import { join } from "node:path";
import { rootCertificates } from "node:tls";
import { type ChallengeResponse, type Hello, PROTOCOL_VERSION, v1 } from "@patchcast/protocol";
import {
  authenticateDevice,
  createCertificateCache,
  signChallenge,
} from "@patchcast/protocol/auth";
import type { ClientOptions } from "ws";
import { AgentError } from "../errors.ts";
import type { Installer } from "../installer/installer.ts";
import { createSimulatedInstaller } from "../installer/simulated-installer.ts";
import type { DownloadRequestOptions } from "../jobs/download.ts";
import { DOWNLOADS_DIR } from "../jobs/run-job.ts";
import { createBackoff } from "../net/backoff.ts";
import { openSession, type Session } from "../net/session.ts";
import { connectFrom, type PortPool } from "../net/source-ports.ts";
import { openIdentity } from "../state/agent-identity.ts";
import { ensureDirectory } from "../state/atomic-file.ts";
import { openJobStore } from "../state/job-store.ts";
import { type Outbox, openOutbox } from "../state/outbox.ts";
import { AGENT_VERSION } from "../version.ts";
import {
  type AgentOptions,
  checkAgentOptions,
  defaults,
  defaultWebSocketFactory,
  type ResolvedUrls,
} from "./agent-options.ts";
import { JobFlow } from "./job-flow.ts";
import { pcIdOfDevice } from "./pc-identity.ts";
import { createReporter, type Reporter } from "./reporter.ts";
import { sleep } from "./timers.ts";

export interface AgentEnd {
  /** "restart": a Yes restarted the PC; boot the next runtime from the state directory. */
  readonly reason: "stopped" | "restart";
}

export interface Agent {
  /** Reads the state directory and starts connecting; rejects with an AgentError if the state is unusable. */
  start(): Promise<void>;
  /** Ends the runtime: closes the connection, aborts a download (it resumes at the next start). */
  stop(): Promise<void>;
  /** Resolves when the runtime has ended, by `stop()` or by a restart. */
  readonly ended: Promise<AgentEnd>;
  /** The PC ID in the Hello, once started. */
  readonly pcId: string | undefined;
  /** True while authenticated with the manager. */
  readonly connected: boolean;
}

/**
 * The device certificates this process has parsed, for the checks at each
 * connection and each job offer (a PC has one; a fleet passes its own cache).
 */
const deviceCertificates = createCertificateCache({ maxEntries: 16 });

/** Builds a runtime; bad options throw TypeError or RangeError at once. */
export function createAgent(options: AgentOptions): Agent {
  return new AgentRuntime(options, checkAgentOptions(options));
}

function stateError(error: unknown, what: string): unknown {
  if (error instanceof AgentError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new AgentError("AGENT_ERR_STATE_IO", `${what}: ${reason}`, { cause: error });
}

class AgentRuntime implements Agent {
  readonly #o: AgentOptions;
  readonly #urls: ResolvedUrls;
  readonly #abort = new AbortController();
  readonly #now: () => number;
  #state: "new" | "starting" | "running" | "ended" = "new";
  #pcId: string | undefined;
  #session: Session | undefined;
  #reporter: Reporter | undefined;
  #outbox: Outbox | undefined;
  #installer: Installer | undefined;
  #flow: JobFlow | undefined;
  #stateId = "";
  #bootJobs: string[] = [];
  #authenticatedOnce = false;
  #loop: Promise<void> = Promise.resolve();
  #endReason: AgentEnd["reason"] | undefined;
  #resolveEnded: (end: AgentEnd) => void = () => {};
  readonly ended: Promise<AgentEnd>;

  constructor(options: AgentOptions, urls: ResolvedUrls) {
    this.#o = { ...options, authenticate: { cache: deviceCertificates, ...options.authenticate } };
    this.#urls = urls;
    this.#now = options.now ?? Date.now;
    this.ended = new Promise((resolve) => {
      this.#resolveEnded = resolve;
    });
  }

  get pcId() {
    return this.#pcId;
  }

  get connected() {
    return this.#session?.authenticated === true;
  }

  get #log() {
    return this.#o.log ?? defaults.log;
  }

  get #timers() {
    return this.#o.timers ?? defaults.timers;
  }

  async start(): Promise<void> {
    if (this.#state !== "new") throw new Error("an agent runtime starts once; create a new one");
    this.#state = "starting";
    try {
      await this.#boot();
    } catch (error) {
      this.#finish("stopped");
      throw stateError(error, `the state directory ${this.#o.stateDir} cannot be used`);
    }
    if (this.#endReason) return;
    this.#state = "running";
    this.#loop = this.#connectLoop();
    void this.#flow?.prompt();
  }

  async #boot(): Promise<void> {
    const o = this.#o;
    const write = { durable: o.durable ?? true };
    await ensureDirectory(o.stateDir, write);
    await ensureDirectory(join(o.stateDir, DOWNLOADS_DIR), write);
    const outbox = await openOutbox(o.stateDir, write);
    this.#outbox = outbox;
    const identity = await openIdentity(o.stateDir, outbox.listedAtOpen.at(-1) ?? 0, write);
    this.#stateId = identity.stateId;
    const jobs = await openJobStore(o.stateDir, write);
    const installer =
      o.installer ?? createSimulatedInstaller({ stateDir: o.stateDir, ...write, now: this.#now });
    await installer.inventory();
    this.#installer = installer;
    const reporter = createReporter({
      identity,
      outbox,
      waiting: outbox.listedAtOpen,
      log: this.#log,
    });
    this.#reporter = reporter;
    this.#pcId = o.pcId ?? (await pcIdOfDevice(o.deviceDir));
    const socketOptions = await this.#socketOptions();
    this.#flow = new JobFlow({
      options: o,
      urls: this.#urls,
      jobs,
      reporter,
      installer,
      log: this.#log,
      timers: this.#timers,
      now: this.#now,
      signal: this.#abort.signal,
      pcId: this.#pcId,
      restartFlushMs: o.restartFlushMs ?? defaults.restartFlushMs,
      request: downloadRequest(socketOptions, o.localPorts),
      endForRestart: () => this.#finish("restart"),
    });
    await this.#scanJobs(jobs);
    this.#log.info("agent started", {
      pcId: this.#pcId,
      stateId: this.#stateId,
      role: o.role ?? "security-pc",
      pendingReports: reporter.pending,
      jobsToResume: this.#bootJobs.length,
    });
  }

  async #scanJobs(jobs: Awaited<ReturnType<typeof openJobStore>>): Promise<void> {
    const retention = this.#o.finishedRetentionMs ?? defaults.finishedRetentionMs;
    for (const entry of await jobs.list()) {
      if ("error" in entry) {
        this.#log.error("a job file is unreadable: moved aside", {
          jobId: entry.jobId,
          err: entry.error,
        });
        await this.#flow?.unreadable(entry.jobId, entry.error.message);
        continue;
      }
      const { record } = entry;
      // A job whose install a stop interrupted first: no other install comes before its outcome is known.
      if (record.stage === "installing") this.#bootJobs.unshift(record.jobId);
      if (record.stage === "restart-confirmed" || record.stage === "ready")
        this.#bootJobs.push(record.jobId);
      if (
        record.stage === "finished" &&
        this.#now() - Date.parse(record.finishedAt ?? record.receivedAt) > retention
      )
        await jobs.remove(record.jobId);
    }
  }

  /** For wss://, the device's certification office is trusted beside the public roots. */
  async #socketOptions(): Promise<ClientOptions> {
    const given = withLocalPorts(
      // Frames are protobuf, never compressed: the extension is not even offered.
      { perMessageDeflate: false, ...this.#o.socketOptions },
      this.#o.localPorts,
      this.#urls.httpBase.protocol === "https:",
    );
    if (given.ca !== undefined || this.#urls.httpBase.protocol !== "https:") return given;
    try {
      const office = await readFile(join(this.#o.deviceDir, "ca.crt"), "utf8");
      return { ...given, ca: [...rootCertificates, office] };
    } catch {
      return given;
    }
  }

  async #hello(): Promise<Hello> {
    const o = this.#o;
    let installedUpdates: readonly string[] = [];
    try {
      installedUpdates = await (this.#installer as Installer).inventory();
    } catch (error) {
      this.#log.error("the installed-updates inventory is unreadable", { err: error });
    }
    return {
      protocolVersion: PROTOCOL_VERSION,
      pcId: this.#pcId ?? "",
      hostName: o.hostName ?? hostname(),
      role: o.role === "standard" ? v1.Role.ROLE_STANDARD : v1.Role.ROLE_SECURITY_PC,
      agentVersion: o.agentVersion ?? AGENT_VERSION,
      os: o.os ?? `${type()} ${release()}`,
      installedUpdates: [...installedUpdates],
      stateId: this.#stateId,
    };
  }

  async #respond(nonce: Uint8Array): Promise<ChallengeResponse> {
    const auth = await authenticateDevice(this.#o.deviceDir, this.#o.authenticate);
    if (!auth.ok) {
      this.#log.error("the authentication device does not authenticate", {
        maintenanceCode: auth.code,
        detail: auth.detail,
      });
      return { maintenanceCode: auth.code, detail: auth.detail };
    }
    const signed = signChallenge(auth.device.signer, nonce, this.#pcId ?? "");
    return {
      deviceCertificates: [...signed.certificates],
      algorithm: signed.algorithm,
      signature: signed.signature,
    };
  }

  async #connectLoop(): Promise<void> {
    const o = this.#o;
    const signal = this.#abort.signal;
    const backoff = createBackoff({ ...o.backoff, ...(o.random ? { random: o.random } : {}) });
    const socketOptions = await this.#socketOptions();
    while (!signal.aborted) {
      o.onEvent?.({ type: "connection", state: "connecting" });
      try {
        await this.#connectOnce(socketOptions, () => backoff.reset());
      } catch (error) {
        this.#log.error("cannot connect to the manager", { err: error });
      }
      this.#session = undefined;
      this.#reporter?.setLink(undefined);
      o.onEvent?.({ type: "connection", state: "disconnected" });
      if (signal.aborted) break;
      const delay = backoff.next();
      this.#log.info("reconnecting", { delayMs: delay, attempt: backoff.attempt });
      await sleep(this.#timers, delay, signal);
    }
  }

  /** One connection, until it closes. */
  async #connectOnce(socketOptions: ClientOptions, onAuthenticated: () => void): Promise<void> {
    const hello = await this.#hello();
    // The runtime ended (stopped, or for a restart) while the Hello was made: `#finish`
    // closed what session there was; one opened now would keep `stop()` waiting for it.
    if (this.#abort.signal.aborted) return;
    const session = this.#open(hello, socketOptions, onAuthenticated);
    this.#session = session;
    const { code, reason } = await session.closed;
    this.#log.info("disconnected from the manager", { code, reason });
  }

  #open(hello: Hello, socketOptions: ClientOptions, onAuthenticated: () => void): Session {
    const o = this.#o;
    const flow = this.#flow as JobFlow;
    const reporter = this.#reporter as Reporter;
    const session: Session = openSession({
      url: this.#urls.agentUrl,
      createWebSocket: o.createWebSocket ?? defaultWebSocketFactory,
      socketOptions,
      hello,
      respond: (nonce) => this.#respond(nonce),
      timers: this.#timers,
      now: this.#now,
      log: this.#log,
      ...(o.heartbeatIntervalMs ? { heartbeatIntervalMs: o.heartbeatIntervalMs } : {}),
      ...(o.handshakeTimeoutMs ? { handshakeTimeoutMs: o.handshakeTimeoutMs } : {}),
      handlers: {
        onAuthenticated: () => {
          onAuthenticated();
          this.#log.info("authenticated with the manager", { pcId: this.#pcId });
          o.onEvent?.({ type: "connection", state: "authenticated" });
          reporter.setLink(session);
          void reporter
            .resend(session)
            .catch((error: unknown) => this.#log.error("resending reports failed", { err: error }));
          if (this.#authenticatedOnce) return;
          this.#authenticatedOnce = true;
          for (const jobId of this.#bootJobs) flow.process(jobId);
          this.#bootJobs = [];
        },
        onAuthFailed: (code, detail) => {
          this.#log.error("the manager refused the authentication", {
            maintenanceCode: code,
            detail,
          });
          o.onEvent?.({ type: "connection", state: "auth-failed", code, detail });
        },
        onOffer: (offer) => flow.offered(offer),
        onCancel: (cancel) => flow.cancelled(cancel),
        onAck: (seqs) =>
          void reporter
            .acknowledge(seqs)
            .catch((error: unknown) =>
              this.#log.error("forgetting acknowledged reports failed", { err: error }),
            ),
      },
    });
    return session;
  }

  #finish(reason: AgentEnd["reason"]): void {
    if (this.#endReason) return;
    this.#endReason = reason;
    this.#abort.abort();
    this.#session?.close(1001, reason === "restart" ? "PC restarting" : "agent stopping");
    void (async () => {
      await this.#loop;
      await this.#flow?.settled();
      await this.#outbox
        ?.close()
        .catch((error: unknown) => this.#log.error("closing the outbox failed", { err: error }));
      this.#state = "ended";
      this.#log.info(reason === "restart" ? "agent runtime ended: restarting" : "agent stopped");
      this.#resolveEnded({ reason });
    })();
  }

  async stop(): Promise<void> {
    this.#finish("stopped");
    await this.ended;
  }
}

/** The WebSocket's connections from the local address on ports of `ports`, when both are given. */
function withLocalPorts(
  options: ClientOptions,
  ports: PortPool | undefined,
  secure: boolean,
): ClientOptions {
  const { localAddress } = options;
  if (ports === undefined || !localAddress) return options;
  return { ...options, createConnection: connectFrom(localAddress, ports, secure) as never };
}

/** localAddress (with its ports) and ca of the socket options apply to downloads too. */
function downloadRequest(
  options: ClientOptions,
  localPorts: PortPool | undefined,
): DownloadRequestOptions {
  const { localAddress, ca } = options;
  const pem = (value: unknown) => (Buffer.isBuffer(value) ? value.toString("utf8") : String(value));
  return {
    ...(localAddress ? { localAddress } : {}),
    ...(localAddress && localPorts ? { localPorts } : {}),
    ...(ca === undefined ? {} : { ca: Array.isArray(ca) ? ca.map(pem) : pem(ca) }),
  };
}
