/** Clients (contract §4): PCs registered on their first authenticated connection; read-only here. */
import { Type } from "typebox";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { errorResponses } from "../schemas/common.ts";
import { Client, toClientView } from "../schemas/resources.ts";

const TAGS = ["clients"];

export function clientRoutes(app: AdminApp, { services }: ApiContext): void {
  app.get(
    "/clients",
    {
      schema: {
        operationId: "listClients",
        tags: TAGS,
        summary: "Every registered PC",
        response: { 200: Type.Object({ clients: Type.Array(Client) }), ...errorResponses },
      },
    },
    async () => ({ clients: (await services.clients.listClients()).map(toClientView) }),
  );

  app.get(
    "/clients/:pcId",
    {
      schema: {
        operationId: "getClient",
        tags: TAGS,
        summary: "One PC by its PC ID",
        params: Type.Object({ pcId: Type.String({ minLength: 1, maxLength: 128 }) }),
        response: { 200: Client, ...errorResponses },
      },
    },
    async (request) => toClientView(await services.clients.getClient(request.params.pcId)),
  );
}
