/** Command-line parsing shared by the sub-commands: errors become PKI_ERR_USAGE (exit 2). */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { PkiSimError } from "../errors.ts";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses `args` strictly, `--config FILE` included (`--help` is handled before a command runs). */
export function parse<const T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, config: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new PkiSimError("PKI_ERR_USAGE", error instanceof Error ? error.message : String(error));
  }
}

export const OFFICE_ENV = "PATCHCAST_PKI_OFFICE";
export const CONFIG_ENV = "PATCHCAST_PKI_CONFIG";
/** The settings a config file may hold: the one every command shares. */
const CONFIG_KEYS = ["office"] as const;

/**
 * The JSON config file of `--config` or PATCHCAST_PKI_CONFIG, or {} without
 * one; a relative office in it is taken from the file's directory.
 */
function configFile(values: {
  config?: unknown;
}): Partial<Record<(typeof CONFIG_KEYS)[number], string>> {
  const path = typeof values.config === "string" ? values.config : process.env[CONFIG_ENV];
  if (path === undefined || path === "") return {};
  const fail = (problem: string) =>
    new PkiSimError("PKI_ERR_CONFIG", `config file ${path}${problem}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw fail(`: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw fail(" must hold a JSON object");
  for (const [key, value] of Object.entries(parsed)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key))
      throw fail(`: unknown key "${key}" (known: ${CONFIG_KEYS.join(", ")})`);
    if (typeof value !== "string") throw fail(`: "${key}" must be a string`);
  }
  const config = parsed as Partial<Record<(typeof CONFIG_KEYS)[number], string>>;
  if (config.office) config.office = resolve(dirname(path), config.office);
  return config;
}

/**
 * The certification office's directory (contract §1): `--office`, else
 * PATCHCAST_PKI_OFFICE, else `"office"` in the config file.
 */
export function officeDir(values: { office?: unknown; config?: unknown }): string {
  if (typeof values.office === "string" && values.office !== "") return values.office;
  const fromEnv = process.env[OFFICE_ENV];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const fromFile = configFile(values).office;
  if (fromFile !== undefined && fromFile !== "") return fromFile;
  throw new PkiSimError(
    "PKI_ERR_USAGE",
    `--office is required (or set ${OFFICE_ENV}, or "office" in the config file)`,
  );
}

export function required(value: unknown, flag: string, env?: string): string {
  const fromEnv = env === undefined ? undefined : process.env[env];
  const resolved = typeof value === "string" ? value : fromEnv;
  if (resolved === undefined || resolved === "") {
    throw new PkiSimError("PKI_ERR_USAGE", `${flag} is required${env ? ` (or set ${env})` : ""}`);
  }
  return resolved;
}

export function integer(
  value: unknown,
  flag: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || n < min || n > max) {
    throw new PkiSimError(
      "PKI_ERR_USAGE",
      `${flag} must be an integer from ${min} to ${max}: got ${JSON.stringify(value)}`,
    );
  }
  return n;
}

export function strings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
