/**
 * Baseline: a plain static file server (node:http, the file streamed from
 * disk). The file is opened once and read at its offsets by every
 * download: 10,000 downloads at once with a descriptor each would pass the
 * 20,000 files a process may open here.
 */
import { createReadStream, openSync } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline } from "node:stream/promises";
import { LISTEN_BACKLOG, serveCommands } from "../lib/worker.ts";

let fd = -1;
let size = 0;
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
  const body = createReadStream("", { fd, start: 0, end: size - 1, autoClose: false });
  void pipeline(body, res).catch(() => undefined);
});
server.maxConnections = 100_000;

serveCommands({
  async listen(command) {
    const file = String(command.file);
    await writeFile(file, Buffer.alloc(Number(command.bytes), 7));
    size = (await stat(file)).size;
    fd = openSync(file, "r");
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", LISTEN_BACKLOG, resolve));
    return { port: (server.address() as AddressInfo).port };
  },
});
