/**
 * jobs/: one file per job this PC has received, holding the signed offer
 * exactly as the manager sent it (so it can be verified again after the
 * restart) and the job's local stage. Finished jobs stay as small records
 * so that an offer sent again is recognised, and are pruned after a while.
 *
 * The directory is listed once, when the store is opened; from then on the
 * store knows which jobs it holds (the agent owns its state directory):
 * `list` reads their files without listing the directory again, `get` of a
 * job it does not hold reads nothing, and `summaries` (the restart-confirm
 * prompt's question: which jobs wait, under which names) reads only the
 * files not read or written since the store was opened. A job's record
 * itself, the signed offer verified again after a restart, is always read
 * from its file.
 */
import { rename } from "node:fs/promises";
import { join } from "node:path";
import { AgentError } from "../errors.ts";
import {
  hasFormat,
  openStateDirectory,
  parseStateJson,
  readIfExists,
  removeFile,
  type WriteOptions,
  writeFileAtomic,
} from "./atomic-file.ts";

export const JOBS_DIR = "jobs";
const FORMAT = "patchcast-job/1";

/**
 * awaiting-restart: a security PC's job waiting for Yes. restart-confirmed:
 * Yes was answered; download and install after the next start. ready: a
 * standard PC's job, installed at once. installing: downloaded and checked,
 * its install may have started (a start that finds it asks the installer
 * whether the package is there before installing it again). finished: over
 * (completed or error). An agent older than "installing" cannot read a job
 * at that stage: it moves the file aside and reports the job with
 * STATE_UNUSABLE.
 */
export const JOB_STAGES = [
  "awaiting-restart",
  "restart-confirmed",
  "ready",
  "installing",
  "finished",
] as const;
export type JobStage = (typeof JOB_STAGES)[number];

/** SignedJobOffer as received: the serialized JobOffer, its signature and the signer chain. */
export interface StoredOffer {
  readonly offer: Uint8Array;
  readonly algorithm: number;
  readonly signature: Uint8Array;
  readonly certificates: readonly Uint8Array[];
}

export interface JobRecord {
  readonly jobId: string;
  readonly stage: JobStage;
  /** Shown in the restart-confirm prompt. */
  readonly packageName: string;
  readonly receivedAt: string;
  readonly signed: StoredOffer;
  readonly finishedAt?: string;
}

export type JobEntry =
  | { readonly jobId: string; readonly record: JobRecord }
  | { readonly jobId: string; readonly error: AgentError };

/** What the prompt asks about a job: its stage and the name it shows. */
export interface JobSummary {
  readonly jobId: string;
  readonly stage: JobStage;
  readonly packageName: string;
}

interface JobFile {
  format: typeof FORMAT;
  jobId: string;
  stage: JobStage;
  packageName: string;
  receivedAt: string;
  finishedAt?: string;
  offer: { offer: string; algorithm: number; signature: string; certificates: string[] };
}

const isString = (v: unknown): v is string => typeof v === "string";

