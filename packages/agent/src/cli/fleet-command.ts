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
import { type ConfigKind, readConfigFile } from "./config-file.ts";

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
  --config FILE          a JSON object of these settings (PATCHCAST_FLEET_CONFIG): manager,
                         office, count, workDir, faults [..], confirm, prefix, seed,
                         sourceAddresses [..], ca, untilSettled, registerFirst, timeout
  -h, --help             this help

Each setting is taken from its flag, else its environment variable (the ones
above, and PATCHCAST_FLEET_FAULTS, _CONFIRM, _PREFIX, _SEED, _SOURCE_ADDRESSES
(lists comma-separated), _CA, _UNTIL_SETTLED, _REGISTER_FIRST (true or false)
and _TIMEOUT), else the config file, else its default.

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

export interface FleetSettings {
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

/**
 * Each setting: its flag, its PATCHCAST_* variable (a list comma-separated,
 * a switch `true` or `false`), its key in the config file (contract §1; a
 * `path` there is taken from the file's directory).
 */
const SETTINGS = {
  manager: { flag: "manager", env: "PATCHCAST_MANAGER", kind: "string" },
  office: { flag: "office", env: "PATCHCAST_OFFICE", kind: "path" },
  count: { flag: "count", env: "PATCHCAST_FLEET_COUNT", kind: "string" },
  workDir: { flag: "work-dir", env: "PATCHCAST_FLEET_DIR", kind: "path" },
  faults: { flag: "fault", env: "PATCHCAST_FLEET_FAULTS", kind: "strings" },
  confirm: { flag: "confirm", env: "PATCHCAST_FLEET_CONFIRM", kind: "string" },
  prefix: { flag: "prefix", env: "PATCHCAST_FLEET_PREFIX", kind: "string" },
  seed: { flag: "seed", env: "PATCHCAST_FLEET_SEED", kind: "string" },
  sourceAddresses: {
    flag: "source-address",
    env: "PATCHCAST_FLEET_SOURCE_ADDRESSES",
    kind: "strings",
  },
  ca: { flag: "ca", env: "PATCHCAST_FLEET_CA", kind: "path" },
  untilSettled: { flag: "until-settled", env: "PATCHCAST_FLEET_UNTIL_SETTLED", kind: "boolean" },
  registerFirst: {
    flag: "register-first",
    env: "PATCHCAST_FLEET_REGISTER_FIRST",
    kind: "boolean",
  },
  timeout: { flag: "timeout", env: "PATCHCAST_FLEET_TIMEOUT", kind: "string" },
} as const satisfies Record<string, { flag: string; env: string; kind: ConfigKind }>;
type Key = keyof typeof SETTINGS;

const CONFIG_KINDS = Object.fromEntries(
  Object.entries(SETTINGS).map(([key, s]) => [key, s.kind]),
) as Record<Key, ConfigKind>;

function parseFlags(argv: readonly string[]) {
  const options = Object.fromEntries(
    Object.values(SETTINGS).map((s) => [
      s.flag,
      s.kind === "boolean"
        ? { type: "boolean" as const }
        : { type: "string" as const, multiple: s.kind === "strings" },
    ]),
  );
  try {
    return parseArgs({
      args: [...argv],
      options: { ...options, config: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | string[] | boolean | undefined>;
  } catch (error) {
    throw usage(`${(error as Error).message} (see patchcast-fleet --help)`);
  }
}

/** A setting from the environment: a list comma-separated, a switch true or false. */
function fromEnv(key: Key, text: string | undefined): string | string[] | boolean | undefined {
  if (text === undefined || text === "") return undefined;
  const { env, kind } = SETTINGS[key];
  if (kind === "strings") return text.split(",").map((item) => item.trim());
  if (kind !== "boolean") return text;
  if (text === "true" || text === "1") return true;
  if (text === "false" || text === "0") return false;
  throw usage(`${env} must be true or false: got "${text}"`);
}

/** The fleet's settings, or undefined for --help. */
export function fleetSettings(
  argv: readonly string[],
  io: Pick<FleetIo, "env" | "cwd">,
): FleetSettings | undefined {
  const values = parseFlags(argv);
  if (values.help) return undefined;
  const configPath =
    (values.config as string | undefined) ?? (io.env.PATCHCAST_FLEET_CONFIG || undefined);
  const file = configPath ? readConfigFile(resolve(io.cwd, configPath), CONFIG_KINDS) : {};
  const get = (key: Key) => {
    const flag = values[SETTINGS[key].flag];
    if (flag !== undefined && !(Array.isArray(flag) && flag.length === 0)) return flag;
    return fromEnv(key, io.env[SETTINGS[key].env]) ?? file[key];
  };
  const text = (key: Key) => get(key) as string | undefined;
  const list = (key: Key) => (get(key) as string[] | undefined) ?? [];
  const required = (key: Key) => {
    const value = text(key);
    if (value === undefined || value === "")
      throw usage(
        `--${SETTINGS[key].flag} is required (or ${SETTINGS[key].env}, or "${key}" in the config file)`,
      );
    return value;
  };
  const manager = required("manager");
  if (!/^(wss?|https?):\/\/[^/\s]+/.test(manager)) {
    throw usage(`--manager must be ws(s)://HOST:PORT: got "${manager}"`);
  }
  try {
    const prefix = text("prefix");
    const seed = text("seed");
    const ca = text("ca");
    return {
      manager,
      office: resolve(io.cwd, required("office")),
      count: positiveInteger("--count", required("count")),
      // An empty work directory (in the config file, say) is the default one.
      workDir: resolve(io.cwd, text("workDir") || "patchcast-fleet"),
      faults: list("faults").map(parseFaultShare),
      confirm: parseConfirmSpec(text("confirm") ?? "yes"),
      ...(prefix ? { prefix } : {}),
      ...(seed ? { seed: positiveInteger("--seed", seed) } : {}),
      sourceAddresses: list("sourceAddresses"),
      ...(ca ? { ca: resolve(io.cwd, ca) } : {}),
      untilSettled: get("untilSettled") === true,
      registerFirst: get("registerFirst") === true,
      timeoutMs: positiveInteger("--timeout", text("timeout") ?? "600") * 1000,
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
  const settings = fleetSettings(argv, io);
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
