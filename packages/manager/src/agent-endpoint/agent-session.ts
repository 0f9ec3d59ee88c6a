/**
 * One PC's WebSocket connection (contract §2): hello, challenge, PKI
 * verification, then signed offers out and acknowledged reports in. A
 * protocol violation closes this socket with its close code; nothing here
 * touches another PC's connection.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  assertManagerAccepts,
  type Body,
  type BodyOf,
  CloseCode,
  decodeFrame,
  encodeMessage,
  type FrameData,
  fromTimestamp,
  type ManagerPhase,
  PROTOCOL_VERSION,
  ProtocolError,
  v1,
} from "@patchcast/protocol";
import { parseCertificate, verifyPresentedDevice } from "@patchcast/protocol/auth";
import type { WebSocket } from "ws";
import { DatabaseClosedError, DatabaseConnectionError, DatabaseError } from "../errors.ts";
import { parseWireJobId, wireJobId } from "../services/wire-job-id.ts";
import type { EndpointContext } from "./endpoint-context.ts";
import { buildSignedOffer } from "./offer-builder.ts";
import type { ClientIdentity } from "./ports.ts";
import { giveRefusalsAReason } from "./ws-refusals.ts";

const ROLE_NAMES: Record<number, ClientIdentity["role"]> = {
  [v1.Role.ROLE_SECURITY_PC]: "security_pc",
  [v1.Role.ROLE_STANDARD]: "standard",
};

function stateName(state: number): string {
  return (v1.JobState[state] ?? "").replace(/^JOB_STATE_/, "").toLowerCase();
}

/** The PC ID (common name) of a presented chain's leaf, when it can be read at all. */
function certifiedPcId(certificates: readonly Uint8Array[] | undefined): string | undefined {
  const leaf = certificates?.[0];
  if (!leaf) return undefined;
  try {
    return parseCertificate(leaf).commonName;
  } catch {
    return undefined;
  }
}

export class AgentSession {
  readonly #socket: WebSocket;
  readonly #ctx: EndpointContext;
  /** "verifying": the challenge response is being checked; nothing else may arrive. */
  #phase: ManagerPhase | "verifying" = "awaiting-hello";
  #identity: ClientIdentity | undefined;
  #stateId = "";
  #nonce = new Uint8Array();
  #clientId: number | undefined;
  #queue: Promise<void> = Promise.resolve();
  #lastHeard: number;
  #closed = false;
  readonly #offered = new Set<number>();
  /** Executions this connection has told the PC are cancelled. */
  readonly #toldCancelled = new Set<number>();
  /** Seqs of stored reports not acknowledged yet: those stored together share one Ack. */
  #storedSeqs: number[] = [];

  constructor(socket: WebSocket, ctx: EndpointContext) {
    this.#socket = socket;
    this.#ctx = ctx;
    this.#lastHeard = ctx.now().getTime();
    giveRefusalsAReason(socket, ctx.maxFrameBytes);
    socket.on("message", (data, isBinary) => this.#onFrame(data as FrameData, isBinary));
    socket.on("close", () => this.#onClose());
    socket.on("error", (error) =>
      ctx.log.warn({ err: error, pcId: this.pcId }, "agent socket error"),
    );
  }

  get clientId(): number | undefined {
    return this.#clientId;
  }

  get pcId(): string | undefined {
    return this.#identity?.pcId;
  }

  /** Called every heartbeat interval: sends a heartbeat, or ends a silent peer. */
  tick(): void {
    const silentFor = this.#ctx.now().getTime() - this.#lastHeard;
    if (silentFor > 3 * this.#ctx.heartbeatIntervalMs) {
      this.#ctx.log.info(
        { pcId: this.pcId, silentFor },
        "agent silent for three heartbeat intervals: closing",
      );
      this.#socket.terminate();
      return;
    }
    if (this.#phase === "authenticated") this.#send({ case: "heartbeat", value: { reply: false } });
  }

  /**
   * Offers the PC every pending job it has not been offered on this
   * connection, and tells it of the cancelled ones it still holds.
   */
  pushOffers(): Promise<void> {
    return this.#enqueue(() => this.#pushOffers());
  }

  /**
   * An administrator cancelled `executionId`. The PC is told if this
   * connection offered it the job (the offer may have been on its way when
   * its status ended), and of every cancelled job the database says it holds.
   * Once told on this connection, it is not looked up again.
   */
  cancelled(executionId: number, reason: string): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#toldCancelled.has(executionId)) return;
      if (this.#offered.has(executionId)) this.#tellCancelled(executionId, reason);
      await this.#pushOffers();
    });
  }

