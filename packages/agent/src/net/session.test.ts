// What a session sends in one turn of the event loop leaves in one write:
// a job's reports go out together, not a system call each. Over a real
// WebSocket on loopback.
import { once } from "node:events";
import type { AddressInfo, Socket } from "node:net";
import {
  decodeFrame,
  encodeMessage,
  type FrameData,
  PROTOCOL_VERSION,
  v1,
} from "@patchcast/protocol";
import { afterEach, expect, it, vi } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { silentLog } from "../log.ts";
import { realTimers } from "../runtime/timers.ts";
import { openSession, type Session } from "./session.ts";

let server: WebSocketServer | undefined;
let session: Session | undefined;
afterEach(async () => {
  session?.close(1000, "done");
  await new Promise((resolve) => server?.close(resolve));
});

const ignore = () => undefined;

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
    hello: {
      protocolVersion: PROTOCOL_VERSION,
      pcId: "PC-1",
      hostName: "pc-1",
      role: v1.Role.ROLE_SECURITY_PC,
      agentVersion: "1.0.0",
      os: "test",
      installedUpdates: [],
      stateId: "state-0001",
    },
    respond: async () => ({}),
    handlers: {
      onAuthenticated: ignore,
      onAuthFailed: ignore,
      onOffer: ignore,
      onCancel: ignore,
      onAck: ignore,
    },
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
