/**
 * The admin CLI (`patchcast-manager group|package|job|status …`): a thin
 * client of the admin API. Each run logs in with the administrator ID and
 * password (or uses a token given), makes its calls, and logs out. Settings
 * come from flags, then the environment (PATCHCAST_*), then the JSON config
 * file of `--config` or PATCHCAST_ADMIN_CONFIG (contract §1); a variable
 * set to the empty string counts as unset. `--help` works on
 * every command; bad arguments print one line and exit 2; an error answer
 * of the API prints its code and message (and every rule a refused job
 * breaks) and exits 1.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { ApiAnswerError, createAdminClient } from "./api-client.ts";
import type { Command, OptionValues } from "./command.ts";
import { acquisitionCommands } from "./commands/acquisition.ts";
import { acquisitionSettingsCommands } from "./commands/acquisition-settings.ts";
import { clientCommands } from "./commands/clients.ts";
import { groupCommands } from "./commands/groups.ts";
import { jobCommands, noticeLines } from "./commands/jobs.ts";
import { packageCommands } from "./commands/packages.ts";
import { statusCommands } from "./commands/status.ts";
import { UsageError } from "./usage-error.ts";

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
}

const PROGRAM = "patchcast-manager";

export const ADMIN_COMMANDS: readonly Command[] = [
  ...groupCommands,
  ...packageCommands,
  ...jobCommands,
  ...statusCommands,
  ...clientCommands,
  ...acquisitionSettingsCommands,
  ...acquisitionCommands,
];

const GLOBAL_OPTIONS = {
  manager: { type: "string" },
  admin: { type: "string" },
  "password-file": { type: "string" },
  token: { type: "string" },
  config: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

const GLOBAL_HELP = [
  "Options of every command:",
  "  --manager URL         the manager, http(s)://HOST:PORT (PATCHCAST_MANAGER_URL)",
  "  --admin ID            administrator ID (PATCHCAST_ADMIN_ID; default admin)",
  "  --password-file FILE  file holding the password (PATCHCAST_ADMIN_PASSWORD_FILE;",
  "                        else PATCHCAST_ADMIN_PASSWORD)",
  "  --token TOKEN         a token from POST /api/v1/login instead (PATCHCAST_ADMIN_TOKEN)",
  "  --config FILE         a JSON object of the settings above (PATCHCAST_ADMIN_CONFIG):",
  '                        {"manager": URL, "admin": ID, "passwordFile": FILE}; flags win',
  "                        over the environment, which wins over the file",
  "  --json                print the API's answers as JSON",
  "  -h, --help            this help",
];

function overview(commands: readonly Command[], resource?: string): string[] {
  const width = Math.max(...commands.map((c) => c.words.length));
  return [
    `Usage: ${PROGRAM} ${resource ?? "<command>"} ${resource ? "<action> " : ""}[arguments] [options]`,
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.words.padEnd(width)}  ${c.summary}`),
    "",
    `Run ${PROGRAM} <command> --help for a command's arguments.`,
    ...GLOBAL_HELP,
  ];
}

const commandHelp = (c: Command) => [
  `Usage: ${PROGRAM} ${c.words}${c.usage ? ` ${c.usage}` : ""} [options]`,
  "",
  c.summary,
  "",
  ...GLOBAL_HELP,
];

/** Global flags before the command words, then the words, then the rest. */
function split(argv: readonly string[]) {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length && (argv[i] ?? "").startsWith("-")) {
    const arg = argv[i] as string;
    const name = arg.replace(/^--?/, "").split("=")[0] as keyof typeof GLOBAL_OPTIONS | "h";
    const option = name === "h" ? GLOBAL_OPTIONS.help : GLOBAL_OPTIONS[name];
    if (!option) throw new UsageError(`unknown option ${arg} (see ${PROGRAM} --help)`);
    const takesValue = option.type === "string" && !arg.includes("=");
    leading.push(...argv.slice(i, i + (takesValue ? 2 : 1)));
    i += takesValue ? 2 : 1;
  }
  return { leading, rest: argv.slice(i) };
}

function findCommand(words: readonly string[]): { command?: Command; used: number } {
  for (const used of [2, 1]) {
    const command = ADMIN_COMMANDS.find((c) => c.words === words.slice(0, used).join(" "));
    if (command) return { command, used };
  }
  return { used: 0 };
}

const stringValue = (values: OptionValues, name: string) => {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
};

const CONFIG_KEYS = ["manager", "admin", "passwordFile"] as const;
type ConfigFile = Partial<Record<(typeof CONFIG_KEYS)[number], string>>;

/**
 * The JSON config file of `--config` or PATCHCAST_ADMIN_CONFIG, or {} without
 * one; a relative passwordFile in it is taken from the file's directory.
 */
