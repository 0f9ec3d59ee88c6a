/**
 * Jobs (contract §4, seed 001 Appendix B.5 (1)): a definition for a
 * destination group and a package, checked against the security-PC rules
 * when it is defined and again at every execute. A refusal is a
 * JobRefusedError listing every rule broken; a forced or ignored setting
 * comes back as a warning.
 *
 * - `createJob`: defines and saves a job, to execute later.
 * - `execute(jobId)`: runs a job definition; every run is a job execution of
 *   its own, with the settings that run and the warnings, and one `waiting`
 *   status per destination.
 * - `executeNew`: the Execute button of a new job (the definition is kept
 *   but not marked saved); `saveAndExecute`: Save and Execute.
 */

import type { Queryable } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import type { ClientRole, RuleNotice } from "../jobs/job-rules.ts";
import { createExecutionStore, type ExecutionMode } from "../store/execution-store.ts";
import { effectiveSettingsOf } from "../store/job-settings.ts";
import { createJobStore, type JobRecord } from "../store/job-store.ts";
import { createStatusStore } from "../store/status-store.ts";
import { type AcceptedJob, evaluateStoredJob } from "./job-evaluation.ts";
import { checkJobDefinition, type JobDefinitionInput } from "./job-input.ts";
import { type ServiceDeps, systemClock } from "./service-deps.ts";
import { checkId } from "./validation.ts";
import { wireJobId } from "./wire-job-id.ts";

export interface DefinedJob {
  readonly job: JobRecord;
  readonly warnings: readonly RuleNotice[];
}

export interface ExecutionStarted {
  readonly executionId: number;
  /** What the PCs see as the job ID (see wire-job-id.ts). */
  readonly wireJobId: string;
  readonly jobId: number;
  readonly mode: ExecutionMode;
  /** The server execution date; null: at once. */
  readonly executeAt: Date | null;
  readonly destinations: readonly { clientId: number; pcId: string; role: ClientRole }[];
  readonly warnings: readonly RuleNotice[];
}

export interface JobService {
  createJob(input: JobDefinitionInput): Promise<DefinedJob>;
  execute(jobId: number): Promise<ExecutionStarted>;
  executeNew(input: JobDefinitionInput): Promise<{ job: JobRecord; execution: ExecutionStarted }>;
  saveAndExecute(
    input: JobDefinitionInput,
  ): Promise<{ job: JobRecord; execution: ExecutionStarted }>;
  getJob(id: number): Promise<JobRecord>;
  listJobs(options?: { savedOnly?: boolean }): Promise<JobRecord[]>;
  /** Deletes a definition with its executions and their statuses. */
  deleteJob(id: number): Promise<void>;
}

export function createJobService(deps: ServiceDeps): JobService {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;

  const define = async (tx: Queryable, input: JobDefinitionInput, saved: boolean) => {
    const definition = checkJobDefinition(input);
    const accepted = await evaluateStoredJob(tx, definition);
    const job = await createJobStore(tx).insert({ ...definition, saved }, clock());
    return { job, accepted };
  };

  /** Runs `job`; `accepted` is its evaluation earlier in the same transaction, if there was one. */
  const run = async (
    tx: Queryable,
    job: JobRecord,
    mode: ExecutionMode,
    evaluated?: AcceptedJob,
  ): Promise<ExecutionStarted> => {
    // Defined and run in one transaction, the job is evaluated once: with
    // 10,000 destinations, each evaluation reads the whole group.
    const accepted = evaluated ?? (await evaluateStoredJob(tx, job));
    const at = clock();
    const executeAt = accepted.effective.serverExecuteAt;
    const executionId = await createExecutionStore(tx).insert(
      {
        jobId: job.id,
        mode,
        settings: effectiveSettingsOf(accepted.effective),
        warnings: accepted.warnings,
        executeAt,
      },
      at,
    );
    await createStatusStore(tx).insertWaiting(
      executionId,
      accepted.members.map((m) => m.id),
      at,
    );
    return {
      executionId,
      wireJobId: wireJobId(executionId),
      jobId: job.id,
      mode,
      executeAt,
      destinations: accepted.members.map((m) => ({ clientId: m.id, pcId: m.pcId, role: m.role })),
      warnings: accepted.warnings,
    };
  };

  const defineAndRun = (input: JobDefinitionInput, mode: ExecutionMode) =>
    db.transaction(async (tx) => {
      const { job, accepted } = await define(tx, input, mode === "save-and-execute");
      return { job, execution: await run(tx, job, mode, accepted) };
    });

  const getJob = async (id: number) => {
    const job = await createJobStore(db).byId(checkId("job", id));
    if (job === undefined) throw new NotFoundError("job", id);
    return job;
  };

  return {
    createJob: (input) =>
      db.transaction(async (tx) => {
        const { job, accepted } = await define(tx, input, true);
        return { job, warnings: accepted.warnings };
      }),
    execute: (jobId) =>
      db.transaction(async (tx) => {
        const job = await createJobStore(tx).byId(checkId("job", jobId));
        if (job === undefined) throw new NotFoundError("job", jobId);
        return run(tx, job, "execute");
      }),
    executeNew: (input) => defineAndRun(input, "execute"),
    saveAndExecute: (input) => defineAndRun(input, "save-and-execute"),
    getJob,
    listJobs: (options) => createJobStore(db).list(options),
    async deleteJob(id) {
      if (!(await createJobStore(db).delete(checkId("job", id))))
        throw new NotFoundError("job", id);
    },
  };
}
