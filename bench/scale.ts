/**
 * Issue 7, benchmarks 1 to 4 and 6, side by side with the raw limits of
 * this machine, in one scenario:
 *
 * - fleet start-up: N simulated PCs, certificates included (6);
 * - connect + authentication storm of those N PCs, against a raw `ws`
 *   connect storm of as many connections (3);
 * - a job offer to 1k / 5k / N online PCs, against a raw `ws` broadcast of
 *   as many bytes to as many connections (2);
 * - end to end for N PCs: confirm, restart, download 1 MiB, install,
 *   completed, against a static file server serving the same N downloads (4);
 * - PCs held by one manager: the fleet grown to HELD PCs, connected and
 *   authenticated, and the manager's resident memory per PC, against raw
 *   `ws` connections holding no state (1).
 *
 * The manager runs as `patchcast-manager start` in a process of its own;
 * PCs and raw clients run in worker processes of at most PER_PROCESS
 * connections each (a process may open 20,000 files here), spread over
 * source addresses 127.0.0.1, .2, … Not a test.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAdminClient } from "@patchcast/manager";
import {
  createCertificationOffice,
  issueManagerCredential,
  MANAGER_FILES,
  saveOffice,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { spawnBenchManager } from "./fleet-start.ts";
import { floorMs, measurePrimitives, requiredWork } from "./lib/floors.ts";
import {
  type CpuTimes,
  type CpuUse,
  countersDuring,
  cpuTimes,
  cpuUse,
  processTicks,
  somaxconn,
} from "./lib/kernel-counters.ts";
import {
  fleetRoot,
  LISTEN_BACKLOG,
  settledRss,
  sourceAddresses,
  startWorker,
  startWorkers,
  type Worker,
} from "./lib/worker.ts";
import type { TargetedRow } from "./status-reports.ts";

const N = Number(process.env.PATCHCAST_BENCH_SCALE_PCS ?? 10_000);
const HELD = Number(process.env.PATCHCAST_BENCH_HELD_PCS ?? 19_000);
/** PCs held over wss, for the memory per PC of a manager serving wss://. */
const WSS = Number(process.env.PATCHCAST_BENCH_WSS_PCS ?? 3_000);
const PER_PROCESS = 5_000;
const PAYLOAD_BYTES = 1024 * 1024;
const OFFER_BYTES = 2048;
const PASSWORD = "bench password";
/** The offer sizes measured: 1k, 5k and N, those that fit in N. */
const OFFER_COUNTS = [...new Set([1_000, 5_000, N].filter((count) => count <= N))];

const benchStarted = performance.now();
/** Progress of the long scenario, on stderr. */
const step = (text: string) =>
  process.stderr.write(
    `  [scale ${((performance.now() - benchStarted) / 1000).toFixed(0)}s] ${text}\n`,
  );
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/**
 * Handshakes dropped because the listen queue was full (its length capped by
 * net.core.somaxconn): each cost a PC a retransmission of a second or more.
 */
const dropped = (overflows: number | undefined) =>
  overflows
    ? `, ${overflows.toLocaleString("en-US")} handshakes dropped (listen queue ${Math.min(LISTEN_BACKLOG, somaxconn() ?? LISTEN_BACKLOG)})`
    : "";
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/**
 * How busy the cores were (all of them busy means the figure is bound by
 * CPU, not by waiting), and how much of it was `server`'s process.
 */
const busy = (cpu: CpuUse | undefined, server: string) =>
  cpu
    ? `, ${cpu.cores} cores ${Math.round(cpu.busyShare * 100)} % busy (${cpu.cpuSeconds.toFixed(1)} s CPU${cpu.serverSeconds === undefined ? "" : `, ${server} ${cpu.serverSeconds.toFixed(1)} s of it`})`
    : "";

/** The CPU use of a figure and of its baseline, for the JSON rows. */
const cpuFields = (cpu: CpuUse | undefined, baselineCpu?: CpuUse) => ({
  ...(cpu ? { cpu } : {}),
  ...(baselineCpu ? { baselineCpu } : {}),
});

/**
 * The figure's floor on this machine (lib/floors.ts), and whether the
 * target lies below it: then no implementation of the contract reaches it here.
 */
const floorNote = (floor: number | undefined, targetMs: number) =>
  floor === undefined
    ? ""
    : `; floor ${seconds(floor)}${floor > targetMs ? `, above the target's ${seconds(targetMs)}` : ""}`;
const floorField = (floor: number | undefined) => (floor === undefined ? {} : { floorMs: floor });

