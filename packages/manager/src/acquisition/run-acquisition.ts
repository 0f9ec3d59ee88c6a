/**
 * One acquisition run (seed 000 8.1.3; contract §5): fetch the patch
 * information file, select, then for each selected file download it and
 * package it through the packager; every outcome recorded with the run,
 * every problem written to DPT.LOG. A problem with one file (it does not
 * match the patch information file, or is already packaged) is that file's;
 * anything else stops the run. A run never throws once it has started: its
 * record says how it ended.
 */
import { mkdir, open, rm } from "node:fs/promises";
import { join } from "node:path";
import type { DptMessageId } from "../dpt/messages.ts";
import { AcquisitionAlreadyRunningError, AcquisitionError, DatabaseError } from "../errors.ts";
import type { RunCounts, RunRecord, RunTrigger } from "../store/acquisition-run-store.ts";
import { createPackager, type Packager, packageKey } from "./packager.ts";
import type { RunContext } from "./run-context.ts";
import { databaseEntry, runFailure } from "./run-failure.ts";
import { tryRunLock } from "./run-lock.ts";
import { type SelectedFile, selectUpdates } from "./select-updates.ts";
import { createSiteClient, type SiteClient } from "./site-client.ts";
import { checkPackagerPassword, checkSitePasswords } from "./unreadable-passwords.ts";

export interface StartedRun {
  readonly run: RunRecord;
  /** The run's record once it has ended. */
  readonly done: Promise<RunRecord>;
}

export const downloadsDir = (dataDir: string) => join(dataDir, "acquisition", "downloads");

const storageError = (error: unknown, what: string) =>
  new AcquisitionError(
    "PC_MGR_ACQ_STORAGE",
    `${what}: ${(error as Error).message}`,
    {},
    { cause: error },
  );

async function writeDownload(site: SiteClient, selected: SelectedFile, path: string) {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    await mkdir(join(path, ".."), { recursive: true });
    handle = await open(path, "w", 0o600);
  } catch (error) {
    throw storageError(error, path);
  }
  try {
    await site.download(selected.file, async (chunk) => {
      await handle.write(chunk).catch((error: unknown) => {
        throw storageError(error, path);
      });
    });
  } finally {
    await handle.close().catch(() => undefined);
  }
}

class Run {
  readonly #ctx: RunContext;
  readonly #run: RunRecord;
  readonly #counts = { selected: 0, packaged: 0, existing: 0, failed: 0 };

  constructor(ctx: RunContext, run: RunRecord) {
    this.#ctx = ctx;
    this.#run = run;
  }

  say(id: DptMessageId, values: Readonly<Record<string, string>> = {}) {
    return this.#ctx.dpt.write(id, values, this.#run.id);
  }

  async execute(): Promise<RunRecord> {
    let outcome: "succeeded" | "partial" | "failed";
    let detail = "";
    try {
      await this.#work();
      outcome = this.#counts.failed > 0 ? "partial" : "succeeded";
    } catch (error) {
      const failure = runFailure(error);
      for (const line of failure.lines) await this.say(line.id, line.values);
      if (!(error instanceof AcquisitionError || error instanceof DatabaseError)) {
        this.#ctx.log.error(
          { err: error, runId: this.#run.id },
          "acquisition run failed unexpectedly",
        );
      }
      outcome = "failed";
      detail = failure.detail;
    }
    this.#ctx.log.info({ runId: this.#run.id, outcome, ...this.#counts }, "acquisition run ended");
    return this.#finish(outcome, detail);
  }

  async #finish(outcome: "succeeded" | "partial" | "failed", detail: string): Promise<RunRecord> {
    const counts: RunCounts = { ...this.#counts };
    try {
      return await this.#ctx.runs.finish(this.#run.id, outcome, this.#ctx.clock(), counts, detail);
    } catch (error) {
      if (error instanceof DatabaseError) {
        const entry = databaseEntry(error);
        await this.say(entry.id, entry.values);
      }
      this.#ctx.log.error({ err: error, runId: this.#run.id }, "acquisition run not recorded");
      return { ...this.#run, ...counts, outcome, detail, finishedAt: this.#ctx.clock() };
    }
  }

  async #work(): Promise<void> {
    const { automatic, network, securityPolicy, unreadablePasswords } =
      await this.#ctx.settings.snapshot();
    checkSitePasswords(network, unreadablePasswords);
    const config = await this.#ctx.readConfig();
    const site = createSiteClient(network, this.#ctx.timers);
    try {
      const info = await site.fetchPatchInfo();
      const selected = selectUpdates(info, this.#run.startedAt, {
        automatic,
        useSettings: this.#run.trigger === "manual" || automatic.enabled,
        requiredUpdates: config.autoPackageKind === 0 ? [] : securityPolicy.requiredUpdates,
      });
      this.#counts.selected = selected.length;
      if (selected.length === 0) return;
      checkPackagerPassword(unreadablePasswords);
      const packager = createPackager({
        managerUrl: network.managerUrl ?? this.#ctx.packager.managerUrl ?? null,
        adminId: network.packagerAdminId,
        password: network.packagerPassword ?? this.#ctx.packager.password ?? null,
        // A server that presents it holds this manager's key, whatever URL reaches it.
        ownCertificate: this.#ctx.packager.ownCertificate,
      });
      try {
        await packager.login();
        await packager.ensureCabinet(automatic.cabinetId, automatic.cabinetName);
        const existing = await packager.existing(automatic.cabinetId);
        for (const file of selected)
          await this.#package(site, packager, existing, file, automatic.cabinetId);
      } finally {
        await packager.logout();
        await packager.close();
      }
    } finally {
      await site.close();
    }
  }

