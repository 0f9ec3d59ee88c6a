/**
 * Login and logout (contract §6): `POST /login` with an administrator ID and
 * password answers a bearer token; `POST /logout` ends it; `GET /session`
 * says whose it is and until when.
 */
import { Type } from "typebox";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { sessionOf } from "../auth/bearer.ts";
import { DateTime, errorResponses, NoContent } from "../schemas/common.ts";

const TAGS = ["session"];

const Session = Type.Object({
  adminId: Type.String(),
  expiresAt: DateTime,
});

/** Public: the only route that needs no token. */
export function loginRoute(app: AdminApp, ctx: ApiContext): void {
  app.post(
    "/login",
    {
      schema: {
        operationId: "login",
        tags: TAGS,
        summary: "Log in with an administrator ID and password; answers a bearer token",
        security: [],
        body: Type.Object(
          {
            id: Type.String({ minLength: 1, maxLength: 64, description: "Administrator ID" }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            token: Type.String({ description: "Send as Authorization: Bearer <token>" }),
            tokenType: Type.Literal("Bearer"),
            ...Session.properties,
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const result = await ctx.auth.login({
        id: request.body.id,
        password: request.body.password,
        remoteAddress: request.ip,
      });
      return {
        token: result.token,
        tokenType: "Bearer" as const,
        adminId: result.adminId,
        expiresAt: result.expiresAt.toISOString(),
      };
    },
  );
}

/** Behind the token. */
export function sessionRoutes(app: AdminApp, ctx: ApiContext): void {
  app.post(
    "/logout",
    {
      schema: {
        operationId: "logout",
        tags: TAGS,
        summary: "End the session of the token this call carries",
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await ctx.auth.logout(sessionOf(request).token);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/session",
    {
      schema: {
        operationId: "getSession",
        tags: TAGS,
        summary: "The administrator the token belongs to, and when it expires",
        response: { 200: Session, ...errorResponses },
      },
    },
    async (request) => {
      const session = sessionOf(request);
      return { adminId: session.adminId, expiresAt: session.expiresAt.toISOString() };
    },
  );
}
