/**
 * The run command's settings: each from its flag, else its PATCHCAST_*
 * environment variable, else the JSON config file (--config or
 * PATCHCAST_CONFIG), else its default. Anything wrong is one clear error
 * (exit 2).
 */
import { parseArgs } from "node:util";
import { CONFIRM_POLICIES, type ConfirmPolicy } from "../confirm/confirm.ts";
import { AgentError } from "../errors.ts";
import { MAX_TIME_LIMIT_MS } from "../jobs/time-limit.ts";
import { isLogLevel, LOG_LEVELS, type LogLevel } from "../log.ts";
import { AGENT_ROLES, type AgentRole, resolveManagerUrl } from "../runtime/agent-options.ts";
import { readConfigFile } from "./config-file.ts";

/** `self`: the agent re-executes itself; `exit`: it exits with RESTART_EXIT_CODE; else a shell command. */
export type RestartAction =
  | { kind: "self" }
  | { kind: "exit" }
  | { kind: "command"; command: string };

export interface RunSettings {
  readonly manager: string;
  readonly device: string;
  readonly stateDir: string;
  readonly confirm: ConfirmPolicy;
  readonly role: AgentRole;
  readonly restart: RestartAction;
  readonly logLevel: LogLevel;
  /** The longest an install may take before the job ends with TIMED_OUT. */
  readonly installTimeoutMs?: number;
  /** The memory the device check may use; below what the device needs it is 8200. */
  readonly authMemoryBudgetBytes?: number;
}

/** One row per setting: flag, environment variable, config file key. */
const SETTINGS = {
  manager: { flag: "manager", env: "PATCHCAST_MANAGER" },
  device: { flag: "device", env: "PATCHCAST_DEVICE" },
  stateDir: { flag: "state-dir", env: "PATCHCAST_STATE_DIR" },
  confirm: { flag: "confirm", env: "PATCHCAST_CONFIRM" },
  role: { flag: "role", env: "PATCHCAST_ROLE" },
  restartCommand: { flag: "restart-command", env: "PATCHCAST_RESTART_COMMAND" },
  logLevel: { flag: "log-level", env: "PATCHCAST_LOG_LEVEL" },
  installTimeout: { flag: "install-timeout", env: "PATCHCAST_INSTALL_TIMEOUT" },
  authMemoryBudget: { flag: "auth-memory-budget", env: "PATCHCAST_AUTH_MEMORY_BUDGET" },
} as const;
type Key = keyof typeof SETTINGS;

const usage = (message: string) => new AgentError("AGENT_ERR_USAGE", message);

function parseFlags(args: readonly string[]) {
  const options = Object.fromEntries(
    Object.values(SETTINGS).map((s) => [s.flag, { type: "string" as const }]),
  );
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, config: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
}

/** The keys of the agent's config file that hold a path, taken from the file's directory. */
const PATH_KEYS: ReadonlySet<string> = new Set<Key>(["device", "stateDir"]);

/** The kind of each key of the agent's config file (the run command's, and check-auth's). */
export const CONFIG_KINDS = Object.fromEntries(
  Object.keys(SETTINGS).map((key) => [key, PATH_KEYS.has(key) ? "path" : "string"]),
) as Record<Key, "string" | "path">;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`--${name} must be one of ${allowed.join(", ")}: got "${value}"`);
}

export function restartActionOf(value: string | undefined): RestartAction {
  if (value === undefined || value === "self") return { kind: "self" };
  if (value === "exit") return { kind: "exit" };
  if (value.trim() === "") throw usage("--restart-command must not be empty");
  return { kind: "command", command: value };
}

/** Settings of the run command, or undefined for --help. */
export function resolveRunSettings(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  stdinIsTty: boolean,
): RunSettings | undefined {
  const flags = parseFlags(args);
  if (flags.help) return undefined;
  const configPath = (flags.config as string | undefined) ?? (env.PATCHCAST_CONFIG || undefined);
  const file = (configPath ? readConfigFile(configPath, CONFIG_KINDS) : {}) as Partial<
    Record<Key, string>
  >;
  const get = (key: Key): string | undefined => {
    const flag = flags[SETTINGS[key].flag];
    if (typeof flag === "string") return flag;
    return env[SETTINGS[key].env] || file[key];
  };
  const required = (key: Key) => {
    const value = get(key);
    if (value === undefined || value === "")
      throw usage(
        `--${SETTINGS[key].flag} is required (or ${SETTINGS[key].env}, or "${key}" in the config file)`,
      );
    return value;
  };
  const manager = required("manager");
  try {
    resolveManagerUrl(manager);
  } catch (error) {
    throw usage(`--manager: ${(error as Error).message}`);
  }
  const logLevel = get("logLevel") ?? "info";
  if (!isLogLevel(logLevel))
    throw usage(`--log-level must be one of ${LOG_LEVELS.join(", ")}: got "${logLevel}"`);
  return {
    manager,
    device: required("device"),
    stateDir: required("stateDir"),
    confirm: oneOf("confirm", get("confirm") ?? (stdinIsTty ? "ask" : "no"), CONFIRM_POLICIES),
    role: oneOf("role", get("role") ?? "security-pc", AGENT_ROLES),
    restart: restartActionOf(get("restartCommand")),
    logLevel,
    ...optionalCount(get("installTimeout"), "install-timeout", (n) => {
      if (n * 1000 > MAX_TIME_LIMIT_MS)
        throw usage(
          `--install-timeout must be at most ${Math.floor(MAX_TIME_LIMIT_MS / 1000)} seconds: got ${n}`,
        );
      return { installTimeoutMs: n * 1000 };
    }),
    ...optionalCount(get("authMemoryBudget"), "auth-memory-budget", (n) => ({
      authMemoryBudgetBytes: n,
    })),
  };
}

/** A whole number of 1 or more, when given. */
function optionalCount<T>(value: string | undefined, flag: string, make: (n: number) => T) {
  if (value === undefined) return {};
  if (!/^\d{1,12}$/.test(value) || Number(value) < 1)
    throw usage(`--${flag} must be a whole number of 1 or more: got "${value}"`);
  return make(Number(value));
}
