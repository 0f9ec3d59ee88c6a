/**
 * The package download after the restart (contract §4): over HTTP(S) from
 * the path in the signed offer, into a partial file in the state directory,
 * written in batches (part-file.ts); an interrupted download resumes with
 * `Range` from what the file holds (its bytes are read back and hashed
 * again, nothing is trusted from an earlier attempt); the size and SHA-256
 * announced in the offer are checked before anything is installed. A manager serving too many downloads answers 503
 * with Retry-After: the agent comes back after that long (with jitter, so
 * that PCs turned away together do not return together), and such a wait
 * does not count as a broken-off attempt.
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat, truncate } from "node:fs/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { MaintenanceCode } from "@patchcast/protocol";
import { JobFailure } from "../errors.ts";
import { connectFrom, type PortPool } from "../net/source-ports.ts";
import { sleep, type Timers } from "../runtime/timers.ts";
import { openPartFile } from "./part-file.ts";

export interface DownloadRequestOptions {
  /** Local address to connect from (simulated fleets spread over loopback addresses). */
  readonly localAddress?: string;
  /** Ports to connect from localAddress on, taken by the process (see net/source-ports.ts). */
  readonly localPorts?: PortPool;
  /** Certificates trusted for https:// (PEM). */
  readonly ca?: string | readonly string[];
}

export interface DownloadOptions {
  readonly url: URL;
  readonly partPath: string;
  readonly size: number;
  /** Lower-case hex. */
  readonly sha256: string;
  readonly timers: Timers;
  readonly request?: DownloadRequestOptions;
  /** Attempts after the first one for a broken-off download (default 5). */
  readonly retries?: number;
  /** Delay before the first retry, doubling (default 1 s). */
  readonly retryDelayMs?: number;
  /** No byte for this long ends an attempt (default 60 s). */
  readonly idleTimeoutMs?: number;
  /** Jitter of the waits a busy manager asks for (default Math.random). */
  readonly random?: () => number;
  readonly signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

/** Thrown for an attempt that may be tried again. */
class BrokenOff extends Error {}

/** The manager is serving too many downloads: come back after `retryAfterMs`. */
class Busy extends BrokenOff {
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Longest wait a Retry-After may ask for. */
const MAX_RETRY_AFTER_MS = 300_000;

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3), within 1 s to 5 min. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const trimmed = value.trim();
  let ms = Number.NaN;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else if (/^[A-Za-z]{3}, /.test(trimmed)) ms = Date.parse(trimmed) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(1000, ms));
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
}

/** Hashes the file's first `bytes` bytes (default: all of it). */
async function hashFile(path: string, hash: Hash, bytes?: number): Promise<void> {
  if (bytes === 0) return;
  const range = bytes === undefined ? {} : { end: bytes - 1 };
  for await (const chunk of createReadStream(path, range)) hash.update(chunk as Buffer);
}

function get(
  url: URL,
  headers: Record<string, string>,
  options: DownloadOptions,
): Promise<IncomingMessage> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  const { localAddress, localPorts, ca } = options.request ?? {};
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: "GET",
      headers,
      ...(localAddress ? { localAddress } : {}),
      ...(localAddress && localPorts
        ? {
            createConnection: connectFrom(
              localAddress,
              localPorts,
              url.protocol === "https:",
            ) as never,
          }
        : {}),
      ...(ca ? { ca: typeof ca === "string" ? ca : [...ca] } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      timeout: options.idleTimeoutMs ?? 60_000,
    });
    req.on("response", resolve);
    req.on("timeout", () => req.destroy(new BrokenOff("no answer from the manager in time")));
    req.on("error", reject);
    req.end();
  });
}

function refusal(response: IncomingMessage): JobFailure | BrokenOff | undefined {
  const status = response.statusCode ?? 0;
  if (status === 410)
    return new JobFailure(MaintenanceCode.RELAY_PACKAGE_EXPIRED, "the manager answered 410 Gone");
  // The job was cancelled: the PC asked before it heard of the cancel.
  if (status === 409)
    return new JobFailure(
      MaintenanceCode.CANCELLED,
      "the manager answered 409: the job was cancelled",
    );
  if ([401, 403, 404].includes(status))
    return new JobFailure(MaintenanceCode.DOWNLOAD_REFUSED, `the manager answered ${status}`);
  const answered = `the manager answered ${status} ${response.statusMessage ?? ""}`.trim();
  if (status === 503 || status === 429) {
    const wait = retryAfterMs(response.headers["retry-after"], Date.now());
    if (wait !== undefined) return new Busy(answered, wait);
  }
  if (status !== 200 && status !== 206) return new BrokenOff(answered);
  return undefined;
}

