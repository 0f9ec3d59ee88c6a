/**
 * GET /packages/download/<execution>/<client>/<token>: the package of a job,
 * for the PC the job targets only (the token is in its signed offer), with
 * Range support so an interrupted download resumes (RFC 9110 §14). So many
 * are served at once (download-limiter.ts); past that, a PC waits its turn
 * or is answered 503 with Retry-After. Payloads of a few MiB are sent from
 * memory (payload-cache.ts), larger ones streamed from disk. The package
 * of a job an administrator cancelled is refused with 409, which the agent
 * takes for the cancel itself: a PC that asks for it before it has heard
 * of the cancel installs nothing.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import type { DownloadTokens } from "../agent-endpoint/download-token.ts";
import { parseRange } from "../payloads/byte-range.ts";
import type { PayloadCache } from "../payloads/payload-cache.ts";
import type { PayloadStore } from "../payloads/payload-store.ts";
import { createDownloadLimiter, type DownloadLimiter } from "./download-limiter.ts";

export interface DownloadLookup {
  /**
   * The payload a destination of an execution may download, or undefined
   * when the client is not (or no longer) a destination.
   */
  packageForDownload(
    executionId: number,
    clientId: number,
  ): Promise<
    { sha256: string; size: number; relayExpiresAt: Date | null; cancelled: boolean } | undefined
  >;
}

export interface PackageDownloadOptions {
  tokens: DownloadTokens;
  lookup: DownloadLookup;
  payloads: PayloadStore;
  /** Payloads kept in memory (default: none, every download read from the store). */
  cache?: PayloadCache;
  /** Downloads served at once and waiting (default: createDownloadLimiter()). */
  limiter?: DownloadLimiter;
  now?: () => Date;
}

function answer(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ statusCode: status, error: message });
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

/** Handles a download request; resolves when the answer has been sent. */
export function createPackageDownloadHandler(options: PackageDownloadOptions) {
  const now = options.now ?? (() => new Date());
  const limiter = options.limiter ?? createDownloadLimiter();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD")
      return answer(res, 405, "Method Not Allowed");
    const target = options.tokens.parse((req.url ?? "").split("?")[0] ?? "");
    if (!target) return answer(res, 403, "Forbidden: not a download this PC was offered");
    const gone = new Promise((resolve) => res.once("close", resolve));
    const release = await limiter.acquire(gone);
    if (!release) {
      if (res.destroyed) return;
      return answer(res, 503, "Service Unavailable: too many downloads at once; come back later", {
        "retry-after": String(limiter.retryAfterSeconds),
      });
    }
    try {
      await serveTarget(req, res, target);
    } finally {
      release();
    }
  };

  async function serveTarget(
    req: IncomingMessage,
    res: ServerResponse,
    target: { executionId: number; clientId: number },
  ): Promise<void> {
    const pkg = await options.lookup.packageForDownload(target.executionId, target.clientId);
    if (!pkg) return answer(res, 403, "Forbidden: the PC is not a destination of this job");
    if (pkg.cancelled) return answer(res, 409, "Conflict: the job was cancelled");
    if (pkg.relayExpiresAt && pkg.relayExpiresAt.getTime() <= now().getTime()) {
      return answer(res, 410, "Gone: the package expired at the relay system");
    }
    const { cache, payloads } = options;
    const kept = cache?.peek(pkg.sha256);
    const size = kept?.byteLength ?? (await payloads.sizeOf(pkg.sha256));
    if (size === undefined)
      return answer(res, 404, "Not Found: the payload is missing from the data directory");
    // A HEAD sends no body: nothing to load for it.
    const inMemory =
      kept ?? (req.method === "HEAD" ? undefined : await cache?.load(pkg.sha256, size));
    await sendPayload(req, res, pkg.sha256, size, (range) =>
      inMemory ? inMemory.subarray(range.start, range.end + 1) : payloads.read(pkg.sha256, range),
    );
  }
}

/** Answers with the payload, whole or the one range asked (206), or 416. */
async function sendPayload(
  req: IncomingMessage,
  res: ServerResponse,
  sha256: string,
  size: number,
  bytes: (range: { start: number; end: number }) => Buffer | Readable,
): Promise<void> {
  const range = parseRange(req.headers.range, size);
  const etag = `"${sha256}"`;
  const headers = { "content-type": "application/octet-stream", "accept-ranges": "bytes", etag };
  if (range.kind === "unsatisfiable") {
    res.writeHead(416, { ...headers, "content-range": `bytes */${size}` });
    res.end();
    return;
  }
  const ifRange = req.headers["if-range"];
  const partial = range.kind === "partial" && (ifRange === undefined || ifRange === etag);
  const start = partial ? range.start : 0;
  const end = partial ? range.end : size - 1;
  res.writeHead(partial ? 206 : 200, {
    ...headers,
    "content-length": size === 0 ? 0 : end - start + 1,
    ...(partial ? { "content-range": `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === "HEAD" || size === 0) {
    res.end();
    return;
  }
  const body = bytes({ start, end });
  if (!Buffer.isBuffer(body)) return pipeline(body, res);
  res.end(body);
  await finished(res);
}
