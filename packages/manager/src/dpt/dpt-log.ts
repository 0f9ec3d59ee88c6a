/**
 * The DPT.LOG file (contract §5): `<data-dir>/LOG/DPT.LOG`, one line per
 * event. When the file holds `maxLines` lines (2,000 by default) it is
 * rotated: DPT.LOG becomes DPT.LOG.1, DPT.LOG.1 becomes DPT.LOG.2, and so on,
 * keeping `generations` files in all (5 by default: DPT.LOG and DPT.LOG.1-4).
 * With `limits`, both are asked for before each line, so that a change of
 * the manager's properties (jdn_manager_config.conf) applies from the next.
 *
 * Writes are queued, so lines keep their order. Writing never throws: a line
 * that cannot be written (the LOG directory is not writable) is reported to
 * `onError`, and every line is also handed to `sink` (the database mirror
 * that the admin API reads), whose failures are reported the same way.
 */
import { appendFile, mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type DptLogLine, formatDptLogLine } from "./dpt-log-line.ts";
import { type DptMessageId, formatDptMessage } from "./messages.ts";

export const DPT_LOG_MAX_LINES = 2000;
export const DPT_LOG_GENERATIONS = 5;

export interface DptLogOptions {
  readonly dataDir: string;
  readonly clock?: () => Date;
  readonly maxLines?: number;
  readonly generations?: number;
  /** Asked before each line; what it leaves out is `maxLines` and `generations`. */
  readonly limits?: () => Promise<{ readonly maxLines?: number; readonly generations?: number }>;
  /** Also given every line (with the run it belongs to): the database mirror. */
  readonly sink?: (line: DptLogLine, runId: number | null) => Promise<void>;
  /** A line not written to the file, or not to the sink. */
  readonly onError?: (error: unknown, line: DptLogLine) => void;
}

export interface DptLog {
  /** `<data-dir>/LOG/DPT.LOG`. */
  readonly path: string;
  write(
    messageId: DptMessageId,
    values?: Readonly<Record<string, string>>,
    runId?: number | null,
  ): Promise<DptLogLine>;
}

export const dptLogPath = (dataDir: string) => join(dataDir, "LOG", "DPT.LOG");

function positive(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer: got ${value}`);
  }
  return value;
}

async function countLines(path: string): Promise<number> {
  try {
    const text = await readFile(path, "utf8");
    return text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
}

async function rotate(path: string, generations: number): Promise<void> {
  // The oldest goes, and so do any beyond a number of generations lowered since.
  const name = basename(path);
  for (const file of await readdir(dirname(path))) {
    const n = file.startsWith(`${name}.`) ? Number(file.slice(name.length + 1)) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= generations - 1) await rm(join(dirname(path), file));
  }
  for (let n = generations - 2; n >= 1; n -= 1) {
    await rename(`${path}.${n}`, `${path}.${n + 1}`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  if (generations > 1) await rename(path, `${path}.1`);
  else await rm(path, { force: true });
}

export function createDptLog(options: DptLogOptions): DptLog {
  const path = dptLogPath(options.dataDir);
  const clock = options.clock ?? (() => new Date());
  const maxLines = positive("maxLines", options.maxLines ?? DPT_LOG_MAX_LINES);
  const generations = positive("generations", options.generations ?? DPT_LOG_GENERATIONS);
  const report = options.onError ?? (() => undefined);
  let lines: number | undefined;
  let queue: Promise<void> = Promise.resolve();

  const append = async (text: string) => {
    const asked = options.limits ? await options.limits() : {};
    const most = positive("maxLines", asked.maxLines ?? maxLines);
    const kept = positive("generations", asked.generations ?? generations);
    if (lines === undefined) {
      await mkdir(join(options.dataDir, "LOG"), { recursive: true });
      lines = await countLines(path);
    }
    if (lines >= most) {
      await rotate(path, kept);
      lines = 0;
    }
    await appendFile(path, `${text}\n`, "utf8");
    lines += 1;
  };

  return {
    path,
    async write(messageId, values = {}, runId = null) {
      const line: DptLogLine = {
        at: clock(),
        messageId,
        text: formatDptMessage(messageId, values),
      };
      const written = queue.then(() => append(formatDptLogLine(line)));
      queue = written.catch((error: unknown) => {
        lines = undefined;
        report(error, line);
      });
      await queue;
      if (options.sink) await options.sink(line, runId).catch((error) => report(error, line));
      return line;
    },
  };
}
