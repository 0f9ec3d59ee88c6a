// runJob over a real HTTP server: an install that outlasts its time limit
// ends the job with TIMED_OUT (contract §3), its signal aborted so that an
// installer that can stop does, and the payload is removed all the same.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type JobOffer, MaintenanceCode } from "@patchcast/protocol";
import { afterAll, beforeAll, expect, it } from "vitest";
import { JobFailure } from "../errors.ts";
import type { Installer, InstallRequest } from "../installer/installer.ts";
import type { Timers } from "../runtime/timers.ts";
import { DOWNLOADS_DIR, partPathOf, runJob } from "./run-job.ts";

const payload = Buffer.alloc(4096, 9);
let server: Server;
let base: URL;
let stateDir = "";

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), "patchcast-run-job-"));
  // The agent makes it when it opens its state directory.
  await mkdir(join(stateDir, DOWNLOADS_DIR));
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-length": payload.byteLength });
    res.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(stateDir, { recursive: true, force: true });
});

const offer: JobOffer = {
  jobId: "J-1",
  package: {
    packageId: "KB1",
    name: "KB1",
    version: "1",
    size: payload.byteLength,
    sha256: createHash("sha256").update(payload).digest(),
    downloadUrl: "/packages/download/x",
  },
};

/** Real timers, except that the install's limit (the only one of an hour) is kept to be fired by the test. */
function timersWithLimit() {
  const limits: (() => void)[] = [];
  const timers: Timers = {
    setTimeout: (fn, ms) => (ms === 3_600_000 ? limits.push(fn) : setTimeout(fn, ms)),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  return { timers, fireLimit: () => limits.shift()?.() };
}

it("ends an install that outlasts its time limit with TIMED_OUT, its signal aborted", async () => {
  const { timers, fireLimit } = timersWithLimit();
  let asked: InstallRequest | undefined;
  const hanging: Installer = {
    inventory: async () => [],
    install: (request) => {
      asked = request;
      fireLimit();
      return new Promise(() => undefined);
    },
  };
  const states: number[] = [];
  const failure = await runJob("J-1", "J-1.json", offer, {
    stateDir,
    httpBase: base,
    installer: hanging,
    timers,
    now: () => Date.now(),
    signal: new AbortController().signal,
    installTimeoutMs: 3_600_000,
    retries: 0,
    report: async (state) => {
      states.push(state);
    },
    progress: () => undefined,
  }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(JobFailure);
  expect((failure as JobFailure).maintenanceCode).toBe(MaintenanceCode.TIMED_OUT);
  expect((failure as Error).message).toBe("the installer did not finish within 3600 s");
  expect(asked?.signal?.aborted).toBe(true);
  expect(existsSync(partPathOf(stateDir, "J-1.json"))).toBe(false);
});