function configFile(values: OptionValues, env: CliIo["env"]): ConfigFile {
  const path = stringValue(values, "config") ?? (env.PATCHCAST_ADMIN_CONFIG || undefined);
  if (path === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`config file ${path}: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UsageError(`config file ${path} must hold a JSON object`);
  for (const [key, value] of Object.entries(parsed)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key))
      throw new UsageError(
        `config file ${path}: unknown key "${key}" (known: ${CONFIG_KEYS.join(", ")})`,
      );
    if (typeof value !== "string")
      throw new UsageError(`config file ${path}: "${key}" must be a string`);
  }
  const config = parsed as ConfigFile;
  if (config.passwordFile) config.passwordFile = resolve(dirname(path), config.passwordFile);
  return config;
}

async function passwordOf(
  values: OptionValues,
  env: CliIo["env"],
  config: ConfigFile,
): Promise<string> {
  const file =
    stringValue(values, "password-file") ??
    (env.PATCHCAST_ADMIN_PASSWORD_FILE || undefined) ??
    (env.PATCHCAST_ADMIN_PASSWORD ? undefined : config.passwordFile || undefined);
  if (file !== undefined) {
    try {
      return (await readFile(file, "utf8")).replace(/\r?\n$/, "");
    } catch (error) {
      throw new UsageError(`cannot read the password file ${file}: ${(error as Error).message}`);
    }
  }
  const password = env.PATCHCAST_ADMIN_PASSWORD;
  if (password === undefined || password === "") {
    throw new UsageError(
      "no administrator password: set PATCHCAST_ADMIN_PASSWORD, or give --password-file FILE or --token TOKEN",
    );
  }
  return password;
}

function managerUrl(values: OptionValues, env: CliIo["env"], config: ConfigFile): string {
  const url =
    stringValue(values, "manager") ?? (env.PATCHCAST_MANAGER_URL || undefined) ?? config.manager;
  if (url === undefined) {
    throw new UsageError(
      'no manager: give --manager http://HOST:PORT, set PATCHCAST_MANAGER_URL, or "manager" in the config file',
    );
  }
  if (!/^https?:\/\/[^/\s]+/.test(url)) {
    throw new UsageError(
      `--manager must be http://HOST:PORT or https://HOST:PORT: got ${JSON.stringify(url)}`,
    );
  }
  return url;
}

async function execute(
  command: Command,
  args: readonly string[],
  io: CliIo,
  print: (l: string) => void,
) {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    throw new UsageError(`${command.words}: ${(error as Error).message.split("\n")[0]}`);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    for (const line of commandHelp(command)) print(line);
    return;
  }
  const { min, max } = command.positionals;
  if (positionals.length < min || positionals.length > max) {
    const usage = `${PROGRAM} ${command.words}${command.usage ? ` ${command.usage}` : ""}`;
    throw new UsageError(`${command.words}: wrong number of arguments; usage: ${usage}`);
  }
  const token = stringValue(values, "token") ?? (io.env.PATCHCAST_ADMIN_TOKEN || undefined);
  const config = configFile(values, io.env);
  const client = createAdminClient({
    baseUrl: managerUrl(values, io.env, config),
    ...(token === undefined
      ? {
          credentials: {
            id:
              stringValue(values, "admin") ??
              (io.env.PATCHCAST_ADMIN_ID || undefined) ??
              config.admin ??
              "admin",
            password: () => passwordOf(values, io.env, config),
          },
        }
      : { token }),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  try {
    await command.run({ client, print, json: values.json === true }, positionals, values);
  } finally {
    await client.logout().catch(() => undefined);
  }
}

/** No command matched: the help asked for, or a usage error. */
function withoutCommand(
  leading: readonly string[],
  rest: readonly string[],
  print: (l: string) => void,
) {
  const resource = rest[0];
  const family = ADMIN_COMMANDS.filter((c) => c.words.split(" ")[0] === resource);
  const wantsHelp = [...leading, ...rest].some((a) => a === "--help" || a === "-h");
  if (wantsHelp && family.length > 0) {
    for (const line of overview(family, resource)) print(line);
    return;
  }
  if (wantsHelp && (resource === undefined || resource.startsWith("-"))) {
    for (const line of overview(ADMIN_COMMANDS)) print(line);
    return;
  }
  if (resource === undefined) throw new UsageError(`missing command (see ${PROGRAM} --help)`);
  throw new UsageError(
    family.length > 0
      ? `unknown command: ${rest.slice(0, 2).join(" ")} (see ${PROGRAM} ${resource} --help)`
      : `unknown command: ${resource} (see ${PROGRAM} --help)`,
  );
}

/** The exit status of a failed run, after saying why on stderr. */
function report(error: unknown, fail: (line: string) => void): number {
  if (error instanceof UsageError) {
    fail(`${PROGRAM}: ${error.message}`);
    return 2;
  }
  if (error instanceof ApiAnswerError) {
    fail(`error: ${error.body.code}: ${error.body.message}`);
    for (const line of noticeLines(error.body.violations ?? [])) fail(`  ${line}`);
    return 1;
  }
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  fail(`error: ${(error as Error).message}${cause ? `: ${cause}` : ""}`);
  return 1;
}

/** Runs one admin command; resolves with the exit status (0 done, 1 refused or failed, 2 bad arguments). */
export async function runAdminCli(argv: readonly string[], io: CliIo): Promise<number> {
  const print = (line: string) => io.stdout.write(`${line}\n`);
  const fail = (line: string) => io.stderr.write(`${line}\n`);
  try {
    const { leading, rest } = split(argv);
    const { command, used } = findCommand(rest);
    if (command) await execute(command, [...leading, ...rest.slice(used)], io, print);
    else withoutCommand(leading, rest, print);
    return 0;
  } catch (error) {
    return report(error, fail);
  }
}
