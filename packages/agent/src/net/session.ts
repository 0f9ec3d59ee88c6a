/**
 * One connection of the agent to the manager's /agent endpoint (contract
 * §2): Hello, the challenge answered with the device key, AuthResult, then
 * offers, acks and heartbeats both ways, at the interval the AuthResult
 * names (kept within 1 s to 24 h). A peer silent for three heartbeat
 * intervals is dropped; a message out of order closes the socket with its
 * protocol close code. Reconnecting is the caller's business.
 */

import type { Duplex } from "node:stream";
import {
  type AgentPhase,
  assertAgentAccepts,
  type Body,
  type BodyOf,
  type ChallengeResponse,
  decodeFrame,
  encodeMessage,
  type FrameData,
  type Hello,
  ProtocolError,
  SUBPROTOCOL,
  toTimestamp,
} from "@patchcast/protocol";
import type { ClientOptions, WebSocket } from "ws";
import type { AgentLog } from "../log.ts";
import type { Timers } from "../runtime/timers.ts";

/**
 * The heartbeat interval an AuthResult may set, in ms: from 1 s (more often
 * only floods the manager) to 24 h (past 2^31 - 1 ms a timer would fire at
 * once). A value outside is taken as the nearest bound, and logged.
 */
export const HEARTBEAT_INTERVAL_RANGE_MS = { min: 1000, max: 86_400_000 } as const;

/** The manager's heartbeat interval within HEARTBEAT_INTERVAL_RANGE_MS; 0 (unset) keeps `current`. */
function heartbeatIntervalOf(named: number | undefined, current: number): number {
  if (!named) return current;
  const { min, max } = HEARTBEAT_INTERVAL_RANGE_MS;
  return Math.min(max, Math.max(min, named));
}

export type WebSocketFactory = (url: string, protocol: string, options: ClientOptions) => WebSocket;

export interface SessionHandlers {
  onAuthenticated(result: BodyOf<"authResult">["value"]): void;
  onAuthFailed(code: string, detail: string): void;
  onOffer(offer: BodyOf<"jobOffer">["value"]): void;
  onCancel(cancel: BodyOf<"jobCancel">["value"]): void;
  onAck(seqs: readonly number[]): void;
}

export interface SessionOptions {
  readonly url: string;
  readonly createWebSocket: WebSocketFactory;
  readonly socketOptions: ClientOptions;
  readonly hello: Hello;
  /** The answer to the challenge: a signature, or the code of a local failure. */
  respond(nonce: Uint8Array): Promise<ChallengeResponse>;
  readonly handlers: SessionHandlers;
  readonly timers: Timers;
  readonly now: () => number;
  readonly log: AgentLog;
  /** Used until AuthResult names one, and when it names none (default 30 s). */
  readonly heartbeatIntervalMs?: number;
  /** The whole handshake, connection to AuthResult (default 30 s). */
  readonly handshakeTimeoutMs?: number;
}

export interface Session {
  readonly authenticated: boolean;
  /** Sends an encoded Envelope; false when the socket is not open. */
  send(bytes: Uint8Array): boolean;
  sendBody(body: Body): boolean;
  close(code: number, reason: string): void;
  /** Resolves once the socket is closed, whatever closed it. */
  readonly closed: Promise<{ code: number; reason: string }>;
}

