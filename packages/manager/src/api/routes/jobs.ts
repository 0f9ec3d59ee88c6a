/**
 * Jobs (contract §4): save a definition, Execute, Save and Execute, run a
 * saved job again, list, get, delete. Every answer that defines or runs a
 * job carries the warnings for the settings the destination's rules forced
 * or ignored; a refusal is 422 PC_MGR_JOB_REFUSED listing every rule broken.
 * After an execute, the PCs of the execution are handed to `onExecuted`
 * so that those online get their offer at once.
 */
import type { FastifyBaseLogger } from "fastify";
import { Type } from "typebox";
import type { ExecutionStarted } from "../../services/job-service.ts";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { errorResponses, IdParams, NoContent } from "../schemas/common.ts";
import {
  DefinedJob,
  ExecutedJob,
  Execution,
  Job,
  JobDefinitionBody,
  toExecutionView,
  toJobDefinitionInput,
  toJobView,
  toNoticeViews,
} from "../schemas/jobs.ts";

const TAGS = ["jobs"];

export function jobRoutes(app: AdminApp, ctx: ApiContext): void {
  const { jobs } = ctx.services;

  /** Hands the PCs to onExecuted; a failure there is logged, the execution stands. */
  const announce = async (execution: ExecutionStarted, log: FastifyBaseLogger) => {
    if (!ctx.onExecuted) return;
    try {
      await ctx.onExecuted(execution.destinations.map((d) => d.clientId));
    } catch (error) {
      log.warn({ err: error, executionId: execution.executionId }, "pushing offers failed");
    }
  };

  app.post(
    "/jobs",
    {
      schema: {
        operationId: "createJob",
        tags: TAGS,
        summary: "Save a job definition, to execute later",
        body: JobDefinitionBody,
        response: { 201: DefinedJob, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { job, warnings } = await jobs.createJob(toJobDefinitionInput(request.body));
      return reply.code(201).send({ job: toJobView(job), warnings: toNoticeViews(warnings) });
    },
  );

  for (const [path, mode] of [
    ["/jobs/execute", "execute"],
    ["/jobs/save-and-execute", "save-and-execute"],
  ] as const) {
    app.post(
      path,
      {
        schema: {
          operationId: mode === "execute" ? "executeNewJob" : "saveAndExecuteJob",
          tags: TAGS,
          summary:
            mode === "execute"
              ? "Define a job and execute it at once (Execute)"
              : "Save a job definition and execute it (Save and Execute)",
          body: JobDefinitionBody,
          response: { 201: ExecutedJob, ...errorResponses },
        },
      },
      async (request, reply) => {
        const input = toJobDefinitionInput(request.body);
        const { job, execution } =
          mode === "execute" ? await jobs.executeNew(input) : await jobs.saveAndExecute(input);
        await announce(execution, request.log);
        return reply.code(201).send({ job: toJobView(job), execution: toExecutionView(execution) });
      },
    );
  }

  app.post(
    "/jobs/:id/execute",
    {
      schema: {
        operationId: "executeJob",
        tags: TAGS,
        summary: "Execute a saved job again (its rules are checked again)",
        params: IdParams,
        response: { 201: Type.Object({ execution: Execution }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const execution = await jobs.execute(request.params.id);
      await announce(execution, request.log);
      return reply.code(201).send({ execution: toExecutionView(execution) });
    },
  );

  app.get(
    "/jobs",
    {
      schema: {
        operationId: "listJobs",
        tags: TAGS,
        summary: "Job definitions",
        querystring: Type.Object(
          { saved: Type.Optional(Type.Boolean({ description: "Only saved definitions" })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ jobs: Type.Array(Job) }), ...errorResponses },
      },
    },
    async (request) => {
      const list = await jobs.listJobs({ savedOnly: request.query.saved === true });
      return { jobs: list.map(toJobView) };
    },
  );

  app.get(
    "/jobs/:id",
    {
      schema: {
        operationId: "getJob",
        tags: TAGS,
        summary: "One job definition",
        params: IdParams,
        response: { 200: Job, ...errorResponses },
      },
    },
    async (request) => toJobView(await jobs.getJob(request.params.id)),
  );

  app.delete(
    "/jobs/:id",
    {
      schema: {
        operationId: "deleteJob",
        tags: TAGS,
        summary: "Delete a job definition with its executions and their status",
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await jobs.deleteJob(request.params.id);
      return reply.code(204).send(null);
    },
  );
}
