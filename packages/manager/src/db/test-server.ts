/**
 * Which PostgreSQL server the tests run on, if any:
 * 1. PATCHCAST_TEST_DATABASE_URL (CI sets it);
 * 2. else a testcontainers PostgreSQL, when a Docker engine answers a ping
 *    within a second (checked once, without loading testcontainers);
 * 3. else none: the suites run on the embedded database only.
 */

import { existsSync } from "node:fs";
import { request } from "node:http";
import { homedir } from "node:os";
import { join } from "node:path";

export interface TestServer {
  readonly source: "PATCHCAST_TEST_DATABASE_URL" | "testcontainers";
  /** Starts the server if needed and gives its URL. */
  url(): Promise<string>;
}

const PING_TIMEOUT_MS = 1_000;

function dockerSocketPaths(): string[] {
  const host = process.env.DOCKER_HOST;
  if (host?.startsWith("unix://")) return [host.slice("unix://".length)];
  if (host) return [];
  const override = process.env.TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE;
  const runtimeDir = process.env.XDG_RUNTIME_DIR;
  return [
    ...(override ? [override] : []),
    "/var/run/docker.sock",
    join(homedir(), ".docker", "run", "docker.sock"),
    join(homedir(), ".docker", "desktop", "docker.sock"),
    ...(runtimeDir ? [join(runtimeDir, "docker.sock")] : []),
  ].filter((path) => existsSync(path));
}

function ping(target: { socketPath: string } | { host: string; port: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ ...target, path: "/_ping", timeout: PING_TIMEOUT_MS }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

/** True when a Docker engine answers; never waits more than about a second. */
export async function dockerAnswers(): Promise<boolean> {
  const host = process.env.DOCKER_HOST;
  if (host?.startsWith("tcp://")) {
    const url = new URL(host.replace(/^tcp:/, "http:"));
    // TLS engines are left to testcontainers to reach.
    if (process.env.DOCKER_TLS_VERIFY) return true;
    return ping({ host: url.hostname, port: Number(url.port || 2375) });
  }
  for (const socketPath of dockerSocketPaths()) {
    if (await ping({ socketPath })) return true;
  }
  return false;
}

let container: Promise<string> | undefined;

/** One PostgreSQL container per test process; testcontainers' reaper removes it at exit. */
function containerUrl(): Promise<string> {
  container ??= (async () => {
    const { PostgreSqlContainer } = await import("@testcontainers/postgresql");
    const started = await new PostgreSqlContainer("postgres:16-alpine").start();
    return started.getConnectionUri();
  })();
  return container;
}

export async function resolveTestServer(): Promise<TestServer | undefined> {
  const url = process.env.PATCHCAST_TEST_DATABASE_URL;
  if (url) return { source: "PATCHCAST_TEST_DATABASE_URL", url: async () => url };
  if (await dockerAnswers()) return { source: "testcontainers", url: containerUrl };
  return undefined;
}
