/**
 * `patchcast-manager support-site --dir DIR …`: runs the simulated support
 * service site until SIGINT or SIGTERM. A directory without
 * `patchinfo.json` gets the sample catalogue first; `--sample` writes it
 * again (dated from `--as-of`, default today) over what is there.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PATCHINFO_FILE, writeSampleSite } from "./sample-site-dir.ts";
import { type SupportSite, startSupportSite } from "./support-site.ts";

export interface SupportSiteIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where signals come from (default: the process). */
  readonly signals?: Pick<NodeJS.Process, "on" | "off">;
  /** Told the running site once it listens (tests). */
  readonly onListening?: (site: SupportSite) => void;
  readonly clock?: () => Date;
}

const PROGRAM = "patchcast-manager support-site";

export const SUPPORT_SITE_HELP = `Usage: ${PROGRAM} --dir DIR [options]

Runs the simulated support service site: serves DIR/patchinfo.json (format
patchcast-patchinfo/1) and the update files it lists, until SIGINT/SIGTERM.
A DIR without patchinfo.json gets the sample catalogue (a few dozen updates
dated back from today); --sample writes it again.

  --dir DIR            the directory served (required)
  --port N             port (default 8780; 0 = any free port)
  --host H             address to listen on (default 127.0.0.1)
  --user ID            require HTTP basic login with this user ID ...
  --password-file F    ... and the password in this file
                       (else PATCHCAST_SUPPORT_SITE_PASSWORD)
  --sample             write the sample catalogue again before serving
  --as-of DATE         date the sample catalogue from this day (ISO 8601)
  -h, --help           this help
`;

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        dir: { type: "string" },
        port: { type: "string" },
        host: { type: "string" },
        user: { type: "string" },
        "password-file": { type: "string" },
        sample: { type: "boolean" },
        "as-of": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]);
  }
}

function port(value: string | undefined): number {
  if (value === undefined) return 8780;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new UsageError(`--port must be a port number 0-65535: got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

function asOf(value: string | undefined, clock: () => Date): Date {
  if (value === undefined) return clock();
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new UsageError(`--as-of must be an ISO 8601 date: got ${JSON.stringify(value)}`);
  return new Date(time);
}

async function credentials(values: ReturnType<typeof parse>, env: SupportSiteIo["env"]) {
  const user = values.user;
  const file = values["password-file"];
  const password =
    file !== undefined
      ? (await readFile(file, "utf8")).replace(/\r?\n$/, "")
      : env.PATCHCAST_SUPPORT_SITE_PASSWORD;
  if (user === undefined && file === undefined) return undefined;
  if (user === undefined || !password) {
    throw new UsageError(
      "--user needs a password (--password-file or PATCHCAST_SUPPORT_SITE_PASSWORD), and a password needs --user",
    );
  }
  return { user, password };
}

function untilSignal(site: SupportSite, io: SupportSiteIo): Promise<number> {
  const signals = io.signals ?? process;
  return new Promise((done) => {
    const stop = (signal: string) => {
      signals.off("SIGINT", onInt);
      signals.off("SIGTERM", onTerm);
      io.stdout.write(`${signal}: stopping the support site\n`);
      site.close().then(() => done(0));
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    signals.on("SIGINT", onInt);
    signals.on("SIGTERM", onTerm);
  });
}

export async function runSupportSiteCommand(
  argv: readonly string[],
  io: SupportSiteIo,
): Promise<number> {
  let site: SupportSite;
  try {
    const values = parse(argv);
    if (values.help) {
      io.stdout.write(SUPPORT_SITE_HELP);
      return 0;
    }
    const dir = values.dir;
    if (dir === undefined) throw new UsageError("--dir DIR is required");
    const login = await credentials(values, io.env);
    const hasCatalogue = await stat(join(dir, PATCHINFO_FILE)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (values.sample || !hasCatalogue) {
      const date = asOf(values["as-of"], io.clock ?? (() => new Date()));
      const { patchinfo } = await writeSampleSite(dir, date);
      io.stdout.write(
        `sample catalogue written to ${dir}: ${patchinfo.updates.length} updates as of ${date.toISOString().slice(0, 10)}\n`,
      );
    }
    site = await startSupportSite({
      dir,
      port: port(values.port),
      ...(values.host ? { host: values.host } : {}),
      ...(login ? { credentials: login } : {}),
    });
  } catch (error) {
    const usage = error instanceof UsageError;
    io.stderr.write(`${PROGRAM}: ${(error as Error).message}\n`);
    return usage ? 2 : 1;
  }
  io.stdout.write(`patchcast support site serving ${site.patchInfoUrl}\n`);
  io.onListening?.(site);
  return untilSignal(site, io);
}