/** Splits `count` into worker-sized parts. */
const parts = (count: number) =>
  Array.from({ length: Math.ceil(count / PER_PROCESS) }, (_, i) =>
    Math.min(PER_PROCESS, count - i * PER_PROCESS),
  );

type Started = {
  type: string;
  startedAt: number;
  certificatesDoneAt: number;
  /** The machine's CPU times when this fleet's certificates were done. */
  cpuAtCertificates?: CpuTimes;
  /** The manager's CPU ticks then (`processTicks`). */
  managerTicksAtCertificates?: number;
  /** When each of its PCs was first authenticated. */
  authenticatedAt: number[];
  onlineAt: number;
};

async function rawScenario(addresses: string[]) {
  const server = startWorker("raw-ws-server");
  const clients: Worker[] = [];
  try {
    const { port } = await server.ask<{ type: string; port: number }>({ type: "listen" });
    const url = `ws://127.0.0.1:${port}`;
    const idle = await settledRss(server.pid);
    step(`raw ws: connect storm of ${N}`);
    // Storm: N connections at once, from client processes already loaded.
    clients.push(...(await startWorkers("raw-ws-clients", parts(N).length)));
    const storm = parts(N).map((count, i) => {
      const worker = clients[i] as Worker;
      return worker.ask<{ type: string; startedAt: number; doneAt: number }>({
        type: "connect",
        url: `${url}/w${i}`,
        count,
        localAddress: addresses[i % addresses.length],
      });
    });
    const {
      value: opened,
      overflows: stormOverflows,
      cpu: stormCpu,
    } = await countersDuring(() => Promise.all(storm), server.pid);
    const stormMs =
      Math.max(...opened.map((o) => o.doneAt)) - Math.min(...opened.map((o) => o.startedAt));
    step("raw ws: broadcasts");
    const broadcast: Record<number, { ms: number; cpu: CpuUse | undefined }> = {};
    for (const to of OFFER_COUNTS) {
      let left = to;
      const waits: Promise<{ type: string; at: number }>[] = [];
      const plan: Record<string, number> = {};
      for (const [i, worker] of clients.entries()) {
        const share = Math.min(left, parts(N)[i] ?? 0);
        left -= share;
        if (share === 0) continue;
        plan[`/w${i}`] = share;
        await worker.ask({ type: "arm", count: share });
        waits.push(worker.next<{ type: string; at: number }>("all-received"));
      }
      const { value: ms, cpu } = await countersDuring(async () => {
        const { at } = await server.ask<{ type: string; at: number }>({
          type: "broadcast",
          bytes: OFFER_BYTES,
          to: plan,
        });
        return Math.max(...(await Promise.all(waits)).map((w) => w.at)) - at;
      }, server.pid);
      broadcast[to] = { ms, cpu };
    }
    step(`raw ws: holding ${HELD}`);
    for (const [i, count] of parts(HELD - N).entries()) {
      const worker = startWorker("raw-ws-clients");
      clients.push(worker);
      await worker.ask({
        type: "connect",
        url: `${url}/held${i}`,
        count,
        localAddress: addresses[(i + 3) % addresses.length],
      });
    }
    const { connections } = await server.ask<{ type: string; connections: number }>({
      type: "count",
    });
    const perConnection = ((await settledRss(server.pid)) - idle) / connections;
    return {
      storm: { ms: stormMs, cpu: stormCpu },
      stormOverflows,
      broadcast,
      connections,
      perConnection,
    };
  } finally {
    await Promise.all(clients.map((c) => c.stop()));
    await server.stop();
  }
}

async function staticDownloads(work: string, addresses: string[]) {
  const server = startWorker("static-server");
  const clients: Worker[] = [];
  try {
    step(`static file server: ${N} downloads of 1 MiB`);
    const { port } = await server.ask<{ type: string; port: number }>({
      type: "listen",
      file: join(work, "static.bin"),
      bytes: PAYLOAD_BYTES,
    });
    clients.push(...(await startWorkers("http-clients", parts(N).length)));
    const { value: results, cpu } = await countersDuring(
      () =>
        Promise.all(
          parts(N).map((count, i) => {
            const worker = clients[i] as Worker;
            return worker.ask<{ type: string; startedAt: number; doneAt: number }>({
              type: "download",
              url: `http://127.0.0.1:${port}/update.msu`,
              count,
              localAddress: addresses[i % addresses.length],
            });
          }),
        ),
      server.pid,
    );
    const ms =
      Math.max(...results.map((r) => r.doneAt)) - Math.min(...results.map((r) => r.startedAt));
    return { ms, cpu };
  } finally {
    await Promise.all(clients.map((c) => c.stop()));
    await server.stop();
  }
}

