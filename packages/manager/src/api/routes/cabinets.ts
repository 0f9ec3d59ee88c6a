/** Cabinets (contract §5): an ID of two upper-case letters or digits and a name. */
import { Type } from "typebox";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { errorResponses } from "../schemas/common.ts";
import { Cabinet, toCabinetView } from "../schemas/resources.ts";

const TAGS = ["cabinets"];

export function cabinetRoutes(app: AdminApp, { services }: ApiContext): void {
  const { cabinets } = services;

  app.post(
    "/cabinets",
    {
      schema: {
        operationId: "createCabinet",
        tags: TAGS,
        summary: "Create a cabinet",
        body: Type.Object(
          {
            id: Type.String({ description: "Two upper-case letters or digits" }),
            name: Type.String({ description: '1-32 characters without \\ / * " : ; or space' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Cabinet, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(toCabinetView(await cabinets.createCabinet(request.body))),
  );

  app.get(
    "/cabinets",
    {
      schema: {
        operationId: "listCabinets",
        tags: TAGS,
        summary: "Every cabinet",
        response: { 200: Type.Object({ cabinets: Type.Array(Cabinet) }), ...errorResponses },
      },
    },
    async () => ({ cabinets: (await cabinets.listCabinets()).map(toCabinetView) }),
  );

  app.get(
    "/cabinets/:id",
    {
      schema: {
        operationId: "getCabinet",
        tags: TAGS,
        summary: "One cabinet",
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: Cabinet, ...errorResponses },
      },
    },
    async (request) => toCabinetView(await cabinets.getCabinet(request.params.id)),
  );
}
