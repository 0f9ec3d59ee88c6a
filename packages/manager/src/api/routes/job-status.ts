/**
 * Job execution status (contract §4): per job and per execution, each
 * destination's state, the time of each transition, and for errors the
 * maintenance code with its cause and action; one destination's detailed
 * information on its own.
 */
import { Type } from "typebox";
import { NotFoundError } from "../../errors.ts";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import {
  DestinationStatus,
  ExecutionStatus,
  JobStatus,
  toDestinationStatusJson,
  toExecutionStatusJson,
  toJobStatusJson,
} from "../schemas/status.ts";

const TAGS = ["status"];

export function jobStatusRoutes(app: AdminApp, { services }: ApiContext): void {
  const { executionStatus } = services;

  app.get(
    "/jobs/:id/status",
    {
      schema: {
        operationId: "getJobStatus",
        tags: TAGS,
        summary: "Status of every execution of a job, per destination",
        params: IdParams,
        response: { 200: JobStatus, ...errorResponses },
      },
    },
    async (request) => toJobStatusJson(await executionStatus.getJobStatus(request.params.id)),
  );

  app.get(
    "/executions/:id",
    {
      schema: {
        operationId: "getExecutionStatus",
        tags: TAGS,
        summary: "Status of one job execution, per destination",
        params: IdParams,
        response: { 200: ExecutionStatus, ...errorResponses },
      },
    },
    async (request) =>
      toExecutionStatusJson(await executionStatus.getExecutionStatus(request.params.id)),
  );

  app.get(
    "/executions/:id/destinations/:pcId",
    {
      schema: {
        operationId: "getDestinationStatus",
        tags: TAGS,
        summary: "Detailed information of one destination of a job execution",
        params: Type.Object({
          ...IdParams.properties,
          pcId: Type.String({ minLength: 1, maxLength: 128 }),
        }),
        response: { 200: DestinationStatus, ...errorResponses },
      },
    },
    async (request) => {
      const { id, pcId } = request.params;
      const view = await executionStatus.getExecutionStatus(id);
      const destination = view.destinations.find((d) => d.pcId === pcId);
      if (!destination) throw new NotFoundError("job destination", `${id}/${pcId}`);
      return toDestinationStatusJson(destination);
    },
  );
}