  close(code: number, reason: string): void {
    if (!this.#closed) this.#socket.close(code, reason);
  }

  #onFrame(data: FrameData, isBinary: boolean): void {
    this.#lastHeard = this.#ctx.now().getTime();
    try {
      const message = decodeFrame(data, isBinary, { maxFrameBytes: this.#ctx.maxFrameBytes });
      if (this.#phase === "verifying") {
        throw new ProtocolError(
          "PC_PROTO_UNEXPECTED_MESSAGE",
          `in phase verifying expected nothing before the authResult: got ${message.body.case}`,
        );
      }
      assertManagerAccepts(this.#phase, message.body.case);
      if (message.body.case === "hello") this.#phase = "awaiting-challenge-response";
      if (message.body.case === "challengeResponse") this.#phase = "verifying";
      void this.#enqueue(() => this.#handle(message.body, message.seq));
    } catch (error) {
      this.#fail(error);
    }
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    this.#queue = this.#queue.then(work).catch((error: unknown) => this.#fail(error));
    return this.#queue;
  }

  #fail(error: unknown): void {
    if (error instanceof ProtocolError) {
      this.#ctx.log.info(
        { pcId: this.pcId, code: error.code },
        `closing agent connection: ${error.message}`,
      );
      this.#send({
        case: "error",
        value: { code: error.code, message: error.message, closeCode: error.closeCode },
      });
      this.close(error.closeCode, error.closeReason);
      return;
    }
    if (error instanceof DatabaseConnectionError || error instanceof DatabaseClosedError) {
      // Not the PC's fault: it reconnects with backoff, and the manager keeps the others.
      this.#ctx.log.warn({ err: error, pcId: this.pcId }, `agent session ended: ${error.message}`);
      this.close(CloseCode.TRY_AGAIN_LATER, "database unavailable; try again later");
      return;
    }
    this.#ctx.log.error({ err: error, pcId: this.pcId }, "agent session failed");
    this.close(CloseCode.INTERNAL_ERROR, "internal error");
  }

  async #handle(body: Body, seq: number): Promise<void> {
    switch (body.case) {
      case "hello":
        return this.#onHello(body.value);
      case "challengeResponse":
        return this.#onChallengeResponse(body.value);
      case "statusReport":
        return this.#onStatusReport(body.value, seq);
      case "restartConfirmResult":
        this.#ctx.log.info(
          { pcId: this.pcId, jobId: body.value.jobId, answer: body.value.answer },
          "restart-confirm answer",
        );
        return this.#ack(seq);
      case "heartbeat":
        if (!body.value.reply)
          this.#send({
            case: "heartbeat",
            value: { ...(body.value.sentAt ? { sentAt: body.value.sentAt } : {}), reply: true },
          });
        return;
      case "error":
        this.#ctx.log.warn(
          { pcId: this.pcId, code: body.value.code },
          `agent reported: ${body.value.message}`,
        );
        return;
      default:
        return;
    }
  }

  async #onHello(hello: BodyOf<"hello">["value"]): Promise<void> {
    this.#identity = {
      pcId: hello.pcId ?? "",
      role: ROLE_NAMES[hello.role ?? 0] ?? "standard",
      hostName: hello.hostName ?? "",
      os: hello.os ?? "",
      agentVersion: hello.agentVersion ?? "",
    };
    this.#stateId = hello.stateId ?? "";
    this.#nonce = randomBytes(32);
    this.#send({
      case: "challenge",
      value: { nonce: this.#nonce, managerCertificates: [...this.#ctx.signer.certificates] },
    });
  }

  async #onChallengeResponse(response: BodyOf<"challengeResponse">["value"]): Promise<void> {
    const identity = this.#identity as ClientIdentity;
    const verdict = response.maintenanceCode
      ? {
          ok: false as const,
          code: response.maintenanceCode,
          detail: response.detail || "reported by the PC",
        }
      : verifyPresentedDevice(
          {
            pcId: identity.pcId,
            nonce: this.#nonce,
            certificates: response.deviceCertificates ?? [],
            algorithm: response.algorithm ?? 0,
            signature: response.signature ?? new Uint8Array(),
          },
          this.#ctx.trust,
          { now: this.#ctx.now(), cache: this.#ctx.certificates },
        );
    if (!verdict.ok) {
      const named = certifiedPcId(response.deviceCertificates);
      // A certificate of another PC says nothing of the PC claimed: its jobs are left as they
      // are (a PC set up with a neighbour's ID, or anyone replaying a neighbour's certificate,
      // would otherwise end them in error), and so are the other PC's.
      if (named === undefined || named === identity.pcId)
        await this.#ctx.ports.recordAuthFailure(identity, verdict.code, verdict.detail);
      this.#ctx.log.info(
        {
          pcId: identity.pcId,
          code: verdict.code,
          ...(named === undefined ? {} : { certifiedPcId: named }),
        },
        `authentication failed: ${verdict.detail}`,
      );
      this.#send({
        case: "authResult",
        value: { ok: false, maintenanceCode: verdict.code, detail: verdict.detail },
      });
      this.close(CloseCode.POLICY_VIOLATION, `authentication failed: ${verdict.code}`);
      return;
    }
    const leaf = verdict.identity.certificates[0] ?? new Uint8Array();
    const { clientId } = await this.#ctx.ports.registerClient({
      ...identity,
      certificateFingerprint: createHash("sha256").update(leaf).digest("hex"),
    });
    // Hung up while it was being registered: not online, and nothing more to send it.
    if (this.#closed) return;
    this.#clientId = clientId;
    this.#phase = "authenticated";
    this.#send({
      case: "authResult",
      value: {
        ok: true,
        clientId: identity.pcId,
        heartbeatIntervalMs: this.#ctx.heartbeatIntervalMs,
        serverTime: { seconds: Math.floor(this.#ctx.now().getTime() / 1000), nanos: 0 },
        protocolVersion: PROTOCOL_VERSION,
      },
    });
    this.#ctx.onAuthenticated(this);
    await this.#pushOffers();
  }

  async #pushOffers(): Promise<void> {
    const clientId = this.#clientId;
    const pcId = this.pcId;
    if (clientId === undefined || pcId === undefined || this.#closed) return;
    const now = this.#ctx.now();
    const marks: Promise<void>[] = [];
    for (const spec of await this.#ctx.ports.pendingOffers(clientId, now)) {
      if (spec.cancelled) {
        this.#tellCancelled(spec.executionId, spec.cancelled.reason);
        continue;
      }
      if (this.#offered.has(spec.executionId)) continue;
      const url = this.#ctx.downloadPathFor(spec.executionId, clientId);
      this.#send(buildSignedOffer(spec, pcId, url, this.#ctx.signer, now));
      this.#offered.add(spec.executionId);
      marks.push(this.#ctx.ports.markOffered(spec.executionId, clientId));
    }
    // Recorded before this PC's next message is handled: its report of the offer comes after.
    await Promise.all(marks);
  }

  /** JobCancel, once per connection: the PC reports the job cancelled, unless it was over. */
  #tellCancelled(executionId: number, reason: string): void {
    if (this.#toldCancelled.has(executionId)) return;
    this.#toldCancelled.add(executionId);
    this.#send({ case: "jobCancel", value: { jobId: wireJobId(executionId), reason } });
  }

  /**
   * Hands the report to the store without waiting for it: the next report of
   * this PC goes into the same batch or the next one, in arrival order. The
   * ack goes out once the report is stored.
   */
  #onStatusReport(report: BodyOf<"statusReport">["value"], seq: number): void {
    const executionId = parseWireJobId(report.jobId ?? "");
    const clientId = this.#clientId;
    if (executionId === undefined || clientId === undefined || seq === 0) {
      throw new ProtocolError(
        "PC_PROTO_INVALID_FIELD",
        "statusReport needs a job ID from an offer and a non-zero seq",
      );
    }
    const stored = this.#ctx.ports.storeReport({
      clientId,
      agentStateId: this.#stateId,
      seq,
      executionId,
      state: stateName(report.state ?? 0),
      maintenanceCode: report.maintenanceCode || null,
      detail: report.detail || null,
      occurredAt: new Date(fromTimestamp(report.occurredAt) ?? this.#ctx.now().getTime()),
    });
    stored
      .then(
        () => this.#ackStored(seq),
        (error: unknown) => {
          // Not stored (the database failed, or the batch it was written in did): not
          // acknowledged, and the connection is closed with "try again later". An agent
          // sends the reports it holds again only once it has authenticated anew: left
          // open, the connection would keep this report waiting until the PC next
          // connected, which may be days away.
          if (error instanceof DatabaseError) {
            this.#ctx.log.warn(
              { err: error, pcId: this.pcId },
              "report not stored: closing the connection, the PC sends it again when it reconnects",
            );
            this.close(
              CloseCode.TRY_AGAIN_LATER,
              "a report could not be stored; send it again later",
            );
            return;
          }
          this.#ctx.log.warn(
            { err: error, pcId: this.pcId, jobId: report.jobId },
            "report refused",
          );
          this.#send({
            case: "error",
            value: {
              code: "PC_MGR_REPORT_REFUSED",
              message: String((error as Error).message),
              closeCode: 0,
            },
          });
          this.#ack(seq);
        },
      )
      .catch((error: unknown) => this.#fail(error));
  }

  #ackStored(seq: number): void {
    this.#storedSeqs.push(seq);
    if (this.#storedSeqs.length > 1) return;
    // Sent once the other reports of the same batch have had their turn.
    queueMicrotask(() => {
      const seqs = this.#storedSeqs;
      this.#storedSeqs = [];
      this.#send({ case: "ack", value: { seqs } });
    });
  }

  #ack(seq: number): void {
    if (seq > 0) this.#send({ case: "ack", value: { seqs: [seq] } });
  }

  #send(body: Body): void {
    if (this.#closed || this.#socket.readyState !== this.#socket.OPEN) return;
    this.#socket.send(encodeMessage({ body }, { maxFrameBytes: this.#ctx.maxFrameBytes }));
  }

  #onClose(): void {
    this.#closed = true;
    this.#ctx.onClosed(this);
  }
}
