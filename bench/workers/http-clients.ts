/** Baseline: many HTTP downloads at once, each read to the end and hashed, as a PC would. */
import { createHash } from "node:crypto";
import { get } from "node:http";
import { connectFrom, PortPool } from "@patchcast/agent";
import { serveCommands } from "../lib/worker.ts";

// From a source address, local ports are taken as the fleet takes them.
const ports = new PortPool();

function download(url: string, localAddress: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const from = localAddress ? { createConnection: connectFrom(localAddress, ports, false) } : {};
    get(url, from as never, (res) => {
      const hash = createHash("sha256");
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.byteLength;
        hash.update(chunk);
      });
      res.on("end", () => {
        hash.digest();
        resolve(bytes);
      });
      res.on("error", reject);
    }).on("error", reject);
  });
}

serveCommands({
  async download(command) {
    const count = Number(command.count);
    const url = String(command.url);
    const address = command.localAddress as string | undefined;
    const startedAt = performance.timeOrigin + performance.now();
    const sizes = await Promise.all(Array.from({ length: count }, () => download(url, address)));
    return {
      startedAt,
      doneAt: performance.timeOrigin + performance.now(),
      bytes: sizes.reduce((a, b) => a + b, 0),
    };
  },
});
