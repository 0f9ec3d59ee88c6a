/**
 * The demo a new user runs first (`npm run demo`): a manager on embedded
 * PostgreSQL, the simulated support site, one acquisition of OS updates,
 * a fleet of simulated security PCs with a visible fault mix, and one
 * Install package job for a freshly acquired update, followed live until
 * every PC has settled. Everything goes through the manager's admin API, as
 * the admin CLI does, and everything is removed at the end.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Fleet, startFleet } from "@patchcast/agent";
import {
  type AdminClient,
  createAdminClient,
  startManager,
  startSupportSite,
  writeSampleSite,
} from "@patchcast/manager";
import {
  createCertificationOffice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import {
  type Destination,
  type ExecutionView,
  isSettled,
  progressOf,
  statusTable,
} from "./status-view.ts";

export interface DemoIo {
  readonly out: (line: string) => void;
  /** Rewrites a progress line in place (a terminal); absent: progress is printed now and then. */
  readonly status?: (line: string) => void;
}

export interface DemoOptions {
  readonly count?: number;
  /** Give up waiting for the PCs after this long (default 90 s). */
  readonly timeoutMs?: number;
}

const FAULTS = [
  { kind: "expired", percent: 6 },
  { kind: "revoked", percent: 4 },
  { kind: "missing-ca", percent: 4 },
  { kind: "tampered-job", percent: 2 },
] as const;

interface AcquisitionRunView {
  run: { id: number; selected: number; packaged: number; failed: number };
  items: { outcome: string; packageId: number | null; packageName: string; updateId: string }[];
  lines: { line: string }[];
}

async function acquire(api: AdminClient, siteUrl: string, io: DemoIo) {
  await api.call("PUT", "/settings/network", { supportSiteUrl: siteUrl });
  const { id } = await api.call<{ id: number }>("POST", "/acquisition/runs?wait=true");
  const { run, items, lines } = await api.call<AcquisitionRunView>(
    "GET",
    `/acquisition/runs/${id}`,
  );
  io.out(
    `   run ${run.id}: ${run.selected} updates selected (OS, Critical and Security Updates, last 60 days), ` +
      `${run.packaged} packaged, ${run.failed} failed`,
  );
  for (const { line } of lines.slice(0, 3)) io.out(`   DPT.LOG: ${line}`);
  const chosen = items.find((item) => item.packageId !== null);
  if (!chosen) throw new Error("the acquisition packaged nothing: see the DPT.LOG lines above");
  io.out(`   taking ${chosen.updateId}: package ${chosen.packageName}`);
  return chosen;
}

async function follow(
  api: AdminClient,
  fleet: Fleet,
  executionId: number,
  io: DemoIo,
  timeoutMs: number,
): Promise<Destination[]> {
  const declined = () =>
    new Set(fleet.pcs.filter((pc) => pc.view.state === "declined").map((pc) => pc.plan.pcId));
  const started = Date.now();
  let lastPrinted = 0;
  for (;;) {
    const view = await api.call<ExecutionView>("GET", `/executions/${executionId}`);
    const line = `   ${((Date.now() - started) / 1000).toFixed(1)}s  ${progressOf(view.destinations)}`;
    if (io.status) io.status(line);
    else if (Date.now() - lastPrinted > 3_000) {
      io.out(line);
      lastPrinted = Date.now();
    }
    if (isSettled(view.destinations, declined())) {
      if (io.status) io.status("");
      io.out(line);
      return view.destinations;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `the PCs had not settled after ${timeoutMs / 1000} s: ${progressOf(view.destinations)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function runDemo(io: DemoIo, options: DemoOptions = {}): Promise<void> {
  const count = options.count ?? 50;
  const work = await mkdtemp(join(tmpdir(), "patchcast-demo-"));
  const closers: (() => Promise<unknown>)[] = [];
  try {
    io.out(`patchcast demo: a manager, a support site and ${count} simulated security PCs\n`);
    io.out("1. Certification office, and the manager's signing certificate from it");
    const office = createCertificationOffice({ name: "patchcast Demo Certification Office" });
    await writeManagerCredential(join(work, "manager", "pki"), issueManagerCredential(office));

    const password = randomBytes(12).toString("base64url");
    const manager = await startManager({
      dataDir: join(work, "manager"),
      port: 0,
      adminPassword: password,
    });
    closers.push(() => manager.close());
    io.out(`2. Manager on embedded PostgreSQL: ${manager.url}  (PCs: ${manager.agentUrl})`);
    const api = createAdminClient({
      baseUrl: manager.url,
      credentials: { id: "admin", password: async () => password },
    });
    closers.push(() => api.logout());

    const catalogue = await writeSampleSite(join(work, "support-site"), new Date());
    const site = await startSupportSite({ dir: join(work, "support-site"), port: 0 });
    closers.push(() => site.close());
    io.out(
      `3. Support service site: ${site.patchInfoUrl}  (${catalogue.patchinfo.updates.length} updates)`,
    );

    io.out("4. Acquisition of OS updates, on demand (every day at 0:00 UTC once switched on)");
    const update = await acquire(api, site.patchInfoUrl, io);

    io.out(
      `5. Fleet of ${count} security PCs: ${FAULTS.map((f) => `${f.kind} ${f.percent}%`).join(", ")}, one answers No`,
    );
    const fleet = await startFleet({
      managerUrl: manager.agentUrl,
      office,
      count,
      workDir: join(work, "fleet"),
      faults: FAULTS,
      confirm: { yesPercent: 100 - 100 / count },
      registerFirst: true,
      agentOptions: { backoff: { initialMs: 200, maxMs: 2_000 } },
    });
    closers.push(() => fleet.stop());
    const { certificatesMs } = fleet.timings;
    io.out(
      `   ${count} certificates in ${(certificatesMs / 1000).toFixed(1)} s; every PC registered, then the faulty ones got their fault`,
    );

    io.out("6. Destination group of the security PCs, and an Install package job to it");
    const group = await api.call<{ id: number }>("POST", "/groups", {
      name: "security-pcs",
      description: "every security PC of the demo",
    });
    await api.call("POST", `/groups/${group.id}/members`, {
      pcIds: fleet.pcs.map((pc) => pc.plan.pcId),
    });
    const { execution } = await api.call<{ execution: { executionId: number } }>(
      "POST",
      "/jobs/save-and-execute",
      {
        name: `Install ${update.updateId}`,
        type: "install-package",
        groupId: group.id,
        packageId: update.packageId,
      },
    );
    io.out(`   job "Install ${update.updateId}" executed; following its status:`);
    const destinations = await follow(
      api,
      fleet,
      execution.executionId,
      io,
      options.timeoutMs ?? 90_000,
    );

    io.out(
      "\n7. Job execution status (seed 001: state, and for errors the code, cause and action)\n",
    );
    for (const line of statusTable(destinations)) io.out(line);
    io.out("");
    io.out("Where to look next:");
    io.out(
      "  patchcast-manager start --help        run a manager of your own (docs/OPERATIONS.md)",
    );
    io.out("  patchcast-manager status --help       the same table from the admin CLI");
    io.out("  patchcast-manager job cancel --help   withdraw a job from the PCs still to run it");
    io.out("  /api/v1/openapi.json                  the admin API the CLI uses");
    io.out(
      "  DATA_DIR/LOG/DPT.LOG                  acquisition messages (patchcast-manager acquisition log)",
    );
    io.out("  patchcast-manager explain DPT012-W    what a DPT.LOG message means and what to do");
    io.out("  patchcast-fleet --help                fleets of your own, with any fault mix");
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}