interface Attempt {
  /** The bytes the partial file holds afterwards. */
  readonly done: number;
  /** The SHA-256 of those bytes (the part already there read back from the file). */
  readonly hash: Hash;
}

/** One attempt. */
async function attempt(options: DownloadOptions): Promise<Attempt> {
  const have = await sizeOf(options.partPath);
  if (have > options.size) await truncate(options.partPath, 0);
  const offset = have > options.size ? 0 : have;
  const hash = createHash("sha256");
  if (offset === options.size) {
    await hashFile(options.partPath, hash);
    return { done: offset, hash };
  }
  const headers: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-` } : {};
  const response = await get(options.url, headers, options);
  const refused = refusal(response);
  if (refused) {
    response.resume();
    throw refused;
  }
  const resumed = response.statusCode === 206;
  if (resumed && !(response.headers["content-range"] ?? "").startsWith(`bytes ${offset}-`)) {
    response.resume();
    await truncate(options.partPath, 0);
    throw new BrokenOff(`the manager answered another range: ${response.headers["content-range"]}`);
  }
  let done = resumed ? offset : 0;
  if (resumed) await hashFile(options.partPath, hash, offset);
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      done += chunk.byteLength;
      if (done > options.size) {
        callback(
          new JobFailure(
            MaintenanceCode.DOWNLOAD_SIZE_MISMATCH,
            `the manager sent more than the ${options.size} bytes the job announced`,
          ),
        );
        return;
      }
      hash.update(chunk);
      options.onProgress?.(done, options.size);
      callback(null, chunk);
    },
  });
  const flags = resumed ? "a" : "w";
  try {
    await pipeline(response, counter, openPartFile(options.partPath, { flags }));
  } catch (error) {
    if (error instanceof JobFailure) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOSPC") throw noSpace(error);
    throw new BrokenOff(error instanceof Error ? error.message : String(error));
  }
  return { done, hash };
}

/** The failure that ends the job at once, if `error` is one. */
function jobFailureOf(error: unknown): JobFailure | undefined {
  if (error instanceof JobFailure) return error;
  if ((error as NodeJS.ErrnoException).code === "ENOSPC") return noSpace(error);
  return undefined;
}

function noSpace(cause: unknown): JobFailure {
  return new JobFailure(
    MaintenanceCode.NO_DISK_SPACE,
    "no space left for the package in the state directory",
    { cause },
  );
}

/** Downloads and checks the package; rejects with a JobFailure. Leaves the checked file at partPath. */
export async function downloadPackage(options: DownloadOptions): Promise<void> {
  const retries = options.retries ?? 5;
  const random = options.random ?? Math.random;
  let delay = options.retryDelayMs ?? 1000;
  let lastError = "";
  for (let tries = 0; tries <= retries; tries += 1) {
    if (options.signal?.aborted) throw new BrokenOff("the agent stopped");
    try {
      const { done, hash } = await attempt(options);
      if (done === options.size) return await checkDigest(options, hash.digest("hex"));
      lastError = `the connection ended after ${done} of ${options.size} bytes`;
    } catch (error) {
      const failure = jobFailureOf(error);
      if (failure) throw failure;
      if (error instanceof Busy) {
        // Not broken off: the manager asked for a later turn.
        await sleep(options.timers, error.retryAfterMs * (1 + random()), options.signal);
        tries -= 1;
        continue;
      }
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (options.signal?.aborted) throw new BrokenOff("the agent stopped");
    if (tries < retries) {
      await sleep(options.timers, delay, options.signal);
      delay *= 2;
    }
  }
  throw new JobFailure(
    MaintenanceCode.DOWNLOAD_BROKEN_OFF,
    `the download broke off ${retries + 1} times: ${lastError}`,
  );
}

async function checkDigest(options: DownloadOptions, digest: string): Promise<void> {
  if (digest !== options.sha256) {
    await truncate(options.partPath, 0);
    throw new JobFailure(
      MaintenanceCode.DOWNLOAD_HASH_MISMATCH,
      `the package's SHA-256 is ${digest}, the job announced ${options.sha256}`,
    );
  }
}

/** True when the failure happened because the agent is stopping, not because of the job. */
export function isInterruption(error: unknown): boolean {
  return error instanceof BrokenOff;
}