/** `work` holds the manager and its files, `pcs` the simulated PCs' devices and state. */
async function patchcastScenario(work: string, pcs: string, addresses: string[]) {
  const office = createCertificationOffice();
  saveOffice(join(work, "office"), office);
  await writeManagerCredential(join(work, "manager", "pki"), issueManagerCredential(office));
  const databaseUrl = process.env.PATCHCAST_BENCH_DATABASE_URL;
  const manager = await spawnBenchManager(join(work, "manager"), {
    ...(databaseUrl
      ? { PATCHCAST_DATABASE_URL: databaseUrl, PATCHCAST_DATABASE_SCHEMA: `bench_${process.pid}` }
      : {}),
  });
  const fleets: { worker: Worker; pcIds: string[] }[] = [];
  const api = createAdminClient({
    baseUrl: manager.url,
    credentials: { id: "admin", password: async () => PASSWORD },
  });
  try {
    const startFleet = (worker: Worker, count: number, index: number) => {
      const prefix = `B${index}`;
      const pcIds = Array.from(
        { length: count },
        (_, i) => `${prefix}-${String(i + 1).padStart(5, "0")}`,
      );
      fleets.push({ worker, pcIds });
      return worker.ask<Started>(
        {
          type: "start",
          managerUrl: manager.agentUrl,
          officeDir: join(work, "office"),
          count,
          prefix,
          workDir: join(pcs, `fleet-${index}`),
          sourceAddresses: [addresses[index % addresses.length]],
          managerPid: manager.pid,
        },
        900_000,
      );
    };
    const idle = await settledRss(manager.pid);
    step(`patchcast: ${N} PCs start`);
    const ready = await startWorkers("fleet", parts(N).length);
    let onlineCpu: CpuTimes | undefined;
    let managerTicksOnline: number | undefined;
    const {
      value: started,
      overflows: startOverflows,
      cpu: startupCpu,
    } = await countersDuring(async () => {
      const all = await Promise.all(
        parts(N).map((count, i) => startFleet(ready[i] as Worker, count, i)),
      );
      onlineCpu = cpuTimes();
      managerTicksOnline = processTicks(manager.pid);
      return all;
    }, manager.pid);
    const first = Math.min(...started.map((s) => s.startedAt));
    const startupMs = Math.max(...started.map((s) => s.onlineAt)) - first;
    const certificatesMs = Math.max(...started.map((s) => s.certificatesDoneAt)) - first;
    // The storm starts once the last fleet has its certificates.
    const lastCertified = started.reduce((a, b) =>
      b.certificatesDoneAt > a.certificatesDoneAt ? b : a,
    );
    const stormMs = Math.max(...started.map((s) => s.onlineAt)) - lastCertified.certificatesDoneAt;
    const stormCpu = cpuUse(lastCertified.cpuAtCertificates, onlineCpu, [
      lastCertified.managerTicksAtCertificates,
      managerTicksOnline,
    ]);
    // A fleet done with its certificates sooner has some PCs online before the storm's window.
    const stormPcs = started
      .flatMap((s) => s.authenticatedAt)
      .filter((at) => at > lastCertified.certificatesDoneAt).length;

    // PCs held: grown to HELD, the manager's memory per PC against its own before any PC
    // (garbage included: an upper bound), then back to N for what follows.
    step(`patchcast: holding ${HELD} PCs`);
    const more = parts(HELD - N);
    const moreWorkers = await startWorkers("fleet", more.length);
    await Promise.all(
      more.map((count, i) => startFleet(moreWorkers[i] as Worker, count, started.length + i)),
    );
    const perPc = ((await settledRss(manager.pid)) - idle) / HELD;
    for (const { worker } of fleets.splice(started.length)) await worker.stop();

    // End to end first (every PC answers Yes), then offers of another package to
    // 1k, 5k and N PCs that answer No, so that nothing else happens after them.
    const upload = async (name: string) => {
      const file = join(work, `${name}.msu`);
      await writeFile(file, Buffer.alloc(PAYLOAD_BYTES, name.length));
      const query = new URLSearchParams({
        cabinet: "BE",
        name,
        version: "1",
        updateData: "true",
        fileName: `${name}.msu`,
      });
      return (await api.upload<{ id: number }>(`/packages?${query}`, file)).id;
    };
    await api.call("POST", "/cabinets", { id: "BE", name: "bench" });
    const everyPc = fleets.flatMap((f) => f.pcIds);
    const job = async (name: string, packageId: number, pcIds: string[], state: string) => {
      const group = await api.call<{ id: number }>("POST", "/groups", { name });
      await api.call("POST", `/groups/${group.id}/members`, { pcIds });
      const at = performance.timeOrigin + performance.now();
      const managerTicksAtExecute = processTicks(manager.pid);
      const cpuAtExecute = cpuTimes();
      const { execution } = await api.call<{ execution: { wireJobId: string } }>(
        "POST",
        "/jobs/save-and-execute",
        {
          name,
          type: "install-package",
          groupId: group.id,
          packageId,
        },
      );
      const targeted = new Set(pcIds);
      const done = await Promise.all(
        fleets.map(({ worker, pcIds: mine }) => {
          const wanted = mine.filter((id) => targeted.has(id));
          return wanted.length === 0
            ? { at }
            : worker.ask<{ type: string; at: number }>(
                { type: "until", jobId: execution.wireJobId, pcIds: wanted, state },
                900_000,
              );
        }),
      );
      const ms = Math.max(...done.map((d) => d.at)) - at;
      // Read a little after the last PC: the fleets are asked every 25 ms, and answer over IPC.
      return {
        ms,
        cpu: cpuUse(cpuAtExecute, cpuTimes(), [managerTicksAtExecute, processTicks(manager.pid)]),
      };
    };
    step("patchcast: end to end");
    for (const { worker } of fleets) await worker.ask({ type: "confirm", answer: true });
    const e2ePackage = await upload("DPT-bench-e2e");
    const { value: endToEnd, overflows: endToEndOverflows } = await countersDuring(() =>
      job("end-to-end", e2ePackage, everyPc, "completed"),
    );
    step("patchcast: offers");
    for (const { worker } of fleets) await worker.ask({ type: "confirm", answer: false });
    const offered = await upload("DPT-bench-offer");
    const offers: Record<number, { ms: number; cpu: CpuUse | undefined }> = {};
    for (const to of OFFER_COUNTS)
      offers[to] = await job(`offer-${to}`, offered, everyPc.slice(0, to), "received");
    return {
      startupMs,
      startupCpu,
      certificatesMs,
      stormMs,
      stormCpu,
      stormPcs,
      startOverflows,
      offers,
      endToEnd,
      endToEndOverflows,
      held: HELD,
      perPc,
    };
  } finally {
    await api.logout().catch(() => undefined);
    await Promise.all(fleets.map(({ worker }) => worker.stop()));
    await manager.stop();
  }
}

