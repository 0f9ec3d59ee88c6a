// Package download (issue: manager): only a PC the job targets may download
// its package, and a broken-off download resumes with Range.
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDownloadTokens } from "../agent-endpoint/download-token.ts";
import { createPayloadCache } from "../payloads/payload-cache.ts";
import { createPayloadStore } from "../payloads/payload-store.ts";
import { createDownloadLimiter } from "./download-limiter.ts";
import { createPackageDownloadHandler, type DownloadLookup } from "./package-download.ts";

const payload = randomBytes(100_000);
const sha256 = createHash("sha256").update(payload).digest("hex");
const tokens = createDownloadTokens(randomBytes(32));
let dir: string;
let server: Server;
let base: string;
/** The same handler with a payload cache: downloads sent from memory. */
let cachedServer: Server;
let cachedBase: string;

/**
 * Execution 7 targets client 1 (payload), client 3 with an expired relay
 * date, and client 4, to whom the job was cancelled.
 */
const lookup: DownloadLookup = {
  async packageForDownload(executionId, clientId) {
    if (executionId !== 7) return undefined;
    const entry = { sha256, size: payload.byteLength, relayExpiresAt: null, cancelled: false };
    if (clientId === 1) return entry;
    if (clientId === 3) return { ...entry, relayExpiresAt: new Date("2020-01-01T00:00:00Z") };
    if (clientId === 4) return { ...entry, cancelled: true };
    return undefined;
  },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-download-"));
  const payloads = await createPayloadStore(dir);
  await payloads.put(Readable.from([payload]));
  const listen = async (handler: ReturnType<typeof createPackageDownloadHandler>) => {
    const listening = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    return {
      listening,
      url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
    };
  };
  ({ listening: server, url: base } = await listen(
    createPackageDownloadHandler({ tokens, lookup, payloads }),
  ));
  ({ listening: cachedServer, url: cachedBase } = await listen(
    createPackageDownloadHandler({ tokens, lookup, payloads, cache: createPayloadCache(payloads) }),
  ));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => cachedServer.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  ["streamed from disk", () => base],
  ["sent from memory", () => cachedBase],
])("package download, %s", (_how, baseOf) => {
  let base: string;
  beforeAll(() => {
    base = baseOf();
  });

  it("serves the whole payload to the targeted PC", async () => {
    const res = await fetch(base + tokens.pathFor(7, 1));
    expect(res.status).toBe(200);
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(Buffer.from(await res.arrayBuffer()).equals(payload)).toBe(true);
  });

  it("resumes: the first part then the rest from a Range make the same SHA-256", async () => {
    const first = Buffer.from(
      await (
        await fetch(base + tokens.pathFor(7, 1), { headers: { range: "bytes=0-39999" } })
      ).arrayBuffer(),
    );
    const res = await fetch(base + tokens.pathFor(7, 1), {
      headers: { range: `bytes=${first.byteLength}-` },
    });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe(`bytes 40000-99999/${payload.byteLength}`);
    const rest = Buffer.from(await res.arrayBuffer());
    expect(createHash("sha256").update(first).update(rest).digest("hex")).toBe(sha256);
  });

  it("answers an unsatisfiable range with 416 and the size", async () => {
    const res = await fetch(base + tokens.pathFor(7, 1), { headers: { range: "bytes=100000-" } });
    expect(res.status).toBe(416);
    expect(res.headers.get("content-range")).toBe("bytes */100000");
  });

  it("serves a HEAD with the size and no body", async () => {
    const res = await fetch(base + tokens.pathFor(7, 1), { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(payload.byteLength));
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });
});

describe("package download", () => {
  it("refuses a PC the job does not target, and a forged or another PC's token", async () => {
    expect((await fetch(base + tokens.pathFor(7, 2))).status).toBe(403);
    expect((await fetch(base + tokens.pathFor(8, 1))).status).toBe(403);
    const other = tokens.pathFor(7, 1).replace("/7/1/", "/7/2/");
    expect((await fetch(base + other)).status).toBe(403);
    expect((await fetch(`${base}/packages/download/7/1/${"A".repeat(43)}`)).status).toBe(403);
  });

  it("answers 409 for the job an administrator cancelled", async () => {
    const answer = await fetch(base + tokens.pathFor(7, 4));
    expect(answer.status).toBe(409);
    expect(await answer.json()).toEqual({
      statusCode: 409,
      error: "Conflict: the job was cancelled",
    });
  });

  it("answers 410 once the package expired at the relay system", async () => {
    expect((await fetch(base + tokens.pathFor(7, 3))).status).toBe(410);
  });

  it("a weak secret is refused at construction", () => {
    expect(() => createDownloadTokens(new Uint8Array(8))).toThrow(RangeError);
  });

  it("serves so many at once: one more waits its turn, the next is told to come back", async () => {
    let unblock: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    const slowLookup: DownloadLookup = {
      async packageForDownload(executionId, clientId) {
        if (clientId === 1) await blocked;
        return lookup.packageForDownload(executionId, 1);
      },
    };
    const payloads = await createPayloadStore(dir);
    const handler = createPackageDownloadHandler({
      tokens,
      lookup: slowLookup,
      payloads,
      limiter: createDownloadLimiter({ maxActive: 1, maxQueued: 1, retryAfterSeconds: 7 }),
    });
    const busy = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const at = `http://127.0.0.1:${(busy.address() as AddressInfo).port}`;
    try {
      const holding = fetch(at + tokens.pathFor(7, 1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const waiting = fetch(at + tokens.pathFor(7, 4));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const refused = await fetch(at + tokens.pathFor(7, 5));
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("7");
      expect(await refused.json()).toMatchObject({ statusCode: 503 });
      unblock();
      for (const answer of [await holding, await waiting]) {
        expect(answer.status).toBe(200);
        expect(Buffer.from(await answer.arrayBuffer()).equals(payload)).toBe(true);
      }
      expect((await fetch(at + tokens.pathFor(7, 5))).status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  });
});
