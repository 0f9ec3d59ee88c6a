/** Command-line parsing shared by the sub-commands: errors become PKI_ERR_USAGE (exit 2). */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { PkiSimError } from "../errors.ts";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses `args` strictly (`--help` is handled before a command runs). */
export function parse<const T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new PkiSimError("PKI_ERR_USAGE", error instanceof Error ? error.message : String(error));
  }
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