/** Memory per PC of a manager serving wss://, against its own before any PC. */
async function wssHeld(work: string, pcs: string, addresses: string[]) {
  const office = createCertificationOffice();
  saveOffice(join(work, "wss-office"), office);
  const pki = join(work, "wss-manager", "pki");
  await writeManagerCredential(pki, issueManagerCredential(office));
  const manager = await spawnBenchManager(join(work, "wss-manager"), {
    PATCHCAST_TLS_CERT: join(pki, MANAGER_FILES.CERTIFICATE),
    PATCHCAST_TLS_KEY: join(pki, MANAGER_FILES.KEY),
  });
  const fleets: Worker[] = [];
  const startFleet = (count: number, index: number) => {
    const worker = startWorker("fleet");
    fleets.push(worker);
    return worker.ask<Started>(
      {
        type: "start",
        managerUrl: manager.agentUrl,
        officeDir: join(work, "wss-office"),
        count,
        prefix: `W${index}`,
        workDir: join(pcs, `wss-fleet-${index}`),
        sourceAddresses: [addresses[index % addresses.length]],
        ca: office.caPem,
      },
      900_000,
    );
  };
  try {
    step(`patchcast over wss: ${WSS} PCs held`);
    const idle = await settledRss(manager.pid);
    await Promise.all(parts(WSS).map((count, i) => startFleet(count, i)));
    return { held: WSS, perPc: ((await settledRss(manager.pid)) - idle) / WSS };
  } finally {
    await Promise.all(fleets.map((worker) => worker.stop()));
    await manager.stop();
  }
}

