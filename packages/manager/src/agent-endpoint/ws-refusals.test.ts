// The closes ws makes for frames it refuses, over a real socket: a raw TCP
// client speaks RFC 6455 by hand so that it can send what no WebSocket
// library sends, and reads the close frame the server answers with.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { type AddressInfo, connect, type Socket } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { giveRefusalsAReason, refusalReason } from "./ws-refusals.ts";

const MAX = 1024;
let server: WebSocketServer;
let port = 0;

beforeAll(async () => {
  server = new WebSocketServer({ port: 0, host: "127.0.0.1", maxPayload: MAX });
  server.on("connection", (socket) => {
    giveRefusalsAReason(socket, MAX);
    // ws tells of the refused frame too, after closing (the session logs it).
    socket.on("error", () => undefined);
  });
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Opens a WebSocket by hand; resolves with the socket and what follows the 101 answer. */
async function handshake(): Promise<{ socket: Socket; frames: Buffer[] }> {
  const socket = connect(port, "127.0.0.1");
  await once(socket, "connect");
  socket.write(
    `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\n\r\n`,
  );
  const frames: Buffer[] = [];
  let head = Buffer.alloc(0);
  await new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      socket.off("data", onData);
      socket.on("data", (more: Buffer) => frames.push(more));
      if (head.byteLength > end + 4) frames.push(head.subarray(end + 4));
      resolve();
    };
    socket.on("data", onData);
  });
  return { socket, frames };
}

/** A masked client frame (RFC 6455 §5.2), payload under 126 bytes. */
const frame = (firstByte: number, payload: Buffer) => {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ (mask[i % 4] as number)));
  return Buffer.concat([Buffer.from([firstByte, 0x80 | payload.byteLength]), mask, masked]);
};

/** Sends `bytes` after the handshake; resolves with the code and reason of the server's close frame. */
async function closeAnswering(bytes: Buffer): Promise<{ code: number; reason: string }> {
  const { socket, frames } = await handshake();
  socket.write(bytes);
  await once(socket, "close");
  const all = Buffer.concat(frames);
  expect(all[0]).toBe(0x88); // FIN + close
  const length = (all[1] as number) & 0x7f;
  return { code: all.readUInt16BE(2), reason: all.subarray(4, 2 + length).toString("utf8") };
}

it("gives a frame with a reserved opcode (1002) its reason", async () => {
  expect(await closeAnswering(frame(0x83, Buffer.from("x")))).toEqual({
    code: 1002,
    reason: "the frame breaks the WebSocket protocol (RFC 6455)",
  });
});

it("gives a text frame that is not UTF-8 (1007) its reason", async () => {
  expect(await closeAnswering(frame(0x81, Buffer.from([0xff, 0xfe])))).toEqual({
    code: 1007,
    reason: "invalid UTF-8 in a text or close frame",
  });
});

it("gives a message over the limit (1009) its reason, from the frame's header alone", async () => {
  // The header announces MAX + 1 bytes; none of them is sent.
  const header = Buffer.from([0x82, 0x80 | 126, ((MAX + 1) >> 8) & 0xff, (MAX + 1) & 0xff]);
  expect(await closeAnswering(Buffer.concat([header, randomBytes(4)]))).toEqual({
    code: 1009,
    reason: `PC_PROTO_FRAME_TOO_LARGE: a message is larger than the ${MAX}-byte limit`,
  });
});

it("has a reason for ws's own 1008 (too many fragments), and none for other codes", () => {
  expect(refusalReason(1008, MAX)).toBe("a message in too many fragments");
  expect(refusalReason(1000, MAX)).toBeUndefined();
  expect(refusalReason(1011, MAX)).toBeUndefined();
});
