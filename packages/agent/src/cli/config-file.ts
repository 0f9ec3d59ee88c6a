/**
 * A command's JSON config file (`--config FILE`, else the command's variable:
 * PATCHCAST_CONFIG for the agent, PATCHCAST_FLEET_CONFIG for the fleet;
 * contract §1: flags, then PATCHCAST_* variables, then a config file): one object
 * whose keys are the command's settings, each of the kind the command
 * declares. A number is taken where a string is asked for (`"count": 500`);
 * a relative path is taken from the file's directory, not the working one.
 * Anything else is AGENT_ERR_CONFIG naming the file and the key.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { AgentError } from "../errors.ts";

/**
 * `string`: a string or a number; `strings`: a list of them; `boolean`: true
 * or false; `path`: a string made absolute against the file's directory.
 */
export type ConfigKind = "string" | "strings" | "boolean" | "path";

export type ConfigValues<K extends string> = Partial<Record<K, string | string[] | boolean>>;

const configError = (path: string, problem: string) =>
  new AgentError("AGENT_ERR_CONFIG", `config file ${path}${problem}`);

const isText = (value: unknown) => typeof value === "string" || typeof value === "number";

function checked(path: string, key: string, kind: ConfigKind, value: unknown) {
  if (kind === "boolean") {
    if (typeof value !== "boolean") throw configError(path, `: "${key}" must be true or false`);
    return value;
  }
  if (kind === "strings") {
    if (!Array.isArray(value) || !value.every(isText))
      throw configError(path, `: "${key}" must be a list of strings`);
    return value.map(String);
  }
  if (!isText(value)) throw configError(path, `: "${key}" must be a string`);
  const text = String(value);
  // An empty path stays empty, so that a required one is still missing.
  return kind === "path" && text !== "" ? resolve(dirname(path), text) : text;
}

export function readConfigFile<K extends string>(
  path: string,
  kinds: Readonly<Record<K, ConfigKind>>,
): ConfigValues<K> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw configError(path, `: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw configError(path, " must hold a JSON object");
  const values: ConfigValues<K> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!Object.hasOwn(kinds, key))
      throw configError(path, `: unknown key "${key}" (known: ${Object.keys(kinds).join(", ")})`);
    values[key as K] = checked(path, key, kinds[key as K], value);
  }
  return values;
}
