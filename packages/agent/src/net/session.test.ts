// What a session sends in one turn of the event loop leaves in one write:
// a job's reports go out together, not a system call each; the heartbeat
// interval the manager names is kept within its range. Over a real
// WebSocket on loopback.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo, Socket } from "node:net";
import {
  type Body,
  decodeFrame,
  encodeMessage,
  type FrameData,
  PROTOCOL_VERSION,
  v1,
} from "@patchcast/protocol";
import { afterEach, expect, it, vi } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { silentLog } from "../log.ts";
import { realTimers, type Timers } from "../runtime/timers.ts";
import { HEARTBEAT_INTERVAL_RANGE_MS, openSession, type Session } from "./session.ts";

let server: WebSocketServer | undefined;
let session: Session | undefined;
afterEach(async () => {
  session?.close(1000, "done");
  await new Promise((resolve) => server?.close(resolve));
});

const ignore = () => undefined;
const handlers = {
  onAuthenticated: ignore,
  onAuthFailed: ignore,
  onOffer: ignore,
  onCancel: ignore,
  onAck: ignore,
};
const helloMessage = {
  protocolVersion: PROTOCOL_VERSION,
  pcId: "PC-1",
  hostName: "pc-1",
  role: v1.Role.ROLE_SECURITY_PC,
  agentVersion: "1.0.0",
  os: "test",
  installedUpdates: [],
  stateId: "state-0001",
};

it("sends what is sent in one turn in one write, in order", async () => {
  server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await once(server, "listening");
  const received: string[] = [];
  const hello = new Promise<void>((resolve) => {
    server?.on("connection", (peer) => {
      peer.on("message", (data, isBinary) => {
        const { body } = decodeFrame(data as FrameData, isBinary);
        received.push(body.case === "progress" ? `progress ${body.value.done}` : String(body.case));
        if (body.case === "hello") resolve();
      });
    });
  });
  let connection: Socket | undefined;
  const { port } = server.address() as AddressInfo;
  session = openSession({
    url: `ws://127.0.0.1:${port}`,
    createWebSocket: (url, protocol, options) => {
      const socket = new WebSocket(url, protocol, options);
      socket.once("upgrade", (response) => {
        connection = response.socket as Socket;
      });
      return socket;
    },
    socketOptions: {},
    hello: helloMessage,
    respond: async () => ({}),
    handlers,
    timers: realTimers,
    now: Date.now,
    log: silentLog,
  });
  await hello;
  const socket = connection as Socket;
  const writes = vi.spyOn(socket, "_write");
  const batches = vi.spyOn(socket, "_writev");
  for (const done of [1, 2, 3]) {
    session.send(
      encodeMessage({
        body: { case: "progress", value: { jobId: "J", phase: 1, done, total: 3 } },
      }),
    );
  }
  await new Promise((resolve) => setImmediate(resolve));
  expect(writes).not.toHaveBeenCalled();
  expect(batches).toHaveBeenCalledTimes(1);
  await expect.poll(() => received).toEqual(["hello", "progress 1", "progress 2", "progress 3"]);
});

/** A manager that challenges the Hello and accepts the answer, naming `heartbeatIntervalMs`. */
async function managerNaming(heartbeatIntervalMs: number): Promise<string> {
  server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await once(server, "listening");
  server.on("connection", (peer) => {
    const send = (body: Body) => peer.send(encodeMessage({ body }));
    peer.on("message", (data, isBinary) => {
      const { body } = decodeFrame(data as FrameData, isBinary);
      if (body.case === "hello")
        send({
          case: "challenge",
          value: { nonce: randomBytes(32), managerCertificates: [randomBytes(16)] },
        });
      if (body.case === "challengeResponse")
        send({
          case: "authResult",
          value: {
            ok: true,
            clientId: "PC-1",
            heartbeatIntervalMs,
            protocolVersion: PROTOCOL_VERSION,
          },
        });
    });
  });
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// Contract §2: each side heartbeats at the AuthResult's interval. A uint32 past 2^31 - 1 ms
// would make a timer fire at once, every time: a heartbeat flood.
it.each([
  [2 ** 32 - 1, HEARTBEAT_INTERVAL_RANGE_MS.max],
  [2 ** 31, HEARTBEAT_INTERVAL_RANGE_MS.max],
  [1, HEARTBEAT_INTERVAL_RANGE_MS.min],
  [45_000, 45_000],
  [0, 20_000],
])(
  "a heartbeat interval of %i ms named by the manager is kept within range: %i ms",
  async (named, expected) => {
    const url = await managerNaming(named);
    // Real timers, each delay recorded: the heartbeat scheduled after AuthResult is the last one.
    const delays: number[] = [];
    const timers: Timers = {
      setTimeout: (fn, ms) => {
        delays.push(ms);
        return realTimers.setTimeout(fn, ms);
      },
      clearTimeout: realTimers.clearTimeout,
    };
    const authenticated = new Promise<void>((resolve) => {
      session = openSession({
        url,
        createWebSocket: (target, protocol, options) => new WebSocket(target, protocol, options),
        socketOptions: {},
        hello: helloMessage,
        respond: async () => ({
          deviceCertificates: [randomBytes(16)],
          algorithm: v1.SignatureAlgorithm.SIGNATURE_ALGORITHM_ECDSA_P256_SHA256,
          signature: randomBytes(8),
        }),
        handlers: { ...handlers, onAuthenticated: () => resolve() },
        timers,
        now: Date.now,
        log: silentLog,
        heartbeatIntervalMs: 20_000,
        handshakeTimeoutMs: 10_000,
      });
    });
    await authenticated;
    expect(delays).toEqual([10_000, expected]);
  },
);
