/**
 * Fleet start-up (issue 7, item 6; issue 5): how long N simulated security
 * PCs take to be up, each with its own certificate: issuing the
 * certificates, starting the agents, and every PC authenticated by a real
 * manager (`patchcast-manager start` in a process of its own). Not a test.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFleet } from "@patchcast/agent";
import {
  createCertificationOffice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { fleetRoot, GC_ON_SIGNAL } from "./lib/worker.ts";

const MANAGER_BIN = fileURLToPath(
  new URL("../packages/manager/bin/patchcast-manager.js", import.meta.url),
);

export interface FleetStartResult {
  readonly count: number;
  readonly certificatesMs: number;
  readonly agentsMs: number;
  readonly authenticatedMs: number;
}

/** The manager in a child process; resolves with its URL and a way to stop it. */
export async function spawnBenchManager(dataDir: string, env: Record<string, string> = {}) {
  // BENCH_MANAGER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the manager.
  const nodeArgs = [
    ...GC_ON_SIGNAL,
    ...(process.env.BENCH_MANAGER_NODE_ARGS ?? "").split(" ").filter(Boolean),
  ];
  const child = spawn(
    process.execPath,
    [...nodeArgs, MANAGER_BIN, "start", "--data-dir", dataDir, "--port", "0"],
    {
      env: {
        ...process.env,
        PATCHCAST_LOG_LEVEL: "warn",
        PATCHCAST_ADMIN_PASSWORD: "bench password",
        ...env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
      const found = /listening on (https?:\/\/\S+)/.exec(out);
      if (found) resolve(found[1] as string);
    });
    child.once("exit", (code) => reject(new Error(`the manager ended (${code}) before listening`)));
  });
  return {
    url,
    agentUrl: `${url.replace(/^http/, "ws")}/agent`,
    pid: child.pid as number,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export async function runFleetStartBench(count: number): Promise<FleetStartResult> {
  const work = await mkdtemp(join(tmpdir(), "patchcast-bench-fleet-"));
  const pcs = await mkdtemp(join(fleetRoot(), "patchcast-bench-pcs-"));
  try {
    const office = createCertificationOffice();
    await writeManagerCredential(join(work, "manager", "pki"), issueManagerCredential(office));
    const manager = await spawnBenchManager(join(work, "manager"));
    try {
      const started = performance.now();
      const fleet = await startFleet({
        managerUrl: manager.agentUrl,
        office,
        count,
        workDir: pcs,
        agentOptions: { heartbeatIntervalMs: 600_000 },
      });
      await fleet.until((f) => f.pcs.every((pc) => pc.view.phase === "online"), 300_000);
      const authenticatedMs = performance.now() - started;
      await fleet.stop();
      return {
        count,
        certificatesMs: fleet.timings.certificatesMs,
        agentsMs: fleet.timings.startMs,
        authenticatedMs,
      };
    } finally {
      await manager.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(pcs, { recursive: true, force: true });
  }
}
