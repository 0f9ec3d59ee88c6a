/**
 * A fleet of simulated security PCs in one process (`patchcast-fleet`, and
 * `startFleet()` for tests, demos and benchmarks). Each PC is the real agent
 * runtime with its own certificate, state directory and connection; its
 * restart is the simulated PC's boot (runAgent), its installer the
 * simulated one, and its restart-confirm answer comes from the plan.
 */
import { mkdir } from "node:fs/promises";
import type { CertificationOffice } from "@patchcast/pki-sim";
import { createCertificateCache } from "@patchcast/protocol/auth";
import type { ClientOptions } from "ws";
import type { RestartQuestion } from "../confirm/confirm.ts";
import { PortPool } from "../net/source-ports.ts";
import type { AgentEvent, AgentOptions } from "../runtime/agent-options.ts";
import { type AgentRun, runAgent } from "../runtime/run-agent.ts";
import { type ConfirmSpec, type FaultShare, type PcPlan, planFleet } from "./fleet-plan.ts";
import { inBatches } from "./in-batches.ts";
import { PcView } from "./pc-view.ts";
import { type ProvisionedPc, provisionFleet, provisionPc } from "./provision.ts";
import { tamperStoredJobs } from "./tamper-stored-job.ts";

export type FleetConfirm =
  | ConfirmSpec
  | ((pc: PcPlan, question: RestartQuestion) => boolean | Promise<boolean>);

export interface FleetOptions {
  /** ws(s)://HOST:PORT of the manager. */
  readonly managerUrl: string;
  /** The certification office the manager trusts: it issues every PC's device. */
  readonly office: CertificationOffice;
  readonly count: number;
  /** Devices and state directories: `<workDir>/<pc-id>/{device,state}`. */
  readonly workDir: string;
  readonly faults?: readonly FaultShare[];
  /** Default "yes". A function answers for each PC and question. */
  readonly confirm?: FleetConfirm;
  readonly prefix?: string;
  readonly seed?: number;
  /** Source addresses to spread the connections over (127.0.0.2, …): ~28k ports each. */
  readonly sourceAddresses?: readonly string[];
  /** Options of every connection (a `ca` for wss://). */
  readonly socketOptions?: ClientOptions;
  /** fsync state files (default false: a simulated PC does not lose power). */
  readonly durable?: boolean;
  /** PCs starting at the same time (default 200). */
  readonly startConcurrency?: number;
  /**
   * Register every PC with the manager first: PCs with a device fault start
   * with a sound certificate, and once every PC is online they restart with
   * their faulty one, as PCs whose certificate expired, was revoked or lost
   * its CA after they were registered (the manager then records their code
   * on their jobs). Default false: a faulty PC is never registered.
   */
  readonly registerFirst?: boolean;
  /** More options for every agent (backoff, heartbeat, timers…). */
  readonly agentOptions?: Partial<AgentOptions>;
  /** Told of each stage of the start. */
  readonly onProgress?: (progress: FleetProgress) => void;
  /** Told of every event of every PC, after the PC's view has taken it. */
  readonly onPcEvent?: (pc: FleetPc, event: AgentEvent) => void;
}

export type FleetProgress =
  | { readonly stage: "certificates"; readonly done: number; readonly total: number }
  | { readonly stage: "starting"; readonly done: number; readonly total: number }
  | { readonly stage: "registered"; readonly faulty: number }
  | { readonly stage: "running" };

export interface FleetPc {
  readonly plan: PcPlan;
  readonly view: PcView;
  readonly deviceDir: string;
  readonly stateDir: string;
  /** How many times its runtime has started (a restart adds one). */
  readonly boots: number;
}

