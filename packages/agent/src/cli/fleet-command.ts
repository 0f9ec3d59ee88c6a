/**
 * `patchcast-fleet`: many simulated security PCs in one process, each with
 * its own certificate from the certification office the manager trusts, its
 * own state directory and connection. A live progress line while it runs;
 * at the end (Ctrl-C, or every PC settled with --until-settled) a table of
 * states and maintenance codes, and the PCs that did not end as planned.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadOffice } from "@patchcast/pki-sim";
import { AgentError } from "../errors.ts";
import {
  type ConfirmSpec,
  type FaultShare,
  parseConfirmSpec,
  parseFaultShare,
} from "../fleet/fleet-plan.ts";
import { finalReport, progressLine, unmetExpectations } from "../fleet/fleet-report.ts";
import { type Fleet, type FleetProgress, startFleet } from "../fleet/start-fleet.ts";

export const FLEET_HELP = `patchcast-fleet: simulated security PCs in one process

Usage: patchcast-fleet --manager ws(s)://HOST:PORT --office DIR --count N [options]

  --manager URL          the manager (PATCHCAST_MANAGER)
  --office DIR           the certification office the manager trusts, as made by
                         \`patchcast-pki init\` (PATCHCAST_OFFICE)
  --count N              how many PCs (PATCHCAST_FLEET_COUNT)
  --work-dir DIR         devices and state directories (PATCHCAST_FLEET_DIR;
                         default ./patchcast-fleet); kept, so a second start carries on
  --fault KIND=PERCENT   give this share of the PCs a certificate fault (repeatable;
                         \`patchcast-pki faults\` lists the kinds)
  --confirm yes|no|PCT   the restart-confirm answer: everyone, or PCT percent Yes (default yes)
  --prefix P             PC IDs are P-00001, … (default SEC)
  --seed N               which PCs get which fault (default 1)
  --source-address A     bind connections to these local addresses, in turn (repeatable;
                         each gives ~28,000 connections to one manager)
  --ca FILE              trust this CA for wss:// (default: the office's)
  --register-first       let every PC register with a sound certificate first, then
                         give the faulty ones their fault (their jobs then show the code)
  --until-settled        end once every PC has settled; exit 1 if one did not end as planned
  --timeout SECONDS      with --until-settled, give up after this long (default 600)
  -h, --help             this help

Exit status: 0 done, 1 PCs not as planned or not settled in time, 2 bad arguments.`;

export interface FleetIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Rewrites the progress line in place (a terminal), or undefined to print it now and then. */
  readonly status?: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Resolves when the user asks to stop (SIGINT/SIGTERM). */
  readonly stopRequested: Promise<void>;
}

const usage = (message: string) => new AgentError("AGENT_ERR_USAGE", message);

interface FleetSettings {
  manager: string;
  office: string;
  count: number;
  workDir: string;
  faults: FaultShare[];
  confirm: ConfirmSpec;
  prefix?: string;
  seed?: number;
  sourceAddresses: string[];
  ca?: string;
  untilSettled: boolean;
  registerFirst: boolean;
  timeoutMs: number;
}

function positiveInteger(name: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw usage(`${name} must be a positive integer: got "${text}"`);
  return Number(text);
}

