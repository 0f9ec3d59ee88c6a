/** Baseline: many HTTP downloads at once, each read to the end and hashed, as a PC would. */
import { createHash } from "node:crypto";
import { get } from "node:http";
import { connectFrom, PortPool } from "@patchcast/agent";
import { serveCommands } from "../lib/worker.ts";

// From a source address, local ports are taken as the fleet takes them.
const ports = new PortPool();
/** Downloads in flight at once, per worker. */
const IN_FLIGHT = 1_000;

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
    // At most IN_FLIGHT at once: 5,000 connects at the same instant overflow the
    // server's accept queue and some are reset (the PCs of a fleet retry; these do not).
    const sizes: number[] = [];
    let next = 0;
    const lane = async () => {
      while (next < count) {
        next += 1;
        sizes.push(await download(url, address));
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, lane));
    return {
      startedAt,
      doneAt: performance.timeOrigin + performance.now(),
      bytes: sizes.reduce((a, b) => a + b, 0),
    };
  },
});
