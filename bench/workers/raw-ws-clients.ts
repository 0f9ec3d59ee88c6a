/**
 * Baseline: bare `ws` clients that open connections and note when each
 * first receives a message after `arm`. Reports when every one of the
 * armed count has.
 */
import { connectFrom, PortPool } from "@patchcast/agent";
import { WebSocket } from "ws";
import { serveCommands } from "../lib/worker.ts";

// From a source address, local ports are taken as the fleet takes them.
const ports = new PortPool();

const sockets: WebSocket[] = [];
let armed = 0;
let received = 0;
let lastAt = 0;

function open(url: string, localAddress: string | undefined): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, {
      perMessageDeflate: false,
      ...(localAddress
        ? { createConnection: connectFrom(localAddress, ports, false) as never }
        : {}),
    });
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
    socket.on("message", () => {
      if (armed === 0) return;
      received++;
      lastAt = performance.timeOrigin + performance.now();
      if (received === armed) {
        process.send?.({ type: "all-received", at: lastAt, count: received });
        armed = 0;
      }
    });
  });
}

serveCommands({
  async connect(command) {
    const count = Number(command.count);
    const started = performance.timeOrigin + performance.now();
    const address = command.localAddress as string | undefined;
    const batch = 500;
    for (let at = 0; at < count; at += batch) {
      const n = Math.min(batch, count - at);
      sockets.push(
        ...(await Promise.all(Array.from({ length: n }, () => open(String(command.url), address)))),
      );
    }
    return {
      opened: sockets.length,
      startedAt: started,
      doneAt: performance.timeOrigin + performance.now(),
    };
  },
  async arm(command) {
    received = 0;
    armed = Number(command.count);
    return {};
  },
});
