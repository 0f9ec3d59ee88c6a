/**
 * The simulated support service site (contract §5): serves a directory over
 * HTTP, `patchinfo.json` at the root and the update files it lists, with
 * optional HTTP basic login. Only GET and HEAD, only regular files inside the
 * directory (no `..`, no dot-files), with Content-Length.
 */
import { timingSafeEqual } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { PATCHINFO_FILE } from "./sample-site-dir.ts";

export interface SupportSiteCredentials {
  readonly user: string;
  readonly password: string;
}

export interface SupportSiteOptions {
  /** The directory served: `patchinfo.json` and the files it lists. */
  readonly dir: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** 0: any free port (default). */
  readonly port?: number;
  /** When set, every request needs these in HTTP basic authentication. */
  readonly credentials?: SupportSiteCredentials;
  /** Awaited before each request is answered (a slow or stalled site, in demos and tests). */
  readonly beforeServe?: (path: string) => Promise<void>;
  /** Told of each request answered: method, path, status. */
  readonly onRequest?: (method: string, path: string, status: number) => void;
}

export interface SupportSite {
  /** `http://HOST:PORT/`. */
  readonly url: string;
  /** `http://HOST:PORT/patchinfo.json`. */
  readonly patchInfoUrl: string;
  readonly server: Server;
  close(): Promise<void>;
}

const REALM = 'Basic realm="patchcast support site", charset="UTF-8"';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

function authorized(request: IncomingMessage, credentials: SupportSiteCredentials): boolean {
  const header = request.headers.authorization ?? "";
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return false;
  const userOk = sameSecret(decoded.slice(0, colon), credentials.user);
  const passwordOk = sameSecret(decoded.slice(colon + 1), credentials.password);
  return userOk && passwordOk;
}

/** The file a request path names inside `root`, or undefined for anything else. */
function fileFor(root: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.length === 0) segments.push(PATCHINFO_FILE);
  if (segments.some((s) => s.startsWith(".") || s.includes("\\") || s.includes("\0"))) {
    return undefined;
  }
  const file = resolve(root, ...segments);
  return file.startsWith(root + sep) ? file : undefined;
}

function answer(response: ServerResponse, status: number, text: string, headers = {}): number {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  response.end(`${text}\n`);
  return status;
}

async function serve(
  options: SupportSiteOptions,
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<number> {
  const path = new URL(request.url ?? "/", "http://site").pathname;
  if (options.credentials && !authorized(request, options.credentials)) {
    return answer(response, 401, "login required", { "www-authenticate": REALM });
  }
  await options.beforeServe?.(path);
  if (request.method !== "GET" && request.method !== "HEAD") {
    return answer(response, 405, "method not allowed", { allow: "GET, HEAD" });
  }
  const file = fileFor(root, path);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) return answer(response, 404, "not found");
  response.writeHead(200, {
    "content-type": file.endsWith(".json") ? "application/json" : "application/octet-stream",
    "content-length": info.size,
    "cache-control": "no-cache",
  });
  if (request.method === "HEAD") response.end();
  else await pipeline(createReadStream(file), response);
  return 200;
}

/** Starts the site; resolves once it listens. */
export async function startSupportSite(options: SupportSiteOptions): Promise<SupportSite> {
  const root = resolve(options.dir);
  const server = createServer((request, response) => {
    serve(options, root, request, response).then(
      (status) => options.onRequest?.(request.method ?? "", request.url ?? "", status),
      () => {
        if (!response.headersSent) answer(response, 500, "internal error");
        else response.destroy();
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", fail);
      done();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const shown = address === "0.0.0.0" ? "127.0.0.1" : address === "::" ? "::1" : address;
  const host = shown.includes(":") ? `[${shown}]` : shown;
  const url = `http://${host}:${port}/`;
  return {
    url,
    patchInfoUrl: `${url}${PATCHINFO_FILE}`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
