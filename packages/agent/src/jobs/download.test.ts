// Contract §4: after the restart "the package is downloaded (resumable,
// SHA-256 checked)"; contract §3 codes 300097090100-0400 and 0900. Over a
// real HTTP server on loopback that serves Range requests.
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MaintenanceCode } from "@patchcast/protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { JobFailure } from "../errors.ts";
import { realTimers } from "../runtime/timers.ts";
import { downloadPackage, retryAfterMs } from "./download.ts";

const payload = randomBytes(100_000);
const sha256 = createHash("sha256").update(payload).digest("hex");
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Serves `payload` with Range support, like the manager's download route. */
const serveRanges: Handler = (req, res) => {
  const match = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
  const start = match ? Number(match[1]) : 0;
  res.writeHead(match ? 206 : 200, {
    "content-length": payload.length - start,
    ...(match ? { "content-range": `bytes ${start}-${payload.length - 1}/${payload.length}` } : {}),
  });
  res.end(payload.subarray(start));
};

let server: Server;
let base: string;
let handler: Handler = serveRanges;
const ranges: (string | undefined)[] = [];
let dir: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    ranges.push(req.headers.range);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), "patchcast-agent-download-"));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  handler = serveRanges;
  ranges.length = 0;
});

let n = 0;
const download = (overrides: Partial<Parameters<typeof downloadPackage>[0]> = {}) => {
  const partPath = join(dir, `p${++n}.part`);
  return {
    partPath,
    done: downloadPackage({
      url: new URL("/pkg", base),
      partPath,
      size: payload.length,
      sha256,
      timers: realTimers,
      retries: 1,
      retryDelayMs: 1,
      ...overrides,
    }),
  };
};

const codeOf = (error: unknown) => (error instanceof JobFailure ? error.maintenanceCode : error);

describe("downloadPackage", () => {
  it("downloads whole and checks size and SHA-256", async () => {
    const { partPath, done } = download();
    await done;
    expect(await readFile(partPath)).toEqual(payload);
    expect(ranges).toEqual([undefined]);
  });

  it("resumes a partial file with Range from the bytes it holds", async () => {
    const partPath = join(dir, "resume.part");
    await writeFile(partPath, payload.subarray(0, 40_000));
    await download({ partPath }).done;
    expect(ranges).toEqual(["bytes=40000-"]);
    expect(await readFile(partPath)).toEqual(payload);
  });

  it("a connection broken off mid-way is retried from where it stopped", async () => {
    let broken = false;
    handler = (req, res) => {
      if (broken) return serveRanges(req, res);
      broken = true;
      res.writeHead(200, { "content-length": payload.length });
      res.write(payload.subarray(0, 30_000), () => res.destroy());
    };
    const { partPath, done } = download();
    await done;
    // The second request asks for the rest of what reached the file (all of it if nothing did).
    expect(ranges).toHaveLength(2);
    expect(ranges[1] ?? "bytes=0-").toMatch(/^bytes=\d+-$/);
    expect(await readFile(partPath)).toEqual(payload);
  });

  it("a server that ignores Range starts the file over", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-length": payload.length });
      res.end(payload);
    };
    const partPath = join(dir, "ignored.part");
    await writeFile(partPath, payload.subarray(0, 10_000));
    await download({ partPath }).done;
    expect(await readFile(partPath)).toEqual(payload);
  });

  it("300097090400 when the SHA-256 differs, and the bad bytes are dropped", async () => {
    const { partPath, done } = download({ sha256: "00".repeat(32) });
    expect(codeOf(await done.catch((e: unknown) => e))).toBe("300097090400");
    expect((await stat(partPath)).size).toBe(0);
  });

  it("300097090300 when the manager sends more than announced", async () => {
    const { done } = download({ size: payload.length - 1 });
    expect(codeOf(await done.catch((e: unknown) => e))).toBe("300097090300");
  });

  it.each([
    [403, "300097090100"],
    [404, "300097090100"],
    [409, "300097090800"],
    [410, "300097090900"],
  ])("answer %i is %s, without retrying", async (status, code) => {
    handler = (_req, res) => res.writeHead(status).end();
    expect(codeOf(await download().done.catch((e: unknown) => e))).toBe(code);
    expect(ranges).toHaveLength(1);
  });

  it("a full disk ends the download at once with the no-disk-space code", async () => {
    // Linux's /dev/full answers every write with ENOSPC, as a full disk does.
    const { done } = download({ partPath: "/dev/full", retries: 3 });
    const error = await done.catch((e: unknown) => e);
    expect(codeOf(error)).toBe(MaintenanceCode.NO_DISK_SPACE);
    expect((error as JobFailure).message).toMatch(/no space left/);
    // Not retried: a full disk is not a broken-off download.
    expect(ranges).toEqual([undefined]);
  });

  it("300097090200 when server errors outlast the retries", async () => {
    handler = (_req, res) => res.writeHead(503).end();
    expect(codeOf(await download({ retries: 2 }).done.catch((e: unknown) => e))).toBe(
      "300097090200",
    );
    expect(ranges).toHaveLength(3);
  });

  it("a busy manager's 503 with Retry-After is waited out, with jitter, without using up retries", async () => {
    let busyAnswers = 3;
    handler = (req, res) => {
      if (busyAnswers-- > 0) return res.writeHead(503, { "retry-after": "2" }).end();
      serveRanges(req, res);
    };
    const waits: number[] = [];
    const timers = {
      setTimeout: (fn: () => void, ms: number) => {
        waits.push(ms);
        return setImmediate(fn);
      },
      clearTimeout: (handle: unknown) => clearImmediate(handle as NodeJS.Immediate),
    };
    const { partPath, done } = download({ retries: 0, timers, random: () => 0.5 });
    await done;
    expect(await readFile(partPath)).toEqual(payload);
    expect(ranges).toHaveLength(4);
    // The waits for the manager; the rest are write batches of the attempts (100 ms).
    expect(waits.filter((ms) => ms !== 100)).toEqual([3000, 3000, 3000]);
  });

  it("a resumed download hashes the part already on disk: altered bytes there are caught", async () => {
    const partPath = join(dir, "altered.part");
    const altered = Buffer.from(payload.subarray(0, 40_000));
    altered[7] = (altered[7] as number) ^ 0xff;
    await writeFile(partPath, altered);
    const failure = await download({ partPath }).done.catch((e: unknown) => e);
    expect(ranges).toEqual(["bytes=40000-"]);
    expect(codeOf(failure)).toBe("300097090400");
    expect((await stat(partPath)).size).toBe(0);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-11-21T10:00:00Z");
  it("reads seconds or an HTTP date, kept within 1 s and 5 min", () => {
    expect(retryAfterMs("2", now)).toBe(2000);
    expect(retryAfterMs(" 0 ", now)).toBe(1000);
    expect(retryAfterMs("86400", now)).toBe(300_000);
    expect(retryAfterMs("Sat, 21 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Sat, 21 Nov 2026 09:00:00 GMT", now)).toBe(1000);
  });
  it("ignores what is absent or unreadable", () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs("", now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs("-5", now)).toBeUndefined();
  });
});
