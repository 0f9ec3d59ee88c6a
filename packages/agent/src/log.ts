/**
 * The agent's log: one JSON object per line (time, level, msg, fields), so
 * journald and log shippers read it as is. In-process users (the fleet,
 * tests) inject their own or keep the silent default.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

export type LogFields = Readonly<Record<string, unknown>>;

export interface AgentLog {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export const LOG_LEVELS = Object.keys(RANK) as readonly LogLevel[];

export function isLogLevel(value: string): value is LogLevel {
  return Object.hasOwn(RANK, value);
}

/** A log that drops everything. */
export const silentLog: AgentLog = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
});

function plain(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { message: value.message, ...(code === undefined ? {} : { code }) };
  }
  return value;
}

/** JSON lines through `write` at `level` and above; `base` fields go on every line. */
export function createJsonLog(
  write: (line: string) => void,
  options: { level?: LogLevel; base?: LogFields; now?: () => number } = {},
): AgentLog {
  const min = RANK[options.level ?? "info"];
  const now = options.now ?? Date.now;
  const emit =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (RANK[level] < min) return;
      const entry: Record<string, unknown> = { time: new Date(now()).toISOString(), level, msg };
      for (const [key, value] of Object.entries({ ...options.base, ...fields }))
        entry[key] = plain(value);
      write(JSON.stringify(entry));
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}
