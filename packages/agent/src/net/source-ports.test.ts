import { once } from "node:events";
import { createServer as createHttpServer, get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { type AddressInfo, createServer, connect as netConnect, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { createCertificationOffice, issueManagerCredential } from "@patchcast/pki-sim";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { connectFrom, DEFAULT_PORT_RANGE, ephemeralPortRange, PortPool } from "./source-ports.ts";

describe("PortPool", () => {
  it("hands out the ports in turn from where it starts, wrapping around", () => {
    const pool = new PortPool({ low: 40000, high: 40003 }, 0.5);
    expect([pool.take(), pool.take(), pool.take(), pool.take()]).toEqual([
      40002, 40003, 40000, 40001,
    ]);
    expect(pool.held).toBe(4);
  });

  it("skips the ports it holds, and has none to give when it holds them all", () => {
    const pool = new PortPool({ low: 40000, high: 40002 }, 0);
    expect([pool.take(), pool.take()]).toEqual([40000, 40001]);
    pool.release(40000);
    expect(pool.take()).toBe(40002);
    expect(pool.take()).toBe(40000);
    expect(pool.take()).toBeUndefined();
    pool.release(40001);
    expect(pool.take()).toBe(40001);
  });

  it("after a collision, releases the port and goes on from a random place", () => {
    const pool = new PortPool({ low: 40000, high: 40009 }, 0, () => 0.5);
    expect([pool.take(), pool.take()]).toEqual([40000, 40001]);
    pool.collided(40001);
    expect(pool.held).toBe(1);
    expect([pool.take(), pool.take()]).toEqual([40005, 40006]);
  });

  it("refuses a range that is not one", () => {
    expect(() => new PortPool({ low: 5, high: 4 })).toThrow(RangeError);
    expect(() => new PortPool({ low: 1.5, high: 4 })).toThrow(RangeError);
  });
});

describe("ephemeralPortRange", () => {
  it("reads the system's range", () => {
    expect(ephemeralPortRange(() => "32768\t60999\n")).toEqual({ low: 32768, high: 60999 });
    expect(ephemeralPortRange(() => "1024 65535")).toEqual({ low: 1024, high: 65535 });
  });

  it("falls back to the default on anything else", () => {
    for (const text of ["", "60999 32768", "0 100", "1024 70000", "a b"]) {
      expect(ephemeralPortRange(() => text)).toEqual(DEFAULT_PORT_RANGE);
    }
    expect(
      ephemeralPortRange(() => {
        throw new Error("ENOENT");
      }),
    ).toEqual(DEFAULT_PORT_RANGE);
  });
});

describe("connectFrom", () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it("connects from the source address on the pool's ports, released when the socket closes", async () => {
    const seen: { address: string | undefined; port: number | undefined }[] = [];
    const accepted: Socket[] = [];
    const server = createServer((socket) => {
      accepted.push(socket);
      seen.push({ address: socket.remoteAddress, port: socket.remotePort });
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    closers.push(async () => {
      for (const socket of accepted) socket.destroy();
      server.close();
    });
    const { port } = server.address() as AddressInfo;
    const pool = new PortPool();
    const connect = connectFrom("127.0.0.2", pool, false);
    const sockets = [0, 1, 2].map(() => connect({ host: "127.0.0.1", port }));
    await Promise.all(sockets.map((socket) => once(socket, "connect")));
    expect(pool.held).toBe(3);
    expect(sockets.map((s) => s.localAddress)).toEqual(["127.0.0.2", "127.0.0.2", "127.0.0.2"]);
    await expect.poll(() => seen.length).toBe(3);
    expect(new Set(seen.map((s) => s.port)).size).toBe(3);
    expect(seen.map((s) => s.port).sort()).toEqual(sockets.map((s) => s.localPort).sort());
    for (const socket of sockets) {
      socket.destroy();
      await once(socket, "close");
    }
    expect(pool.held).toBe(0);
  });

  it("jumps past the ports another process holds on the address", async () => {
    const accepted: Socket[] = [];
    const server = createServer((socket) => accepted.push(socket));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const others: Socket[] = [];
    closers.push(async () => {
      for (const socket of [...others, ...accepted]) socket.destroy();
      server.close();
    });
    const { port } = server.address() as AddressInfo;
    // Below the ephemeral range, on an address of its own: nothing else here picks these.
    const low = 20_000 + Math.floor(Math.random() * 5_000);
    // The other process: connections from the pool's first two ports.
    for (const localPort of [low, low + 1]) {
      others.push(netConnect({ host: "127.0.0.1", port, localAddress: "127.0.0.9", localPort }));
    }
    await Promise.all(others.map((socket) => once(socket, "connect")));
    const pool = new PortPool({ low, high: low + 9 }, 0, () => 0.5);
    const connect = connectFrom("127.0.0.9", pool, false);
    const [error] = await once(connect({ host: "127.0.0.1", port }), "error");
    expect((error as NodeJS.ErrnoException).code).toBe("EADDRNOTAVAIL");
    // Walking on in turn, the next connection would take low + 1 and fail too.
    const next = connect({ host: "127.0.0.1", port });
    await once(next, "connect");
    expect(next.localPort).toBe(low + 5);
    next.destroy();
  });

  it("serves ws and http(s).request, whose `path` is the HTTP path", async () => {
    const office = createCertificationOffice();
    const credential = issueManagerCredential(office);
    const http = createHttpServer((req, res) =>
      res.end(`${req.url} from ${req.socket.remoteAddress}`),
    );
    const wss = new WebSocketServer({ server: http });
    wss.on("connection", (socket, req) => socket.send(`hello ${req.socket.remoteAddress}`));
    http.listen(0, "127.0.0.1");
    await once(http, "listening");
    closers.push(async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      http.close();
    });
    const { port } = http.address() as AddressInfo;
    const pool = new PortPool();

    const body = await new Promise<string>((resolve, reject) => {
      httpGet(
        `http://127.0.0.1:${port}/packages/1`,
        { createConnection: connectFrom("127.0.0.3", pool, false) as never },
        (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () => resolve(text));
        },
      ).on("error", reject);
    });
    expect(body).toBe("/packages/1 from 127.0.0.3");

    const ws = new WebSocket(`ws://127.0.0.1:${port}/agent`, {
      createConnection: connectFrom("127.0.0.3", pool, false) as never,
    });
    const [greeting] = await once(ws, "message");
    expect(String(greeting)).toBe("hello 127.0.0.3");
    ws.close();

    const tls = createTlsServer(
      { cert: credential.certificatePem, key: credential.keyPem },
      (socket) => socket.end(`HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok`),
    );
    tls.listen(0, "127.0.0.1");
    await once(tls, "listening");
    closers.push(async () => tls.close());
    const secure = await new Promise<{ status: number | undefined; from: string | undefined }>(
      (resolve, reject) => {
        const req = httpsGet(
          `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`,
          { ca: office.caPem, createConnection: connectFrom("127.0.0.4", pool, true) as never },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode, from: req.socket?.localAddress });
          },
        );
        req.on("error", reject);
      },
    );
    expect(secure).toEqual({ status: 200, from: "127.0.0.4" });
  });

  it("still checks the server's certificate", async () => {
    const credential = issueManagerCredential(createCertificationOffice());
    const tls = createTlsServer({ cert: credential.certificatePem, key: credential.keyPem });
    tls.listen(0, "127.0.0.1");
    await once(tls, "listening");
    closers.push(async () => tls.close());
    const connect = connectFrom("127.0.0.2", new PortPool(), true);
    const socket = connect({
      host: "127.0.0.1",
      port: (tls.address() as AddressInfo).port,
      ca: createCertificationOffice().caPem,
    });
    const [error] = await once(socket, "error");
    expect(String((error as Error).message)).toMatch(/certificate/);
  });
});
