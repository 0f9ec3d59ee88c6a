// A package upload's body (upload-body.ts) over a real socket: a client that
// goes away before the manager starts reading the body costs that upload
// only, as an error its reader sees, never an uncaught one.
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterEach, expect, it } from "vitest";
import { PayloadTooLargeError } from "../errors.ts";
import { boundedBody } from "./upload-body.ts";

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A server handing each request to `handle`; resolves with its port. */
async function serve(handle: (req: IncomingMessage) => void): Promise<number> {
  const server = createServer((req) => handle(req));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  closers.push(() => server.close());
  return (server.address() as AddressInfo).port;
}

it("fails the reader, and nothing else, when the client goes away before the body is read", async () => {
  let reading: Promise<unknown> | undefined;
  const arrived = new Promise<void>((resolve) => {
    void serve((req) => {
      const body = boundedBody(req, 1024 * 1024);
      // The reader starts later, as the upload does after its database checks.
      req.socket.once("close", () => {
        setTimeout(() => {
          reading = pipeline(body.stream, new PassThrough().resume());
          resolve();
        }, 20);
      });
    }).then((port) => {
      const client = connect(port, "127.0.0.1", () => {
        client.write(
          "POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\n\r\nonly part of it",
        );
        setTimeout(() => client.destroy(), 20);
      });
    });
  });
  await arrived;
  await expect(reading).rejects.toMatchObject({ code: "ECONNRESET" });
});

it("refuses a declared length over the limit before reading", async () => {
  const refused = new Promise<unknown>((resolve) => {
    void serve((req) => {
      try {
        boundedBody(req, 10);
      } catch (error) {
        resolve(error);
      }
      req.socket.destroy();
    }).then((port) => {
      const client = connect(port, "127.0.0.1", () => {
        client.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n");
      });
      client.on("error", () => undefined);
    });
  });
  expect(await refused).toBeInstanceOf(PayloadTooLargeError);
});
