/** Acquisition runs: run now, list, one run with its files and DPT.LOG lines, and the lines (contract §6). */
import { Type } from "typebox";
import { acquisitionFor } from "../../acquisition/acquisition-registry.ts";
import { AcquisitionUnavailableError } from "../../errors.ts";
import type { AdminApp, ApiContext } from "../api-context.ts";
import {
  AcquisitionRun,
  DptLine,
  RunDetailsView,
  toLineView,
  toRunDetailsView,
  toRunView,
} from "../schemas/acquisition.ts";
import { errorResponses, IdParams, RowId } from "../schemas/common.ts";

const TAGS = ["acquisition"];

export function acquisitionRunRoutes(app: AdminApp, { services, db }: ApiContext): void {
  const runs = services.acquisitionRuns;

  app.post(
    "/acquisition/runs",
    {
      schema: {
        operationId: "runAcquisition",
        tags: TAGS,
        summary: "Run the acquisition now",
        description:
          "Answers 202 with the run as it starts, or with wait=true 200 once it has ended. While another run is in progress: 409 PC_MGR_ACQ_ALREADY_RUNNING (DPT001-W).",
        querystring: Type.Object(
          { wait: Type.Optional(Type.Boolean({ default: false })) },
          { additionalProperties: false },
        ),
        response: { 200: AcquisitionRun, 202: AcquisitionRun, ...errorResponses },
      },
    },
    async (request, reply) => {
      const acquisition = acquisitionFor(db);
      if (!acquisition) throw new AcquisitionUnavailableError();
      const started = await acquisition.runNow();
      if (request.query.wait) return reply.code(200).send(toRunView(await started.done));
      return reply.code(202).send(toRunView(started.run));
    },
  );

  app.get(
    "/acquisition/runs",
    {
      schema: {
        operationId: "listAcquisitionRuns",
        tags: TAGS,
        summary: "Acquisition runs, newest first",
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ runs: Type.Array(AcquisitionRun) }), ...errorResponses },
      },
    },
    async (request) => ({ runs: (await runs.listRuns(request.query.limit ?? 100)).map(toRunView) }),
  );

  app.get(
    "/acquisition/runs/:id",
    {
      schema: {
        operationId: "getAcquisitionRun",
        tags: TAGS,
        summary: "One run: what it did with each file, and its DPT.LOG lines",
        params: IdParams,
        response: { 200: RunDetailsView, ...errorResponses },
      },
    },
    async (request) => toRunDetailsView(await runs.getRun(request.params.id)),
  );

  app.get(
    "/acquisition/dpt-log",
    {
      schema: {
        operationId: "listDptLogLines",
        tags: TAGS,
        summary: "DPT.LOG lines of the runs: the newest, or those after a line (to follow)",
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 200 })),
            after: Type.Optional(RowId),
            run: Type.Optional(RowId),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ lines: Type.Array(DptLine) }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, after, run } = request.query;
      const lines = await runs.dptLines({
        limit: limit ?? 200,
        ...(after === undefined ? {} : { afterId: after }),
        ...(run === undefined ? {} : { runId: run }),
      });
      return { lines: lines.map(toLineView) };
    },
  );
}
