/**
 * Baseline: a bare `ws` server holding connections with no state of its
 * own, and broadcasting bytes to them. What patchcast's figures are read
 * against.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { serveCommands } from "../lib/worker.ts";

const server = createServer();
const wss = new WebSocketServer({ server, perMessageDeflate: false });
wss.on("connection", (socket) => socket.on("error", () => undefined));

serveCommands({
  async listen() {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port };
  },
  async count() {
    return { connections: wss.clients.size };
  },
  async broadcast(command) {
    const bytes = Buffer.alloc(Number(command.bytes), 1);
    const limit = Number(command.to ?? Number.POSITIVE_INFINITY);
    const at = performance.timeOrigin + performance.now();
    let sent = 0;
    for (const socket of wss.clients) {
      if (sent >= limit) break;
      socket.send(bytes);
      sent++;
    }
    return { sent, at };
  },
});