function settingsOf(argv: readonly string[], io: FleetIo): FleetSettings | undefined {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        manager: { type: "string" },
        office: { type: "string" },
        count: { type: "string" },
        "work-dir": { type: "string" },
        fault: { type: "string", multiple: true },
        confirm: { type: "string" },
        prefix: { type: "string" },
        seed: { type: "string" },
        "source-address": { type: "string", multiple: true },
        ca: { type: "string" },
        "until-settled": { type: "boolean" },
        "register-first": { type: "boolean" },
        timeout: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw usage(`${(error as Error).message} (see patchcast-fleet --help)`);
  }
  if (values.help) return undefined;
  const text = (name: string, env: string) => (values[name] as string | undefined) ?? io.env[env];
  const required = (name: string, env: string) => {
    const value = text(name, env);
    if (value === undefined || value === "") throw usage(`--${name} is required (or ${env})`);
    return value;
  };
  const manager = required("manager", "PATCHCAST_MANAGER");
  if (!/^(wss?|https?):\/\/[^/\s]+/.test(manager)) {
    throw usage(`--manager must be ws(s)://HOST:PORT: got "${manager}"`);
  }
  try {
    return {
      manager,
      office: resolve(io.cwd, required("office", "PATCHCAST_OFFICE")),
      count: positiveInteger("--count", required("count", "PATCHCAST_FLEET_COUNT")),
      workDir: resolve(io.cwd, text("work-dir", "PATCHCAST_FLEET_DIR") ?? "patchcast-fleet"),
      faults: ((values.fault as string[] | undefined) ?? []).map(parseFaultShare),
      confirm: parseConfirmSpec((values.confirm as string | undefined) ?? "yes"),
      ...(values.prefix ? { prefix: values.prefix as string } : {}),
      ...(values.seed ? { seed: positiveInteger("--seed", values.seed as string) } : {}),
      sourceAddresses: (values["source-address"] as string[] | undefined) ?? [],
      ...(values.ca ? { ca: resolve(io.cwd, values.ca as string) } : {}),
      untilSettled: values["until-settled"] === true,
      registerFirst: values["register-first"] === true,
      timeoutMs:
        positiveInteger("--timeout", (values.timeout as string | undefined) ?? "600") * 1000,
    };
  } catch (error) {
    if (error instanceof AgentError) throw error;
    throw usage((error as Error).message);
  }
}

function describeStart(progress: FleetProgress): string | undefined {
  if (progress.stage === "running") return undefined;
  if (progress.stage === "registered") {
    return `every PC registered; ${progress.faulty} restarted with their faulty devices`;
  }
  const what = progress.stage === "certificates" ? "issuing certificates" : "starting agents";
  return `${what}: ${progress.done}/${progress.total}`;
}

async function watch(fleet: Fleet, settings: FleetSettings, io: FleetIo): Promise<boolean> {
  const started = performance.now();
  const show = (line: string) => (io.status ? io.status(line) : io.out(line));
  const line = () => progressLine(fleet.pcs, fleet.settledCount(), performance.now() - started);
  const ticker = setInterval(() => show(line()), io.status ? 500 : 5_000);
  try {
    const settled = settings.untilSettled
      ? fleet
          .until((f) => f.settledCount() === f.pcs.length, settings.timeoutMs)
          .then(
            () => true,
            () => false,
          )
      : new Promise<boolean>(() => undefined);
    const finished = await Promise.race([settled, io.stopRequested.then(() => null)]);
    show(line());
    return finished !== false;
  } finally {
    clearInterval(ticker);
  }
}

export async function fleetCommand(argv: readonly string[], io: FleetIo): Promise<number> {
  const settings = settingsOf(argv, io);
  if (settings === undefined) {
    io.out(FLEET_HELP);
    return 0;
  }
  let office: ReturnType<typeof loadOffice>;
  try {
    office = loadOffice(settings.office);
  } catch (error) {
    throw new AgentError(
      "AGENT_ERR_CONFIG",
      `--office ${settings.office}: ${(error as Error).message}`,
    );
  }
  const ca = settings.ca ? readFileSync(settings.ca, "utf8") : office.caPem;
  const fleet = await startFleet({
    managerUrl: settings.manager,
    office,
    count: settings.count,
    workDir: settings.workDir,
    faults: settings.faults,
    confirm: settings.confirm,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
    ...(settings.seed ? { seed: settings.seed } : {}),
    sourceAddresses: settings.sourceAddresses,
    socketOptions: { ca },
    registerFirst: settings.registerFirst,
    onProgress: (progress) => {
      const line = describeStart(progress);
      if (line !== undefined && io.status) io.status(line);
    },
  });
  const { certificatesMs, startMs } = fleet.timings;
  io.out(
    `${settings.count} PCs: certificates in ${(certificatesMs / 1000).toFixed(1)} s, agents started in ${(startMs / 1000).toFixed(1)} s`,
  );
  const settled = await watch(fleet, settings, io);
  for (const line of finalReport(fleet.pcs)) io.out(line);
  await fleet.stop();
  if (!settings.untilSettled) return 0;
  if (!settled) {
    io.err(`patchcast-fleet: ${settings.count - fleet.settledCount()} PCs had not settled in time`);
    return 1;
  }
  return unmetExpectations(fleet.pcs).length === 0 ? 0 : 1;
}
