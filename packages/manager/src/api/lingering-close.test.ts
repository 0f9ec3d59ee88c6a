// Lingering close (lingering-close.ts) over real sockets: a client still
// sending a body the manager has already refused gets the refusal, not a
// reset, and the connection is closed after it either way.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { afterEach, expect, it } from "vitest";
import { closeAfterAnswer } from "./lingering-close.ts";

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A server that refuses every upload with 413 before reading its body. */
async function refusingServer(lingerMs?: number): Promise<number> {
  return (await refusing(lingerMs)).port;
}

async function refusing(lingerMs?: number) {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    closeAfterAnswer(req, res, lingerMs);
    res.writeHead(413, { "content-type": "application/json" });
    res.end('{"code":"PC_MGR_PAYLOAD_TOO_LARGE"}');
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  closers.push(() => server.close());
  const port = (server.address() as AddressInfo).port;
  const connections = () =>
    new Promise<number>((resolve, reject) =>
      server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
    );
  return { port, connections };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client that starts an 8 MiB upload and reads nothing until told to. */
async function uploader(port: number, allowHalfOpen = false): Promise<Socket> {
  const client = connect({ port, host: "127.0.0.1", allowHalfOpen });
  closers.push(() => client.destroy());
  await once(client, "connect");
  client.pause();
  client.on("error", () => undefined);
  client.write(
    `POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: ${8 * 1024 * 1024}\r\n\r\n`,
  );
  client.write(Buffer.alloc(64 * 1024));
  return client;
}

/** What the client reads from now until the connection ends (5 s at most). */
async function readToEnd(client: Socket): Promise<string> {
  let text = "";
  client.on("data", (chunk: Buffer) => {
    text += chunk.toString("latin1");
  });
  const ended = new Promise((resolve) => {
    client.once("close", resolve);
    setTimeout(resolve, 5_000).unref();
  });
  client.resume();
  await ended;
  return text;
}

it("keeps the refusal for a client that sends more body before reading it", async () => {
  const client = await uploader(await refusingServer());
  await sleep(50);
  // Sent after the answer: a connection closed at once would answer this with a reset.
  client.write(Buffer.alloc(1024 * 1024));
  await sleep(50);
  client.end();
  const answer = await readToEnd(client);
  expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  expect(answer).toContain("PC_MGR_PAYLOAD_TOO_LARGE");
});

it("closes the connection after lingerMs when the client keeps its side open", async () => {
  const server = await refusing(300);
  // allowHalfOpen: the client does not close its side when the manager closes its own.
  const client = await uploader(server.port, true);
  client.resume();
  await sleep(100);
  expect(await server.connections()).toBe(1);
  while ((await server.connections()) > 0) await sleep(20);
  // Closed by the manager: what the client sends now is answered with a reset.
  const refused = new Promise((resolve) => client.once("error", resolve));
  client.write(Buffer.alloc(1024));
  await sleep(50);
  client.write(Buffer.alloc(1024));
  expect(await refused).toMatchObject({ code: expect.stringMatching(/^(ECONNRESET|EPIPE)$/) });
});
