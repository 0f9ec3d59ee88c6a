/**
 * `patchcast-manager start`: resolves the settings, starts the manager,
 * prints the URL it listens on (and a generated first password, once) on
 * stdout, logs JSON lines to stderr, and runs until SIGTERM or SIGINT
 * (graceful: PCs are closed with 1001, the database is closed). SIGHUP
 * reloads the PKI directory (a new crl.pem). A second signal ends at once.
 */

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pino from "pino";
import { UsageError } from "../cli/usage-error.ts";
import { ConfigError, ManagerError } from "../errors.ts";
import { DEFAULT_MAX_ACTIVE_DOWNLOADS } from "../http/download-limiter.ts";
import { cleartextWarning } from "./cleartext-warning.ts";
import { type RunningManager, startManager } from "./start-manager.ts";
import { resolveStartSettings, START_SETTINGS, type StartSettings } from "./start-settings.ts";

export interface StartIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Where signals come from (default: the process). */
  readonly signals?: Pick<NodeJS.Process, "on" | "off">;
  /** Ends the process at a second signal, whatever still holds it (default `process.exit`). */
  readonly exit?: (code: number) => void;
}

const PROGRAM = "patchcast-manager start";

export function startHelp(): string {
  const width = Math.max(...START_SETTINGS.map((s) => s.flag.length)) + 8;
  const lines = START_SETTINGS.map((s) => {
    const flag = `--${s.flag}${s.kind === "port" ? " N" : s.kind === "level" ? " LEVEL" : " VALUE"}`;
    const fallback = s.defaultValue === undefined ? "" : ` (default ${s.defaultValue})`;
    return `  ${flag.padEnd(width)} ${s.help}${fallback}\n  ${"".padEnd(width)} env ${s.env}, config key "${s.name}"`;
  });
  return [
    `Usage: ${PROGRAM} [options]`,
    "",
    "Runs the manager: admin API /api/v1, the PCs' WebSocket endpoint /agent and",
    "package downloads, all on one port. Prints the URL it listens on; logs JSON",
    "lines to stderr. SIGTERM/SIGINT stop it gracefully; SIGHUP reloads the PKI",
    "directory (a new crl.pem).",
    "",
    "Each setting comes from its flag, else its environment variable, else the",
    "config file, else its default:",
    ...lines,
    `  ${"--config FILE".padEnd(width)} a JSON object of the settings above (env PATCHCAST_CONFIG)`,
    `  ${"-h, --help".padEnd(width)} this help`,
    "",
    "A relative path in the config file is taken from the file's directory.",
    "The first administrator's password may also come from PATCHCAST_ADMIN_PASSWORD.",
    "",
  ].join("\n");
}

function parse(argv: readonly string[]) {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    config: { type: "string" },
    help: { type: "boolean", short: "h" },
  };
  for (const s of START_SETTINGS) options[s.flag] = { type: "string" };
  try {
    const { values } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: false,
      strict: true,
    });
    return values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]} (see ${PROGRAM} --help)`);
  }
}

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `${what} ${path} cannot be read: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
}

function adminPassword(settings: StartSettings, env: StartIo["env"]): string | undefined {
  if (settings.adminPasswordFile !== undefined) {
    return readPem(settings.adminPasswordFile, "the password file").replace(/\r?\n$/, "");
  }
  const fromEnv = env.PATCHCAST_ADMIN_PASSWORD;
  return fromEnv === undefined || fromEnv === "" ? undefined : fromEnv;
}

/** Starts from the command line; resolves to the exit code once the manager has stopped. */
export async function runStartCommand(argv: readonly string[], io: StartIo): Promise<number> {
  let manager: RunningManager;
  let adminId = "admin";
  let host = "";
  try {
    const values = parse(argv);
    if (values.help) {
      io.stdout.write(startHelp());
      return 0;
    }
    const flags = Object.fromEntries(
      Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
    const settings = resolveStartSettings(
      flags,
      io.env,
      io.cwd,
      // An empty variable is no file, as for every other setting.
      flags.config ?? (io.env.PATCHCAST_CONFIG || undefined),
    );
    adminId = settings.adminId ?? adminId;
    host = String(settings.host);
    const log = pino(
      { level: settings.logLevel ?? "info", base: { name: "patchcast-manager" } },
      pino.destination(2),
    );
    manager = await startManager({
      dataDir: settings.dataDir as string,
      port: Number(settings.port),
      host: settings.host as string,
      databaseUrl: settings.databaseUrl,
      databaseSchema: settings.databaseSchema,
      pkiDir: settings.pkiDir,
      adminId: settings.adminId,
      adminPassword: adminPassword(settings, io.env),
      maxConcurrentDownloads: Number(settings.maxDownloads ?? DEFAULT_MAX_ACTIVE_DOWNLOADS),
      ...(settings.maxFrameBytes ? { maxFrameBytes: Number(settings.maxFrameBytes) } : {}),
      log,
      ...(settings.tlsCert && settings.tlsKey
        ? {
            tls: {
              cert: readPem(settings.tlsCert, "--tls-cert"),
              key: readPem(settings.tlsKey, "--tls-key"),
            },
          }
        : {}),
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ManagerError) {
      io.stderr.write(`${PROGRAM}: ${error.message} [${error.code}]\n`);
      return 1;
    }
    throw error;
  }
  io.stdout.write(`patchcast manager listening on ${manager.url} (PCs: ${manager.agentUrl})\n`);
  const cleartext = cleartextWarning(host, manager.url.startsWith("https:"));
  if (cleartext) io.stderr.write(`${PROGRAM}: ${cleartext}\n`);
  if (manager.generatedAdminPassword !== null) {
    io.stdout.write(
      `first administrator created: ID ${adminId}, password ${manager.generatedAdminPassword}\n` +
        "(shown only this once; keep it safe)\n",
    );
  }
  return untilStopped(manager, io);
}

function untilStopped(manager: RunningManager, io: StartIo): Promise<number> {
  const signals = io.signals ?? process;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        io.stderr.write(`${PROGRAM}: ${signal} again: stopping at once\n`);
        resolve(1);
        (io.exit ?? process.exit)(1);
        return;
      }
      stopping = true;
      io.stdout.write(`${signal}: stopping the manager\n`);
      manager.close().then(
        () => {
          signals.off("SIGHUP", reload);
          resolve(0);
        },
        (error: unknown) => {
          io.stderr.write(`${PROGRAM}: stopping failed: ${String(error)}\n`);
          resolve(1);
        },
      );
    };
    const reload = () => {
      manager.reloadPki().catch((error: unknown) => {
        io.stderr.write(
          `${PROGRAM}: SIGHUP: the PKI directory was not reloaded: ${(error as Error).message}\n`,
        );
      });
    };
    signals.on("SIGTERM", () => stop("SIGTERM"));
    signals.on("SIGINT", () => stop("SIGINT"));
    signals.on("SIGHUP", reload);
  });
}
