/**
 * The settings of `patchcast-manager start` (contract §1): each from its
 * flag, else its PATCHCAST_* variable, else its key in the JSON config file
 * (`--config FILE` / PATCHCAST_CONFIG), else its default. A bad value is a
 * ConfigError naming the setting as it was written and where.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Limits } from "@patchcast/protocol";
import { ConfigError } from "../errors.ts";

export type SettingName =
  | "port"
  | "host"
  | "dataDir"
  | "databaseUrl"
  | "databaseSchema"
  | "pkiDir"
  | "tlsCert"
  | "tlsKey"
  | "adminId"
  | "adminPasswordFile"
  | "maxDownloads"
  | "maxFrameBytes"
  | "logLevel";

type Kind = "port" | "count" | "text" | "path" | "level";

export interface SettingSpec {
  readonly name: SettingName;
  readonly flag: string;
  readonly env: string;
  readonly kind: Kind;
  readonly help: string;
  readonly defaultValue?: string;
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const START_SETTINGS: readonly SettingSpec[] = [
  {
    name: "port",
    flag: "port",
    env: "PATCHCAST_PORT",
    kind: "port",
    defaultValue: "8080",
    help: "port to listen on; 0 = any free port",
  },
  {
    name: "host",
    flag: "host",
    env: "PATCHCAST_HOST",
    kind: "text",
    defaultValue: "127.0.0.1",
    help: "address to listen on (0.0.0.0: every interface)",
  },
  {
    name: "dataDir",
    flag: "data-dir",
    env: "PATCHCAST_DATA_DIR",
    kind: "path",
    defaultValue: "patchcast-data",
    help: "embedded database, package payloads, download.key and secrets.key, LOG/DPT.LOG",
  },
  {
    name: "databaseUrl",
    flag: "database-url",
    env: "PATCHCAST_DATABASE_URL",
    kind: "text",
    help: "postgres://USER@HOST:PORT/DB of a PostgreSQL server (default: embedded)",
  },
  {
    name: "databaseSchema",
    flag: "database-schema",
    env: "PATCHCAST_DATABASE_SCHEMA",
    kind: "text",
    help: "server only: keep the manager's tables in this schema (made when missing)",
  },
  {
    name: "pkiDir",
    flag: "pki-dir",
    env: "PATCHCAST_PKI_DIR",
    kind: "path",
    help: "ca.crt, crl.pem, manager.crt, manager.key (default DATA_DIR/pki)",
  },
  {
    name: "tlsCert",
    flag: "tls-cert",
    env: "PATCHCAST_TLS_CERT",
    kind: "path",
    help: "serve https:// and wss:// with this certificate chain (PEM)",
  },
  {
    name: "tlsKey",
    flag: "tls-key",
    env: "PATCHCAST_TLS_KEY",
    kind: "path",
    help: "the private key of --tls-cert (PEM)",
  },
  {
    name: "adminId",
    flag: "admin",
    env: "PATCHCAST_ADMIN_ID",
    kind: "text",
    defaultValue: "admin",
    help: "ID of the first administrator, made when there is none",
  },
  {
    name: "adminPasswordFile",
    flag: "admin-password-file",
    env: "PATCHCAST_ADMIN_PASSWORD_FILE",
    kind: "path",
    help: "its first password (else PATCHCAST_ADMIN_PASSWORD, else generated and printed once)",
  },
  {
    name: "maxDownloads",
    flag: "max-downloads",
    env: "PATCHCAST_MAX_DOWNLOADS",
    kind: "count",
    defaultValue: "200",
    help: "package downloads served at once; more wait their turn or are told to retry",
  },
  {
    name: "maxFrameBytes",
    flag: "max-frame-bytes",
    env: "PATCHCAST_MAX_FRAME_BYTES",
    kind: "count",
    defaultValue: String(Limits.MAX_FRAME_BYTES),
    help: "largest WebSocket message on a PC's connection (at least 65536); a larger one from a PC closes it (1009)",
  },
  {
    name: "logLevel",
    flag: "log-level",
    env: "PATCHCAST_LOG_LEVEL",
    kind: "level",
    defaultValue: "info",
    help: `${LOG_LEVELS.join("|")}`,
  },
];

export type StartSettings = { [K in SettingName]?: string };

type Source = "flag" | "env" | "file";

function where(spec: SettingSpec, source: Source, file?: string): string {
  if (source === "flag") return `--${spec.flag}`;
  if (source === "env") return spec.env;
  return `"${spec.name}" in ${file}`;
}

function check(spec: SettingSpec, value: string, label: string): string {
  if (value === "") throw new ConfigError(label, "must not be empty");
  if (spec.kind === "port") {
    if (!/^\d+$/.test(value) || Number(value) > 65_535) {
      throw new ConfigError(label, `must be a port number 0-65535: got ${JSON.stringify(value)}`);
    }
  }
  if (spec.kind === "count" && !(/^\d+$/.test(value) && Number(value) >= 1)) {
    throw new ConfigError(
      label,
      `must be a whole number of 1 or more: got ${JSON.stringify(value)}`,
    );
  }
  if (spec.kind === "level" && !(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new ConfigError(
      label,
      `must be one of ${LOG_LEVELS.join(", ")}: got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** The config file's keys, checked: a JSON object of strings (numbers allowed for port). */
export function readConfigFile(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`the config file ${path}`, `cannot be read as JSON: ${reason}`, {
      cause: error,
    });
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigError(`the config file ${path}`, "must hold a JSON object");
  }
  const known = new Set<string>(START_SETTINGS.map((s) => s.name));
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!known.has(key)) {
      throw new ConfigError(
        `"${key}" in ${path}`,
        `is not a setting (known: ${[...known].join(", ")})`,
      );
    }
    if (typeof value !== "string" && typeof value !== "number") {
      throw new ConfigError(`"${key}" in ${path}`, "must be a string or a number");
    }
    out[key] = String(value);
  }
  return out;
}

/**
 * Resolves every setting. `flags` are the parsed command-line values by
 * flag name; paths are made absolute against `cwd`, those of the config file
 * against the file's directory.
 */
export function resolveStartSettings(
  flags: Readonly<Record<string, string | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  configFile?: string,
): StartSettings {
  const file = configFile === undefined ? {} : readConfigFile(configFile);
  const settings: StartSettings = {};
  for (const spec of START_SETTINGS) {
    const candidates: [Source, string | undefined][] = [
      ["flag", flags[spec.flag]],
      ["env", env[spec.env]],
      ["file", file[spec.name]],
    ];
    const found = candidates.find(([, value]) => value !== undefined);
    let value = found
      ? check(spec, found[1] as string, where(spec, found[0], configFile))
      : spec.defaultValue;
    if (value !== undefined && spec.kind === "path") {
      const base = found?.[0] === "file" ? dirname(resolve(cwd, configFile as string)) : cwd;
      value = resolve(base, value);
    }
    if (value !== undefined) settings[spec.name] = value;
  }
  if ((settings.tlsCert === undefined) !== (settings.tlsKey === undefined)) {
    throw new ConfigError("--tls-cert and --tls-key", "must be given together");
  }
  return settings;
}
