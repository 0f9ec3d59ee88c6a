/**
 * A fleet of simulated security PCs in a bench process of its own: started
 * on command, and reporting when all of them are online, when all have an
 * offer, and when all have completed their job.
 */
import { type Fleet, startFleet } from "@patchcast/agent";
import { loadOffice } from "@patchcast/pki-sim";
import { type CpuTimes, cpuTimes, processTicks } from "../lib/kernel-counters.ts";
import { serveCommands } from "../lib/worker.ts";

let fleet: Fleet | undefined;
/** When each PC first reported each state of each job: job → state → PC → time. */
const reached = new Map<string, Map<string, Map<string, number>>>();
let answerYes = false;
/** The first PC that ended a job in error, by job: a bench waiting for it would wait in vain. */
const failures = new Map<string, string>();
const { pid } = process;
const now = () => performance.timeOrigin + performance.now();

/** Where the PCs of `pcIds` not in `reached` stand: connection phase and the job's state, counted. */
function whereOthers(jobId: string, pcIds: string[], reached: Map<string, number> | undefined) {
  const missing = new Set(pcIds.filter((id) => !reached?.has(id)));
  const where = new Map<string, number>();
  for (const pc of fleet?.pcs ?? []) {
    if (!missing.has(pc.plan.pcId)) continue;
    const at = `${pc.view.phase}/${pc.view.jobs.get(jobId)?.state ?? "no offer"}`;
    where.set(at, (where.get(at) ?? 0) + 1);
  }
  return where.size === 0 ? "none" : [...where].map(([at, n]) => `${n} ${at}`).join(", ");
}

serveCommands({
  async start(command) {
    const startedAt = now();
    // When the certificates were issued, and the machine's CPU times then: where this fleet's storm starts.
    let certificatesDoneAt: number | undefined;
    let cpuAtCertificates: CpuTimes | undefined;
    // The manager's CPU then (where the bench says which process it is).
    const managerPid = typeof command.managerPid === "number" ? command.managerPid : undefined;
    let managerTicksAtCertificates: number | undefined;
    // When each PC was first authenticated.
    const authenticatedAt = new Map<string, number>();
    fleet = await startFleet({
      managerUrl: String(command.managerUrl),
      office: loadOffice(String(command.officeDir)),
      count: Number(command.count),
      workDir: String(command.workDir),
      prefix: String(command.prefix),
      confirm: () => answerYes,
      sourceAddresses: command.sourceAddresses as string[],
      // wss://: trust the office that issued the manager's TLS certificate.
      ...(typeof command.ca === "string" ? { socketOptions: { ca: command.ca } } : {}),
      agentOptions: { heartbeatIntervalMs: 600_000 },
      onProgress(progress) {
        if (progress.stage === "certificates" && progress.done >= progress.total) {
          certificatesDoneAt ??= now();
          cpuAtCertificates ??= cpuTimes();
          if (managerPid !== undefined) managerTicksAtCertificates ??= processTicks(managerPid);
        }
      },
      onPcEvent(pc, event) {
        if (event.type === "connection" && event.state === "authenticated") {
          if (!authenticatedAt.has(pc.plan.pcId)) authenticatedAt.set(pc.plan.pcId, now());
          return;
        }
        if (event.type !== "job") return;
        const byState = reached.get(event.jobId) ?? new Map<string, Map<string, number>>();
        reached.set(event.jobId, byState);
        const byPc = byState.get(event.state) ?? new Map<string, number>();
        byState.set(event.state, byPc);
        if (!byPc.has(pc.plan.pcId)) byPc.set(pc.plan.pcId, now());
        if (event.state === "error" && !failures.has(event.jobId)) {
          failures.set(
            event.jobId,
            `${pc.plan.pcId}: ${event.maintenanceCode ?? "no code"} ${event.detail ?? ""}`,
          );
        }
      },
    });
    const running = fleet;
    await running.until((f) => f.pcs.every((pc) => pc.view.phase === "online"), 600_000);
    return {
      startedAt,
      certificatesDoneAt: certificatesDoneAt ?? startedAt + running.timings.certificatesMs,
      cpuAtCertificates,
      managerTicksAtCertificates,
      authenticatedAt: [...authenticatedAt.values()],
      onlineAt: now(),
      online: running.pcs.length,
    };
  },
  async confirm(command) {
    answerYes = command.answer === true;
    return {};
  },
  /** Resolves once every PC of `pcIds` has reported `state` for `jobId`, with the last one's time. */
  async until(command) {
    const pcIds = command.pcIds as string[];
    const jobId = String(command.jobId);
    const state = String(command.state);
    const deadline = now() + 600_000;
    let told = now();
    for (;;) {
      const byPc = reached.get(jobId)?.get(state);
      if (byPc && pcIds.every((id) => byPc.has(id))) {
        return { at: Math.max(...pcIds.map((id) => byPc.get(id) as number)), count: pcIds.length };
      }
      if (now() - told > 15_000) {
        told = now();
        const count = pcIds.filter((id) => byPc?.has(id)).length;
        process.stderr.write(
          `  [fleet ${pid}] job ${jobId}: ${count}/${pcIds.length} ${state}; others ${whereOthers(jobId, pcIds, byPc)}\n`,
        );
      }
      const failed = failures.get(jobId);
      if (failed) throw new Error(`${jobId}: a PC ended in error instead of ${state}: ${failed}`);
      if (now() > deadline) {
        const missing = pcIds.filter((id) => !byPc?.has(id)).length;
        throw new Error(
          `${jobId}: ${missing} PCs did not reach ${state} within 10 min: ${whereOthers(jobId, pcIds, byPc)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  },
  async stop() {
    await fleet?.stop();
    return {};
  },
});
