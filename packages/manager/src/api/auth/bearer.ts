/**
 * The `Authorization: Bearer <token>` check every admin API call but login
 * goes through (contract §6). The session found is kept per request for
 * the routes (`sessionOf`).
 */
import type { FastifyRequest } from "fastify";
import { UnauthenticatedError } from "../../errors.ts";
import type { AdminAuth, Session } from "./admin-auth.ts";

const sessions = new WeakMap<FastifyRequest, Session & { token: string }>();

const BEARER = /^Bearer +([^\s]+) *$/i;

/** The token of a request's Authorization header, or an UnauthenticatedError. */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (header === undefined) {
    throw new UnauthenticatedError(
      "This call needs an Authorization: Bearer header with a token from POST /api/v1/login.",
    );
  }
  const match = BEARER.exec(header);
  if (!match?.[1])
    throw new UnauthenticatedError("The Authorization header must be: Bearer <token>.");
  return match[1];
}

/** An onRequest hook: lets the request through with a valid token, else an UnauthenticatedError. */
export function requireBearer(auth: AdminAuth) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request);
    const session = await auth.authenticate(token);
    sessions.set(request, { ...session, token });
  };
}

/** The session a request authenticated with (after requireBearer). */
export function sessionOf(request: FastifyRequest): Session & { token: string } {
  const session = sessions.get(request);
  if (!session) throw new UnauthenticatedError();
  return session;
}
