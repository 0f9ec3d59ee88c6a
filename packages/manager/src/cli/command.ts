/**
 * One admin CLI command: its words (`group create`), usage, options
 * (node:util parseArgs) and what it does with the API client.
 */
import type { ParseArgsConfig } from "node:util";
import type { AdminClient } from "./api-client.ts";
import { UsageError } from "./usage-error.ts";

export interface CommandContext {
  readonly client: AdminClient;
  /** Prints one line on stdout. */
  readonly print: (line: string) => void;
  /** True with --json: print the API's answer as it is. */
  readonly json: boolean;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  /** `group create`, or `status`. */
  readonly words: string;
  readonly summary: string;
  /** After the words: `<name> [--description TEXT]`. */
  readonly usage: string;
  readonly options?: NonNullable<ParseArgsConfig["options"]>;
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  run(ctx: CommandContext, positionals: readonly string[], values: OptionValues): Promise<void>;
}

/** A row ID given on the command line. */
export function idArgument(what: string, value: string | undefined): number {
  const id = Number(value);
  if (value === undefined || !/^\d{1,15}$/.test(value) || id < 1) {
    throw new UsageError(`${what} must be a positive integer: got ${JSON.stringify(value ?? "")}`);
  }
  return id;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export function requiredOption(values: OptionValues, name: string): string {
  const value = stringOption(values, name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

/** An ISO 8601 date option, checked here so that a typo is a usage error. */
export function dateOption(values: OptionValues, name: string): string | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new UsageError(
      `--${name} must be an ISO 8601 date and time: got ${JSON.stringify(value)}`,
    );
  }
  return new Date(time).toISOString();
}

/** Prints rows as aligned columns under a header. */
export function printTable(
  print: (line: string) => void,
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): void {
  const cells = [header, ...rows.map((row) => row.map((c) => (c === null ? "-" : String(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  for (const row of cells) {
    print(
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    );
  }
}
