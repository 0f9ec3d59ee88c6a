/** Baseline: a plain static file server (node:http, the file streamed from disk). */
import { createReadStream } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline } from "node:stream/promises";
import { serveCommands } from "../lib/worker.ts";

let file = "";
let size = 0;
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
  void pipeline(createReadStream(file), res).catch(() => undefined);
});
server.maxConnections = 100_000;

serveCommands({
  async listen(command) {
    file = String(command.file);
    await writeFile(file, Buffer.alloc(Number(command.bytes), 7));
    size = (await stat(file)).size;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", 1024, resolve));
    return { port: (server.address() as AddressInfo).port };
  },
});