function isJobFile(value: unknown): value is JobFile {
  if (!hasFormat(value, FORMAT)) return false;
  const v = value as Partial<JobFile>;
  const o = v.offer;
  return (
    isString(v.jobId) &&
    JOB_STAGES.includes(v.stage as JobStage) &&
    isString(v.packageName) &&
    isString(v.receivedAt) &&
    (v.finishedAt === undefined || isString(v.finishedAt)) &&
    typeof o === "object" &&
    o !== null &&
    isString(o.offer) &&
    Number.isSafeInteger(o.algorithm) &&
    isString(o.signature) &&
    Array.isArray(o.certificates) &&
    o.certificates.every(isString)
  );
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const unb64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

function toFile(record: JobRecord): JobFile {
  return {
    format: FORMAT,
    jobId: record.jobId,
    stage: record.stage,
    packageName: record.packageName,
    receivedAt: record.receivedAt,
    ...(record.finishedAt === undefined ? {} : { finishedAt: record.finishedAt }),
    offer: {
      offer: b64(record.signed.offer),
      algorithm: record.signed.algorithm,
      signature: b64(record.signed.signature),
      certificates: record.signed.certificates.map(b64),
    },
  };
}

function fromFile(file: JobFile): JobRecord {
  return {
    jobId: file.jobId,
    stage: file.stage,
    packageName: file.packageName,
    receivedAt: file.receivedAt,
    ...(file.finishedAt === undefined ? {} : { finishedAt: file.finishedAt }),
    signed: {
      offer: unb64(file.offer.offer),
      algorithm: file.offer.algorithm,
      signature: unb64(file.offer.signature),
      certificates: file.offer.certificates.map(unb64),
    },
  };
}

/** A job ID as a file name: reversible, no path separators, never hidden. */
export const jobFileName = (jobId: string) =>
  `${encodeURIComponent(jobId).replace(/\./g, "%2E")}.json`;

const jobIdOf = (name: string) => decodeURIComponent(name.slice(0, -".json".length));
const isJobFileName = (name: string) => name.endsWith(".json") && !name.startsWith(".");

export interface JobStore {
  /** The job file's path (tests and operators alter or inspect it). */
  pathOf(jobId: string): string;
  get(jobId: string): Promise<JobEntry | undefined>;
  put(record: JobRecord): Promise<void>;
  list(): Promise<JobEntry[]>;
  /** Every readable job's stage and package name, in the order of `list`. */
  summaries(): Promise<JobSummary[]>;
  /** Moves an unreadable job file aside (`<name>.corrupt`) so it is not read again. */
  quarantine(jobId: string): Promise<void>;
  remove(jobId: string): Promise<void>;
}

export async function openJobStore(
  stateDir: string,
  options: WriteOptions = {},
): Promise<JobStore> {
  const dir = join(stateDir, JOBS_DIR);
  /** The jobs held, by file name. */
  const held = new Map<string, string>();
  /** Stage and package name of the jobs read or written since the store was opened, by file name. */
  const summarized = new Map<string, JobSummary>();
  const summarize = (name: string, { jobId, stage, packageName }: JobRecord) =>
    summarized.set(name, { jobId, stage, packageName });
  for (const name of await openStateDirectory(dir, options)) {
    if (isJobFileName(name)) held.set(name, jobIdOf(name));
  }
  const pathOf = (jobId: string) => join(dir, jobFileName(jobId));

  const get = async (jobId: string): Promise<JobEntry | undefined> => {
    const name = jobFileName(jobId);
    if (!held.has(name)) return undefined;
    const path = pathOf(jobId);
    const bytes = await readIfExists(path, options);
    if (!bytes) return undefined;
    try {
      const file = parseStateJson(path, bytes, isJobFile, FORMAT);
      if (file.jobId !== jobId)
        throw new AgentError("AGENT_ERR_STATE_CORRUPT", `${path} holds job ${file.jobId}`);
      const record = fromFile(file);
      summarize(name, record);
      return { jobId, record };
    } catch (error) {
      summarized.delete(name);
      if (error instanceof AgentError) return { jobId, error };
      throw error;
    }
  };

  return {
    pathOf,
    get,
    async put(record) {
      await writeFileAtomic(pathOf(record.jobId), `${JSON.stringify(toFile(record))}\n`, options);
      const name = jobFileName(record.jobId);
      held.set(name, record.jobId);
      summarize(name, record);
    },
    async list() {
      const entries: JobEntry[] = [];
      for (const name of [...held.keys()].sort()) {
        const entry = await get(held.get(name) as string);
        if (entry) entries.push(entry);
      }
      return entries;
    },
    async summaries() {
      const found: JobSummary[] = [];
      for (const name of [...held.keys()].sort()) {
        const known = summarized.get(name);
        if (known) found.push(known);
        else {
          const entry = await get(held.get(name) as string);
          if (entry && "record" in entry) found.push(summarized.get(name) as JobSummary);
        }
      }
      return found;
    },
    async quarantine(jobId) {
      await rename(pathOf(jobId), `${pathOf(jobId)}.corrupt`);
      held.delete(jobFileName(jobId));
      summarized.delete(jobFileName(jobId));
    },
    async remove(jobId) {
      await removeFile(pathOf(jobId), options);
      held.delete(jobFileName(jobId));
      summarized.delete(jobFileName(jobId));
    },
  };
}