export interface Fleet {
  readonly pcs: readonly FleetPc[];
  /** Milliseconds spent issuing the certificates, and starting the agents. */
  readonly timings: { readonly certificatesMs: number; readonly startMs: number };
  /** How many PCs have settled (see PcView.settled). */
  settledCount(): number;
  /** Resolves once `predicate` holds for the fleet, checked after every event. */
  until(predicate: (fleet: Fleet) => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

interface Member extends FleetPc {
  boots: number;
  run?: AgentRun;
  wasSettled: boolean;
}

function confirmFor(spec: FleetConfirm | undefined, plan: PcPlan) {
  if (typeof spec === "function") {
    return async (question: RestartQuestion) => spec(plan, question);
  }
  return async () => plan.answersYes;
}

export async function startFleet(options: FleetOptions): Promise<Fleet> {
  const concurrency = options.startConcurrency ?? 200;
  if (!(Number.isSafeInteger(concurrency) && concurrency > 0)) {
    throw new RangeError(`startConcurrency must be a positive integer: got ${concurrency}`);
  }
  const confirm = typeof options.confirm === "function" ? undefined : options.confirm;
  const plans = planFleet({
    count: options.count,
    ...(options.faults ? { faults: options.faults } : {}),
    ...(confirm ? { confirm } : {}),
    ...(options.prefix ? { prefix: options.prefix } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  await mkdir(options.workDir, { recursive: true });
  const progress = options.onProgress ?? (() => undefined);

  const certificatesStarted = performance.now();
  const provisioned = await provisionFleet(options.office, plans, options.workDir, {
    sound: options.registerFirst === true,
    onProgress: (done) => progress({ stage: "certificates", done, total: plans.length }),
  });
  const certificatesMs = performance.now() - certificatesStarted;

  const members: Member[] = provisioned.map((pc) => ({
    plan: pc.plan,
    view: new PcView(),
    deviceDir: pc.deviceDir,
    stateDir: pc.stateDir,
    boots: 0,
    wasSettled: false,
  }));
  let settled = 0;
  const watchers = new Set<() => void>();
  // A predicate may look at every PC: run the watchers once per turn of the
  // event loop, not once per event, or a 10,000-PC start costs N² checks.
  let checkScheduled = false;
  const scheduleChecks = () => {
    if (checkScheduled || watchers.size === 0) return;
    checkScheduled = true;
    setImmediate(() => {
      checkScheduled = false;
      for (const check of [...watchers]) check();
    });
  };
  const fleet: Fleet = {
    pcs: members,
    timings: { certificatesMs, startMs: 0 },
    settledCount: () => settled,
    until(predicate, timeoutMs = 120_000) {
      if (predicate(fleet)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!predicate(fleet)) return;
          clearTimeout(timer);
          watchers.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`the fleet did not get there within ${timeoutMs} ms`));
        }, timeoutMs);
        watchers.add(check);
      });
    },
    async stop() {
      await Promise.all(members.map((m) => m.run?.stop()));
    },
  };

  // One parse of each PC's device certificate for all of its checks (connections, offers).
  const deviceCertificates = createCertificateCache({ maxEntries: Math.max(16, plans.length) });
  // Connections from a source address take their local port from its pool (net/source-ports.ts).
  const portPools = new Map<string, PortPool>();
  const portsOf = (address: string) => {
    const pool = portPools.get(address) ?? new PortPool();
    portPools.set(address, pool);
    return pool;
  };
  const startOne = async (pc: ProvisionedPc) => {
    const member = members[pc.plan.index] as Member;
    const source = options.sourceAddresses?.length
      ? options.sourceAddresses[pc.plan.index % options.sourceAddresses.length]
      : undefined;
    member.run = await runAgent(
      {
        ...options.agentOptions,
        managerUrl: options.managerUrl,
        deviceDir: pc.deviceDir,
        stateDir: pc.stateDir,
        pcId: pc.plan.pcId,
        confirm: confirmFor(options.confirm, pc.plan),
        durable: options.durable ?? false,
        authenticate: {
          cache: deviceCertificates,
          ...options.agentOptions?.authenticate,
          ...pc.authenticate,
        },
        socketOptions: {
          ...options.socketOptions,
          ...(source ? { localAddress: source } : {}),
        },
        ...(source ? { localPorts: portsOf(source) } : {}),
        onEvent(event) {
          member.view.apply(event);
          const now = member.view.settled;
          if (now !== member.wasSettled) settled += now ? 1 : -1;
          member.wasSettled = now;
          options.onPcEvent?.(member, event);
          scheduleChecks();
        },
      },
      {
        onBoot: (_agent, boot) => {
          member.boots = boot;
        },
        beforeReboot: async () => {
          if (pc.tamperStoredJob) await tamperStoredJobs(pc.stateDir);
        },
      },
    );
  };
  const started = performance.now();
  await inBatches(provisioned, concurrency, startOne, (done) =>
    progress({ stage: "starting", done, total: provisioned.length }),
  );
  (fleet.timings as { startMs: number }).startMs = performance.now() - started;
  if (options.registerFirst) {
    const faulty = provisioned.filter((pc) => pc.plan.faults.some((k) => k !== "tampered-job"));
    await fleet.until((f) => f.pcs.every((pc) => pc.view.phase === "online"));
    await Promise.all(
      faulty.map(async (pc) => {
        const member = members[pc.plan.index] as Member;
        await member.run?.stop();
        const faultyPc = await provisionPc(options.office, pc.plan, options.workDir);
        provisioned[pc.plan.index] = faultyPc;
        await startOne(faultyPc);
      }),
    );
    progress({ stage: "registered", faulty: faulty.length });
  }
  progress({ stage: "running" });
  return fleet;
}
