/**
 * Cancel a job execution: no PC is offered it from then on; destinations
 * never offered end at once in error with the cancelled maintenance code;
 * the PCs that hold the job are told JobCancel (those online at once, the
 * others when they next connect) and end it with their own report.
 * Cancelling again answers the same cancellation and changes nothing.
 */
import { Type } from "typebox";
import { MAX_CANCEL_REASON_CHARS } from "../../services/execution-cancel-service.ts";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { sessionOf } from "../auth/bearer.ts";
import { errorResponses, IdParams, RowId } from "../schemas/common.ts";
import { Cancellation, toCancellationJson } from "../schemas/status.ts";

const CancelBody = Type.Object(
  {
    reason: Type.Optional(
      Type.String({
        maxLength: MAX_CANCEL_REASON_CHARS,
        description: "Shown in each destination's detailed information",
      }),
    ),
  },
  { additionalProperties: false },
);

const CancelAnswer = Type.Object({
  executionId: RowId,
  wireJobId: Type.String(),
  cancellation: Cancellation,
  cancelledNow: Type.Boolean({
    description: "False when it had been cancelled before: nothing changed",
  }),
  ended: Type.Integer({
    minimum: 0,
    description: "Destinations never offered, ended at once in error (cancelled)",
  }),
  told: Type.Integer({
    minimum: 0,
    description: "Destinations whose PC holds the job: told to cancel, they end with its report",
  }),
});

export function executionCancelRoutes(app: AdminApp, ctx: ApiContext): void {
  app.post(
    "/executions/:id/cancel",
    {
      schema: {
        operationId: "cancelExecution",
        tags: ["jobs"],
        summary: "Cancel a job execution on every destination where it is not over",
        params: IdParams,
        body: CancelBody,
        response: { 200: CancelAnswer, ...errorResponses },
      },
      // A cancel needs no reason: no body at all is an empty one.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => {
      const cancelled = await ctx.services.cancellations.cancel(request.params.id, {
        by: sessionOf(request).adminId,
        reason: request.body.reason ?? null,
      });
      if (cancelled.cancelledNow && ctx.onCancelled) {
        try {
          await ctx.onCancelled(cancelled);
        } catch (error) {
          request.log.warn(
            { err: error, executionId: cancelled.executionId },
            "telling the PCs of a cancelled execution failed: they are told when they next connect",
          );
        }
      }
      return {
        executionId: cancelled.executionId,
        wireJobId: cancelled.wireJobId,
        cancellation: toCancellationJson(cancelled.cancellation) as NonNullable<
          ReturnType<typeof toCancellationJson>
        >,
        cancelledNow: cancelled.cancelledNow,
        ended: cancelled.ended,
        told: cancelled.told,
      };
    },
  );
}
