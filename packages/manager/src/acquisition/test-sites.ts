/**
 * Test helpers beyond the fixture: a loopback port nothing listens on, a
 * support site serving a hand-made patch information file (malformed ones
 * included), and a real HTTP proxy (the `proxy` package) that counts what
 * went through it and can refuse logins.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import { type AddressInfo, connect, createServer as createNetServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProxy } from "proxy";
import { sampleFileBytes, sha256Hex } from "../support-site/file-bytes.ts";
import { type SupportSite, startSupportSite } from "../support-site/support-site.ts";
import { PATCHINFO_FORMAT, type PatchUpdateJson } from "./patchinfo-format.ts";

/** A loopback port that was free a moment ago: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export interface CraftedFile {
  readonly name: string;
  /** What the site serves. */
  readonly bytes: Uint8Array;
  /** What the patch information file announces (default: the bytes' own). */
  readonly size?: number;
  readonly sha256?: string;
}

/** An OS security update of Windows 11 released `daysAgo` before `asOf`, with its files. */
export function craftedUpdate(
  id: string,
  asOf: Date,
  files: readonly CraftedFile[],
  extra: Partial<PatchUpdateJson> = {},
): PatchUpdateJson {
  return {
    id,
    title: `Security Update ${id}`,
    target: "os",
    products: ["Windows 11"],
    classification: "Security Updates",
    releasedAt: new Date(asOf.getTime() - 86_400_000).toISOString(),
    files: files.map((f) => ({
      name: f.name,
      url: `files/${f.name}`,
      size: f.size ?? f.bytes.byteLength,
      sha256: f.sha256 ?? sha256Hex(f.bytes),
    })),
    ...extra,
  };
}

export const sampleBytes = (name: string, size = 4096) => sampleFileBytes(name, size);

/** A support site serving `patchinfo` (an object, or raw text) and `files`; its directory goes with close(). */
export async function craftedSite(
  patchinfo: string | { updates: readonly PatchUpdateJson[] },
  files: readonly CraftedFile[] = [],
): Promise<SupportSite> {
  const dir = await mkdtemp(join(tmpdir(), "patchcast-crafted-site-"));
  await mkdir(join(dir, "files"));
  for (const file of files) await writeFile(join(dir, "files", file.name), file.bytes);
  const text =
    typeof patchinfo === "string"
      ? patchinfo
      : JSON.stringify({
          format: PATCHINFO_FORMAT,
          version: 1,
          generatedAt: new Date(0).toISOString(),
          ...patchinfo,
        });
  await writeFile(join(dir, "patchinfo.json"), text);
  const site = await startSupportSite({ dir });
  return {
    ...site,
    async close() {
      await site.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface TestProxy {
  readonly url: string;
  readonly host: string;
  /** Requests and CONNECT tunnels it handled. */
  readonly seen: string[];
  /** When set, only this user and password get through (else 407). */
  requireLogin(user: string, password: string): void;
  close(): Promise<void>;
}

export async function startTestProxy(): Promise<TestProxy> {
  const proxy = createProxy(createServer());
  const seen: string[] = [];
  proxy.on("connect", (request: IncomingMessage) => seen.push(`CONNECT ${request.url}`));
  proxy.on("request", (request: IncomingMessage) => seen.push(`${request.method} ${request.url}`));
  await new Promise<void>((done) => proxy.listen(0, "127.0.0.1", done));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    seen,
    requireLogin(user, password) {
      const expected = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
      proxy.authenticate = (request) => request.headers["proxy-authorization"] === expected;
    },
    close: () =>
      new Promise<void>((done) => {
        proxy.close(() => done());
        proxy.closeAllConnections();
      }),
  };
}

export interface CuttingForwarder {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A TCP forwarder to `port` on loopback that cuts a connection (both ways)
 * as soon as it carries `marker`, after passing that chunk on: a network
 * going down in the middle of a request.
 */
export async function startCuttingForwarder(
  port: number,
  marker: string,
): Promise<CuttingForwarder> {
  const sockets = new Set<Socket>();
  const server = createNetServer((client) => {
    const upstream = connect(port, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => undefined);
    }
    upstream.on("data", (chunk) => client.write(chunk));
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      if (chunk.includes(marker)) {
        setImmediate(() => {
          client.destroy();
          upstream.destroy();
        });
      }
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
