/**
 * A PC for the endpoint's tests, speaking the wire protocol over a real
 * socket with a real authentication device: hello, the challenge signed
 * with device.key, then offers collected and reports sent until acked.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  AGENT_PATH,
  type Body,
  type BodyOf,
  decodeFrame,
  encodeMessage,
  PROTOCOL_VERSION,
  SUBPROTOCOL,
  toTimestamp,
  v1,
} from "@patchcast/protocol";
import {
  type AuthenticateOptions,
  authenticateDevice,
  createSigner,
  type DeviceAuthResult,
  signChallenge,
} from "@patchcast/protocol/auth";
import { type ClientOptions, WebSocket } from "ws";

type Offer = BodyOf<"jobOffer">["value"];
type Cancel = BodyOf<"jobCancel">["value"];

/** Messages of one kind: kept until taken, or handed to whoever waits for the next. */
function inbox<T>() {
  const items: T[] = [];
  const waiters: ((item: T) => void)[] = [];
  return {
    items,
    put(item: T) {
      const waiter = waiters.shift();
      if (waiter) waiter(item);
      else items.push(item);
    },
    next(): Promise<T> {
      const ready = items.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

export interface TestPc {
  readonly pcId: string;
  readonly socket: WebSocket;
  /** Resolves with the AuthResult. */
  readonly authResult: Promise<BodyOf<"authResult">["value"]>;
  /** Resolves with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly offers: Offer[];
  nextOffer(): Promise<Offer>;
  /** The JobCancels received and not yet taken. */
  readonly cancels: Cancel[];
  nextCancel(): Promise<Cancel>;
  /** Sends a status report and resolves when the manager acknowledges it. */
  report(jobId: string, state: number, maintenanceCode?: string): Promise<void>;
  /** Sends a heartbeat and resolves with the manager's reply. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function connectPc(
  baseUrl: string,
  device: {
    pcId: string;
    dir: string;
    authenticateOptions?: AuthenticateOptions;
    /** Present device.crt and sign with device.key without checking them first, as a broken agent would. */
    skipLocalCheck?: boolean;
  },
  /** Options of the WebSocket (a `ca` to trust for wss://). */
  socketOptions: ClientOptions = {},
): Promise<TestPc> {
  const auth: DeviceAuthResult = device.skipLocalCheck
    ? unchecked(device.dir)
    : await authenticateDevice(device.dir, device.authenticateOptions);
  const socket = new WebSocket(
    `${baseUrl.replace(/^http/, "ws")}${AGENT_PATH}`,
    SUBPROTOCOL,
    socketOptions,
  );
  const offers = inbox<Offer>();
  const cancels = inbox<Cancel>();
  const ackWaiters = new Map<number, () => void>();
  const pongWaiters: (() => void)[] = [];
  let seq = 0;
  let resolveAuth: (result: BodyOf<"authResult">["value"]) => void = () => {};
  const authResult = new Promise<BodyOf<"authResult">["value"]>((resolve) => {
    resolveAuth = resolve;
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  const send = (body: Body, withSeq = 0) => socket.send(encodeMessage({ seq: withSeq, body }));

  socket.on("message", (data, isBinary) => {
    const { body } = decodeFrame(data as Buffer, isBinary);
    if (body.case === "challenge") {
      if (!auth.ok) {
        send({
          case: "challengeResponse",
          value: { maintenanceCode: auth.code, detail: auth.detail },
        });
        return;
      }
      const signed = signChallenge(
        auth.device.signer,
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
    } else if (body.case === "authResult") {
      resolveAuth(body.value);
    } else if (body.case === "jobOffer") {
      offers.put(body.value);
    } else if (body.case === "jobCancel") {
      cancels.put(body.value);
    } else if (body.case === "ack") {
      for (const s of body.value.seqs ?? []) ackWaiters.get(s)?.();
    } else if (body.case === "heartbeat" && body.value.reply) {
      pongWaiters.shift()?.();
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
      agentVersion: "test",
      stateId: randomUUID(),
    },
  });

  return {
    pcId: device.pcId,
    socket,
    authResult,
    closed,
    offers: offers.items,
    nextOffer: offers.next,
    cancels: cancels.items,
    nextCancel: cancels.next,
    report(jobId, state, maintenanceCode = "") {
      const mySeq = ++seq;
      const acked = new Promise<void>((resolve) => ackWaiters.set(mySeq, resolve));
      send(
        {
          case: "statusReport",
          value: { jobId, state, occurredAt: toTimestamp(Date.now()), maintenanceCode },
        },
        mySeq,
      );
      return acked;
    },
    ping() {
      const pong = new Promise<void>((resolve) => pongWaiters.push(resolve));
      send({ case: "heartbeat", value: { reply: false } });
      return pong;
    },
    async close() {
      socket.close(1000);
      await closed;
    },
  };
}

/** The device's key and certificate as they are, unchecked. */
function unchecked(dir: string): DeviceAuthResult {
  const signer = createSigner({
    privateKey: readFileSync(join(dir, "device.key"), "utf8"),
    certificates: readFileSync(join(dir, "device.crt"), "utf8"),
  });
  return { ok: true, device: { signer } as never };
}