  async #package(
    site: SiteClient,
    packager: Packager,
    existing: Set<string>,
    selected: SelectedFile,
    cabinetId: string,
  ): Promise<void> {
    const item = {
      updateId: selected.update.id,
      fileName: selected.file.name,
      packageName: selected.packageName,
      packageCode: selected.packageCode,
    };
    const exists = async () => {
      await this.say("DPT012-W", { packageName: selected.packageName });
      this.#counts.existing += 1;
      await this.#ctx.runs.addItem(this.#run.id, {
        ...item,
        outcome: "exists",
        packageId: null,
        detail: "",
      });
    };
    if (existing.has(packageKey(selected.packageCode, selected.version, 0))) return exists();
    const path = join(downloadsDir(this.#ctx.dataDir), `${this.#run.id}-${selected.file.name}`);
    try {
      try {
        await writeDownload(site, selected, path);
      } catch (error) {
        if (!(error instanceof AcquisitionError) || error.code !== "PC_MGR_ACQ_FILE_MISMATCH")
          throw error;
        await this.say(error.dptMessageId, error.dptValues);
        this.#counts.failed += 1;
        await this.#ctx.runs.addItem(this.#run.id, {
          ...item,
          outcome: "failed",
          packageId: null,
          detail: error.detail,
        });
        return;
      }
      const result = await packager.upload({
        cabinetId,
        name: selected.packageName,
        packageCode: selected.packageCode,
        version: selected.version,
        fileName: selected.file.name,
        sha256: selected.file.sha256,
        path,
        size: selected.file.size,
      });
      if (result.kind === "exists") return exists();
      this.#counts.packaged += 1;
      await this.#ctx.runs.addItem(this.#run.id, {
        ...item,
        outcome: "packaged",
        packageId: result.packageId,
        detail: `${selected.reason}: ${selected.update.title}`,
      });
    } finally {
      await rm(path, { force: true }).catch(() => undefined);
    }
  }
}

const NO_COUNTS: RunCounts = { selected: 0, packaged: 0, existing: 0, failed: 0 };

/**
 * Records a run and takes the run lock. A slot another run has claimed:
 * undefined. The lock held elsewhere: DPT001-W, the run recorded as
 * refused, and AcquisitionAlreadyRunningError. Database failures are
 * written to DPT.LOG and thrown.
 */
export async function beginRun(
  ctx: RunContext,
  trigger: RunTrigger,
  slot: Date | null,
): Promise<StartedRun | undefined> {
  let run: RunRecord | undefined;
  let lock: Awaited<ReturnType<typeof tryRunLock>>;
  try {
    run = await ctx.runs.start(trigger, ctx.clock(), slot);
    if (!run) return undefined;
    lock = await tryRunLock(ctx.db);
    if (!lock) {
      await ctx.dpt.write("DPT001-W", {}, run.id);
      await ctx.runs.finish(
        run.id,
        "refused",
        ctx.clock(),
        NO_COUNTS,
        "PC_MGR_ACQ_ALREADY_RUNNING",
      );
      throw new AcquisitionAlreadyRunningError();
    }
  } catch (error) {
    if (error instanceof DatabaseError) {
      const entry = databaseEntry(error);
      await ctx.dpt.write(entry.id, entry.values, null);
    }
    throw error;
  }
  const held = lock;
  try {
    await endInterrupted(ctx, run.id);
  } catch (error) {
    await held.release();
    if (error instanceof DatabaseError) {
      const entry = databaseEntry(error);
      await ctx.dpt.write(entry.id, entry.values, null);
    }
    throw error;
  }
  const done = new Run(ctx, run).execute().finally(() => held.release());
  return { run, done };
}

/** What a run left "running" by a stop, a crash or a lost database is ended with. */
export const INTERRUPTED_DETAIL =
  "interrupted: the manager stopped, or lost its database, before the run was recorded as ended";

/**
 * Runs still marked running when a new one holds the lock cannot be going
 * on: the manager stopped or crashed during them, or the database failed
 * before their end was recorded. They are ended as failed.
 */
async function endInterrupted(ctx: RunContext, runId: number): Promise<void> {
  const ended = await ctx.runs.failInterrupted(runId, ctx.clock(), INTERRUPTED_DETAIL);
  if (ended.length > 0) {
    ctx.log.warn({ runs: ended }, "acquisition runs left running were ended as failed");
  }
}