export async function runScaleBench(): Promise<TargetedRow[]> {
  const work = await mkdtemp(join(tmpdir(), "patchcast-bench-scale-"));
  const pcs = await mkdtemp(join(fleetRoot(), "patchcast-bench-pcs-"));
  const addresses = sourceAddresses(HELD * 2, PER_PROCESS);
  try {
    step("native primitives");
    const primitives = await measurePrimitives(pcs);
    const required = requiredWork(primitives);
    step(
      `  ${Object.entries(primitives)
        .map(([name, us]) => `${name.replace(/Us$/, "")} ${us.toFixed(0)} µs`)
        .join(
          ", ",
        )}; per PC: storm ${required.storm.toFixed(0)} µs, offer ${required.offer.toFixed(0)} µs, end to end ${required.endToEnd.toFixed(0)} µs`,
    );
    const raw = await rawScenario(addresses);
    const statics = await staticDownloads(work, addresses);
    const pc = await patchcastScenario(work, pcs, addresses);
    const wss = await wssHeld(work, pcs, addresses);
    const rate = (count: number, ms: number) => (count * 1000) / ms;
    const stormFloor = floorMs(raw.storm, pc.stormPcs, required.storm);
    const endToEndFloor = floorMs(statics, N, required.endToEnd);
    const rows: TargetedRow[] = [
      {
        name: `fleet start-up, ${N} PCs with their certificates`,
        perSecond: rate(N, pc.startupMs),
        target: "< 10 s",
        met: pc.startupMs < 10_000,
        note: `${seconds(pc.startupMs)} (certificates ${seconds(pc.certificatesMs)})${busy(pc.startupCpu, "the manager")}${dropped(pc.startOverflows)}`,
        ...cpuFields(pc.startupCpu),
      },
      {
        name: `connect + auth storm, ${N} PCs`,
        perSecond: rate(N, pc.stormMs),
        target: ">= 70% of raw",
        met: pc.stormMs <= raw.storm.ms / 0.7,
        note: `${seconds(pc.stormMs)}${busy(pc.stormCpu, "the manager")}; raw ws connect storm ${seconds(raw.storm.ms)}${busy(raw.storm.cpu, "its server")}${dropped(raw.stormOverflows)}${floorNote(stormFloor, raw.storm.ms / 0.7)}${pc.stormPcs < N ? ` (${pc.stormPcs} PCs authenticated in the storm's window)` : ""}`,
        ...cpuFields(pc.stormCpu, raw.storm.cpu),
        ...floorField(stormFloor),
      },
      ...OFFER_COUNTS.map((to) => {
        const offer = pc.offers[to] as { ms: number; cpu: CpuUse | undefined };
        const baseline = raw.broadcast[to] as { ms: number; cpu: CpuUse | undefined };
        const floor = floorMs(baseline, to, required.offer);
        return {
          name: `job offer to ${to} online PCs`,
          perSecond: rate(to, offer.ms),
          target: "<= 1.5x raw",
          met: offer.ms <= 1.5 * baseline.ms,
          note: `${seconds(offer.ms)}${busy(offer.cpu, "the manager")}; raw ws broadcast ${seconds(baseline.ms)}${busy(baseline.cpu, "its server")}${floorNote(floor, 1.5 * baseline.ms)}`,
          ...cpuFields(offer.cpu, baseline.cpu),
          ...floorField(floor),
        };
      }),
      {
        name: `end to end, ${N} PCs, 1 MiB each`,
        perSecond: rate(N, pc.endToEnd.ms),
        target: "<= 1.5x static",
        met: pc.endToEnd.ms <= 1.5 * statics.ms,
        note: `${seconds(pc.endToEnd.ms)}${busy(pc.endToEnd.cpu, "the manager")}${dropped(pc.endToEndOverflows)}; static file server ${seconds(statics.ms)}${busy(statics.cpu, "the server")}${floorNote(endToEndFloor, 1.5 * statics.ms)}`,
        ...cpuFields(pc.endToEnd.cpu, statics.cpu),
        ...floorField(endToEndFloor),
      },
      {
        name: `PCs held by one manager`,
        perSecond: 0,
        target: `${raw.connections} like raw, <= 20 KiB/PC`,
        met: pc.held >= raw.connections && pc.perPc <= 20 * 1024,
        note: `${pc.held} authenticated, ${kib(pc.perPc)}/PC; raw ws ${raw.connections} at ${kib(raw.perConnection)}/connection`,
      },
      {
        name: "PCs held over wss, memory per PC",
        perSecond: 0,
        target: "<= 70 KiB/PC",
        met: wss.perPc <= 70 * 1024,
        note: `${kib(wss.perPc)}/PC with ${wss.held} PCs held over wss://`,
      },
    ];
    return rows;
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(pcs, { recursive: true, force: true });
  }
}
