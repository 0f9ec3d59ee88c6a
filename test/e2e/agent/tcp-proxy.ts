/**
 * A man in the middle between agents and the real manager, over real
 * sockets: it relays TCP both ways and, on request, cuts every connection,
 * drops the manager's Acks or alters its job offers (WebSocket frames are
 * parsed whole, so nothing depends on how TCP splits them), or stalls a
 * package download after a number of bytes. It records each HTTP request
 * line and its Range header.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import { type Body, decodeMessage, encodeMessage } from "@patchcast/protocol";

export interface ProxyRules {
  /** Drop the manager's Ack messages (the reports are stored, the agent never hears so). */
  dropAcks?: boolean;
  /** Change the body of job offers on their way to the agent. */
  alterOffer?: (offer: Uint8Array) => Uint8Array;
  /** Relay at most this many bytes of each package download's answer, then hold the rest. */
  stallDownloadAfter?: number;
}

export interface TcpProxy {
  readonly port: number;
  readonly url: string;
  readonly requests: {
    line: string;
    range: string | undefined;
    /** Sec-WebSocket-Extensions, as offered. */
    extensions: string | undefined;
  }[];
  rules: ProxyRules;
  /** Destroys every open connection. */
  cutAll(): void;
  close(): Promise<void>;
}

/** A server-to-client WebSocket frame (unmasked): header plus payload. */
function frame(opcodeByte: number, payload: Uint8Array): Buffer {
  const n = payload.byteLength;
  const header =
    n < 126
      ? Buffer.from([opcodeByte, n])
      : n < 65_536
        ? Buffer.from([opcodeByte, 126, n >> 8, n & 0xff])
        : Buffer.concat([Buffer.from([opcodeByte, 127]), bigLength(n)]);
  return Buffer.concat([header, payload]);
}

function bigLength(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** Splits whole frames off `buffer`; returns them and the rest. */
function takeFrames(buffer: Buffer): { frames: { op: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { op: number; payload: Buffer }[] = [];
  let at = 0;
  for (;;) {
    if (buffer.length - at < 2) break;
    const op = buffer[at] as number;
    let len = (buffer[at + 1] as number) & 0x7f;
    let head = 2;
    if (len === 126) {
      if (buffer.length - at < 4) break;
      len = buffer.readUInt16BE(at + 2);
      head = 4;
    } else if (len === 127) {
      if (buffer.length - at < 10) break;
      len = Number(buffer.readBigUInt64BE(at + 2));
      head = 10;
    }
    if (buffer.length - at < head + len) break;
    frames.push({ op, payload: buffer.subarray(at + head, at + head + len) });
    at += head + len;
  }
  return { frames, rest: buffer.subarray(at) };
}

export async function startProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const requests: TcpProxy["requests"] = [];
  const proxy = { rules: {} as ProxyRules };

  const relayWebSocket = (upstream: Socket, client: Socket) => {
    let pending = Buffer.alloc(0);
    let upgraded = false;
    upstream.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      if (!upgraded) {
        const end = pending.indexOf("\r\n\r\n");
        if (end < 0) return;
        client.write(pending.subarray(0, end + 4));
        pending = pending.subarray(end + 4);
        upgraded = true;
      }
      const { frames, rest } = takeFrames(pending);
      pending = Buffer.from(rest);
      for (const f of frames) {
        const out = rewrite(f.op, f.payload);
        if (out) client.write(out);
      }
    });
  };

  const rewrite = (op: number, payload: Buffer): Buffer | undefined => {
    if (op !== 0x82) return frame(op, payload);
    let body: Body;
    let seq: number;
    try {
      ({ body, seq } = decodeMessage(payload));
    } catch {
      return frame(op, payload);
    }
    if (body.case === "ack" && proxy.rules.dropAcks) return undefined;
    const alter = proxy.rules.alterOffer;
    if (body.case === "jobOffer" && alter) {
      const value = { ...body.value, offer: alter(body.value.offer ?? new Uint8Array()) };
      return frame(op, encodeMessage({ seq, body: { case: "jobOffer", value } }));
    }
    return frame(op, payload);
  };

  const relayDownload = (upstream: Socket, client: Socket) => {
    let sent = 0;
    upstream.on("data", (chunk: Buffer) => {
      const limit = proxy.rules.stallDownloadAfter;
      if (limit === undefined) return void client.write(chunk);
      const room = Math.max(0, limit - sent);
      if (room > 0) client.write(chunk.subarray(0, room));
      sent += Math.min(room, chunk.length);
    });
  };

  const server: Server = createServer((client) => {
    sockets.add(client);
    client.once("data", (first: Buffer) => {
      client.pause();
      const head = first.toString("latin1");
      const line = head.split("\r\n")[0] ?? "";
      const range = /\r\nrange: *([^\r]*)/i.exec(head)?.[1];
      const extensions = /\r\nsec-websocket-extensions: *([^\r]*)/i.exec(head)?.[1];
      requests.push({ line, range, extensions });
      const upstream = connect(target.port, target.host);
      sockets.add(upstream);
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.on("close", end).on("error", end);
      client.on("close", end).on("error", end);
      upstream.once("connect", () => {
        upstream.write(first);
        client.pipe(upstream);
        client.resume();
      });
      if (/^GET \/agent/.test(line)) relayWebSocket(upstream, client);
      else if (/^GET \/packages\/download\//.test(line)) relayDownload(upstream, client);
      else upstream.pipe(client);
    });
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
  });
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    requests,
    get rules() {
      return proxy.rules;
    },
    set rules(next) {
      proxy.rules = next;
    },
    cutAll,
    close() {
      cutAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
