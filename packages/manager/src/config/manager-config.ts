/**
 * `jdn_manager_config.conf` in the data directory (seed 000 (3); contract
 * §5): the manager's properties, one `key=value` a line. Blank lines and
 * lines starting with `#` or `;` are comments; spaces around keys and values
 * are ignored. An unknown key, a line that is not `key=value`, a key given
 * twice (the last one wins) or a bad value is a warning, never an error: the
 * property keeps its default.
 *
 * Known properties:
 * - `Mgrsrv_Patch_AutoPackageKind`: 0 turns off the acquisition that the
 *   security policy (a list of required updates) triggers; any other
 *   non-negative integer (default 1) leaves it on.
 * - `Mgrsrv_DptLog_MaxLines`: the lines DPT.LOG holds before it is rotated
 *   (1-1,000,000; default 2,000).
 * - `Mgrsrv_DptLog_Generations`: the DPT.LOG files kept, DPT.LOG included
 *   (1-100; default 5).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DPT_LOG_GENERATIONS, DPT_LOG_MAX_LINES } from "../dpt/dpt-log.ts";

export const MANAGER_CONFIG_FILE = "jdn_manager_config.conf";

export interface ManagerConfig {
  /** `Mgrsrv_Patch_AutoPackageKind` (default 1); 0: no acquisition by security policy. */
  readonly autoPackageKind: number;
  /** `Mgrsrv_DptLog_MaxLines` (default 2,000). */
  readonly dptLogMaxLines: number;
  /** `Mgrsrv_DptLog_Generations` (default 5). */
  readonly dptLogGenerations: number;
}

export interface ManagerConfigReading {
  readonly config: ManagerConfig;
  /** One line each: what was ignored and why, with the line number. */
  readonly warnings: readonly string[];
}

export const DEFAULT_MANAGER_CONFIG: ManagerConfig = Object.freeze({
  autoPackageKind: 1,
  dptLogMaxLines: DPT_LOG_MAX_LINES,
  dptLogGenerations: DPT_LOG_GENERATIONS,
});

type Parser = (value: string) => number | string;

const nonNegativeInteger: Parser = (value) =>
  /^\d{1,9}$/.test(value) ? Number(value) : `must be a non-negative integer: got "${value}"`;

const integerFrom =
  (min: number, max: number): Parser =>
  (value) =>
    /^\d{1,9}$/.test(value) && Number(value) >= min && Number(value) <= max
      ? Number(value)
      : `must be an integer from ${min} to ${max}: got "${value}"`;

const PROPERTIES: Readonly<Record<string, { field: keyof ManagerConfig; parse: Parser }>> = {
  Mgrsrv_Patch_AutoPackageKind: { field: "autoPackageKind", parse: nonNegativeInteger },
  Mgrsrv_DptLog_MaxLines: { field: "dptLogMaxLines", parse: integerFrom(1, 1_000_000) },
  Mgrsrv_DptLog_Generations: { field: "dptLogGenerations", parse: integerFrom(1, 100) },
};

/** Reads the text of the file; see the file comment. */
export function parseManagerConfig(text: string): ManagerConfigReading {
  const config: { -readonly [K in keyof ManagerConfig]: ManagerConfig[K] } = {
    ...DEFAULT_MANAGER_CONFIG,
  };
  const warnings: string[] = [];
  const seen = new Set<string>();
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      const where = `line ${index + 1}`;
      if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
      const equals = line.indexOf("=");
      if (equals <= 0) {
        warnings.push(`${where}: not key=value, ignored: ${JSON.stringify(line)}`);
        return;
      }
      const key = line.slice(0, equals).trim();
      const value = line.slice(equals + 1).trim();
      const property = PROPERTIES[key];
      if (!property) {
        warnings.push(`${where}: unknown key ${key}, ignored`);
        return;
      }
      if (seen.has(key)) warnings.push(`${where}: ${key} given again; this value wins`);
      seen.add(key);
      const parsed = property.parse(value);
      if (typeof parsed === "string") warnings.push(`${where}: ${key} ${parsed}; ignored`);
      else config[property.field] = parsed;
    });
  return { config: Object.freeze(config), warnings: Object.freeze(warnings) };
}

/** The file in `dataDir`; a missing file is the defaults without a warning. */
export async function readManagerConfig(dataDir: string): Promise<ManagerConfigReading> {
  const path = join(dataDir, MANAGER_CONFIG_FILE);
  try {
    return parseManagerConfig(await readFile(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { config: DEFAULT_MANAGER_CONFIG, warnings: [] };
    return {
      config: DEFAULT_MANAGER_CONFIG,
      warnings: [`${path} cannot be read (${code ?? String(error)}); defaults used`],
    };
  }
}

/** DPT.LOG's limits as the data directory's properties set them now (for createDptLog's `limits`). */
export async function dptLogLimits(
  dataDir: string,
): Promise<{ maxLines: number; generations: number }> {
  const { config } = await readManagerConfig(dataDir);
  return { maxLines: config.dptLogMaxLines, generations: config.dptLogGenerations };
}
