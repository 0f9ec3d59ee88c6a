/**
 * A lean security PC for benchmarks: real wire protocol over a real socket
 * (hello, the challenge signed with its device key, offers in, reports out
 * and acks in), with its device material in memory and nothing on disk.
 * `reportLoop` keeps up to `window` reports unacknowledged, each with a
 * seq of its own, and counts the acks: each is a report the manager has
 * made durable.
 */
import { randomUUID } from "node:crypto";
import { WebSocket } from "ws";
import { type Signer, signChallenge } from "../packages/protocol/src/auth/index.ts";
import {
  AGENT_PATH,
  type Body,
  decodeFrame,
  decodeJobOffer,
  encodeMessage,
  PROTOCOL_VERSION,
  SUBPROTOCOL,
  toTimestamp,
  v1,
} from "../packages/protocol/src/index.ts";

export interface ReportLoop {
  /** Reports acknowledged so far. */
  readonly acked: number;
  /** Ack messages that acknowledged them (an Ack may name several seqs). */
  readonly ackMessages: number;
  /** Error messages the manager answered (a refused report is acknowledged too). */
  readonly refused: number;
  /** Stops sending; resolves once every report sent has been acknowledged. */
  stop(): Promise<void>;
}

export interface BenchPc {
  readonly pcId: string;
  /** The job ID of the next offer. */
  nextOffer(): Promise<string>;
  reportLoop(
    jobId: string,
    options: {
      window: number /** JobState values, sent round and round. */;
      states: readonly number[];
    },
  ): ReportLoop;
  close(): Promise<void>;
}

export async function connectBenchPc(
  agentUrl: string,
  device: { pcId: string; signer: Signer },
): Promise<BenchPc> {
  const socket = new WebSocket(
    agentUrl.endsWith(AGENT_PATH) ? agentUrl : `${agentUrl}${AGENT_PATH}`,
    SUBPROTOCOL,
  );
  const send = (body: Body, seq = 0) => socket.send(encodeMessage({ seq, body }));
  const offers: string[] = [];
  const offerWaiters: ((jobId: string) => void)[] = [];
  let onAck: (count: number) => void = () => {};
  let onError: () => void = () => {};
  let authenticated: (ok: boolean, detail: string) => void = () => {};
  const auth = new Promise<void>((resolve, reject) => {
    authenticated = (ok, detail) =>
      ok ? resolve() : reject(new Error(`${device.pcId}: ${detail}`));
  });
  socket.on("close", (code, reason) => authenticated(false, `closed ${code} ${reason.toString()}`));
  socket.on("message", (data, isBinary) => {
    const { body } = decodeFrame(data as Buffer, isBinary);
    switch (body.case) {
      case "challenge": {
        const signed = signChallenge(
          device.signer,
          body.value.nonce ?? new Uint8Array(),
          device.pcId,
        );
        send({
          case: "challengeResponse",
          value: {
            deviceCertificates: [...signed.certificates],
            algorithm: signed.algorithm,
            signature: signed.signature,
          },
        });
        return;
      }
      case "authResult":
        authenticated(body.value.ok === true, body.value.detail ?? "refused");
        return;
      case "jobOffer": {
        const jobId = decodeJobOffer(body.value.offer ?? new Uint8Array()).jobId ?? "";
        const waiter = offerWaiters.shift();
        if (waiter) waiter(jobId);
        else offers.push(jobId);
        return;
      }
      case "ack":
        onAck(body.value.seqs?.length ?? 0);
        return;
      case "error":
        onError();
        return;
      default:
        return;
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  send({
    case: "hello",
    value: {
      protocolVersion: PROTOCOL_VERSION,
      pcId: device.pcId,
      role: v1.Role.ROLE_SECURITY_PC,
      agentVersion: "bench",
      stateId: randomUUID(),
    },
  });
  await auth;

  let seq = 0;
  return {
    pcId: device.pcId,
    nextOffer() {
      const ready = offers.shift();
      return ready !== undefined
        ? Promise.resolve(ready)
        : new Promise((resolve) => offerWaiters.push(resolve));
    },
    reportLoop(jobId, { window, states }) {
      let running = true;
      let inFlight = 0;
      let drained: () => void = () => {};
      const loop = { acked: 0, ackMessages: 0, refused: 0 };
      const pump = () => {
        while (running && inFlight < window) {
          seq += 1;
          inFlight += 1;
          const state = states[seq % states.length] as number;
          send(
            { case: "statusReport", value: { jobId, state, occurredAt: toTimestamp(Date.now()) } },
            seq,
          );
        }
        if (inFlight === 0) drained();
      };
      onAck = (count) => {
        inFlight -= count;
        loop.acked += count;
        loop.ackMessages += 1;
        pump();
      };
      onError = () => {
        loop.refused += 1;
      };
      pump();
      return {
        get acked() {
          return loop.acked;
        },
        get ackMessages() {
          return loop.ackMessages;
        },
        get refused() {
          return loop.refused;
        },
        stop() {
          running = false;
          return new Promise<void>((resolve) => {
            drained = resolve;
            if (inFlight === 0) resolve();
          });
        },
      };
    },
    close() {
      return new Promise<void>((resolve) => {
        if (socket.readyState === socket.CLOSED) return resolve();
        socket.once("close", () => resolve());
        socket.close(1000, "bench over");
      });
    },
  };
}