export function openSession(options: SessionOptions): Session {
  const { timers, log } = options;
  const socket = options.createWebSocket(options.url, SUBPROTOCOL, options.socketOptions);
  let phase: AgentPhase = "awaiting-challenge";
  let intervalMs = options.heartbeatIntervalMs ?? 30_000;
  let lastHeard = options.now();
  let timer: unknown;
  let ended = false;

  const isOpen = () => !ended && socket.readyState === socket.OPEN;
  // The connection under the WebSocket, from its upgrade response. What is sent
  // in one turn of the event loop (the reports resent after a reconnect, say)
  // leaves in one write: the socket is corked at the first send, uncorked on the next tick.
  let connection: Duplex | undefined;
  socket.once("upgrade", (response) => {
    connection = response.socket;
  });
  let corked = false;
  const uncork = () => {
    corked = false;
    connection?.uncork();
  };
  const send = (bytes: Uint8Array) => {
    if (!isOpen()) return false;
    if (connection && !corked) {
      corked = true;
      connection.cork();
      process.nextTick(uncork);
    }
    socket.send(bytes);
    return true;
  };
  const sendBody = (body: Body) => send(encodeMessage({ body }));
  const close = (code: number, reason: string) => {
    if (ended) return;
    if (socket.readyState === socket.CONNECTING) socket.terminate();
    else socket.close(code, reason);
  };
  const schedule = (fn: () => void, ms: number) => {
    timers.clearTimeout(timer);
    timer = timers.setTimeout(fn, ms);
  };
  const beat = () => {
    if (options.now() - lastHeard > 3 * intervalMs) {
      log.warn("manager silent for three heartbeat intervals: reconnecting", { intervalMs });
      socket.terminate();
      return;
    }
    sendBody({ case: "heartbeat", value: { sentAt: toTimestamp(options.now()), reply: false } });
    schedule(beat, intervalMs);
  };
  schedule(() => {
    log.warn("no authentication result in time: reconnecting");
    socket.terminate();
  }, options.handshakeTimeoutMs ?? 30_000);

  const onChallenge = async (nonce: Uint8Array) => {
    const response = await options.respond(nonce);
    sendBody({ case: "challengeResponse", value: response });
  };

  const handle = (body: Body) => {
    switch (body.case) {
      case "challenge":
        phase = "awaiting-auth-result";
        void onChallenge(body.value.nonce ?? new Uint8Array()).catch((error: unknown) => {
          log.error("answering the challenge failed", { err: error });
          close(1011, "agent error");
        });
        return;
      case "authResult":
        if (!body.value.ok) {
          options.handlers.onAuthFailed(body.value.maintenanceCode ?? "", body.value.detail ?? "");
          return;
        }
        phase = "authenticated";
        intervalMs = heartbeatIntervalOf(body.value.heartbeatIntervalMs, intervalMs);
        if (body.value.heartbeatIntervalMs && intervalMs !== body.value.heartbeatIntervalMs)
          log.warn("the manager's heartbeat interval is out of range: using the nearest bound", {
            namedMs: body.value.heartbeatIntervalMs,
            intervalMs,
          });
        schedule(beat, intervalMs);
        options.handlers.onAuthenticated(body.value);
        return;
      case "heartbeat":
        if (!body.value.reply)
          sendBody({ case: "heartbeat", value: { ...body.value, reply: true } });
        return;
      case "jobOffer":
        return options.handlers.onOffer(body.value);
      case "jobCancel":
        return options.handlers.onCancel(body.value);
      case "ack":
        return options.handlers.onAck((body.value.seqs ?? []).map(Number));
      case "error":
        log.warn("the manager reported an error", {
          code: body.value.code,
          detail: body.value.message,
        });
        return;
      default:
        return;
    }
  };

  socket.on("open", () => {
    lastHeard = options.now();
    send(encodeMessage({ body: { case: "hello", value: options.hello } }));
  });
  socket.on("message", (data, isBinary) => {
    lastHeard = options.now();
    try {
      const { body } = decodeFrame(data as FrameData, isBinary);
      assertAgentAccepts(phase, body.case);
      handle(body);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      log.warn("protocol error from the manager", { code: error.code, detail: error.message });
      close(error.closeCode, error.closeReason);
    }
  });
  socket.on("error", (error) => log.debug("socket error", { err: error }));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on("close", (code, reason) => {
      ended = true;
      timers.clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
  });

  return {
    get authenticated() {
      return phase === "authenticated" && isOpen();
    },
    send,
    sendBody,
    close,
    closed,
  };
}
