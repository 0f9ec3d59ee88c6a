/**
 * Baseline: a bare `ws` server holding connections with no state of its
 * own, and broadcasting bytes to them. What patchcast's figures are read
 * against.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { LISTEN_BACKLOG, serveCommands } from "../lib/worker.ts";

const server = createServer();
const wss = new WebSocketServer({ server, perMessageDeflate: false });
/** The connections of each client worker, by the path it connected to. */
const byPath = new Map<string, Set<WebSocket>>();
wss.on("connection", (socket, request) => {
  socket.on("error", () => undefined);
  const path = request.url ?? "/";
  const set = byPath.get(path) ?? new Set<WebSocket>();
  byPath.set(path, set);
  set.add(socket);
  socket.once("close", () => set.delete(socket));
});

serveCommands({
  async listen() {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", LISTEN_BACKLOG, resolve));
    return { port: (server.address() as AddressInfo).port };
  },
  async count() {
    return { connections: wss.clients.size };
  },
  /** Sends `bytes` to as many connections of each path as `to` says. */
  async broadcast(command) {
    const bytes = Buffer.alloc(Number(command.bytes), 1);
    const to = command.to as Record<string, number>;
    const at = performance.timeOrigin + performance.now();
    let sent = 0;
    for (const [path, count] of Object.entries(to)) {
      let left = count;
      for (const socket of byPath.get(path) ?? []) {
        if (left-- <= 0) break;
        socket.send(bytes);
        sent++;
      }
    }
    return { sent, at };
  },
});
