/**
 * The manager's admin API (contract §6): `/api/v1/…` on a fastify server,
 * described by the OpenAPI document at `/api/v1/openapi.json`. Every call
 * but login needs `Authorization: Bearer <token>`; every error answer has
 * one shape (error-answer.ts).
 *
 * The same server carries the PCs' side: its `app.server` is a plain
 * node:http Server, so the /agent WebSocket endpoint attaches to its
 * 'upgrade' event, and `packageDownload` mounts `/packages/download/…`.
 */
import { createRequire } from "node:module";
import Fastify, { type FastifyBaseLogger, type FastifyServerFactory } from "fastify";
import type { Database } from "../db/database.ts";
import { UnsupportedMediaTypeError } from "../errors.ts";
import type { ManagerServices } from "../services/index.ts";
import type { AdminApp, ApiContext, OnCancelled, OnExecuted } from "./api-context.ts";
import { type AdminAuth, createAdminAuth } from "./auth/admin-auth.ts";
import { requireBearer } from "./auth/bearer.ts";
import type { LoginThrottleOptions } from "./auth/login-throttle.ts";
import { installErrorAnswers } from "./error-answer.ts";
import { isLingering } from "./lingering-close.ts";
import { API_PREFIX, type OpenApiDocument, openApiRoute, registerOpenApi } from "./openapi.ts";
import { mountPackageDownload, type RawHandler } from "./package-download-route.ts";
import { acquisitionRunRoutes } from "./routes/acquisition-runs.ts";
import { acquisitionSettingsRoutes } from "./routes/acquisition-settings.ts";
import { cabinetRoutes } from "./routes/cabinets.ts";
import { clientRoutes } from "./routes/clients.ts";
import { executionCancelRoutes } from "./routes/execution-cancel.ts";
import { groupRoutes } from "./routes/groups.ts";
import { jobStatusRoutes } from "./routes/job-status.ts";
import { jobRoutes } from "./routes/jobs.ts";
import { packagePayloadRoutes } from "./routes/package-payloads.ts";
import { packageRoutes } from "./routes/packages.ts";
import { loginRoute, sessionRoutes } from "./routes/session.ts";
import { validatorCompiler } from "./validator.ts";

export interface AdminApiOptions {
  readonly services: ManagerServices;
  readonly db: Database;
  /** Logins and tokens; default: over `db`, on `clock`, with `loginThrottle`. */
  readonly admins?: AdminAuth;
  /** The clock of sessions and login throttling (default: the system's). */
  readonly clock?: () => Date;
  /** Settings of the login throttle, when `admins` is not given. */
  readonly loginThrottle?: LoginThrottleOptions;
  /** A pino logger; default: no logging. */
  readonly log?: FastifyBaseLogger;
  /** Called with the PCs of every job execution started, to push their offers. */
  readonly onExecuted?: OnExecuted;
  /** Told of each execution cancelled, so that its PCs online hear of it at once. */
  readonly onCancelled?: OnCancelled;
  /** The PCs' package download handler (src/http/package-download.ts), mounted at /packages/download/. */
  readonly packageDownload?: RawHandler;
  /** Largest package upload, in bytes (default 4 GiB). */
  readonly maxUploadBytes?: number;
  /** Largest JSON body, in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Makes the node server (an https one for TLS); default: fastify's plain HTTP server. */
  readonly serverFactory?: FastifyServerFactory;
}

const OCTET_STREAM = "application/octet-stream";
const DEFAULT_MAX_UPLOAD = 4 * 1024 ** 3;
const DEFAULT_BODY_LIMIT = 1024 * 1024;

const packageVersion = (): string =>
  String((createRequire(import.meta.url)("../../package.json") as { version?: unknown }).version);

function positive(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive integer: got ${value}`);
  }
  return value;
}

/** Everything behind the token, under /api/v1. */
function securedRoutes(app: AdminApp, ctx: ApiContext, document: () => OpenApiDocument) {
  app.addHook("onRequest", requireBearer(ctx.auth));
  openApiRoute(app, document);
  sessionRoutes(app, ctx);
  clientRoutes(app, ctx);
  groupRoutes(app, ctx);
  cabinetRoutes(app, ctx);
  packageRoutes(app, ctx);
  packagePayloadRoutes(app, ctx);
  jobRoutes(app, ctx);
  jobStatusRoutes(app, ctx);
  executionCancelRoutes(app, ctx);
  acquisitionSettingsRoutes(app, ctx);
  acquisitionRunRoutes(app, ctx);
}

/**
 * The admin API on a fastify instance of its own. Call `ready()` or
 * `listen()` on it; `close()` stops it. Bad options throw at once.
 */
export function createAdminApi(options: AdminApiOptions): AdminApp {
  if (!options.services || !options.db) throw new TypeError("services and db are required");
  const bodyLimit = positive("bodyLimit", options.bodyLimit ?? DEFAULT_BODY_LIMIT);
  const clock = options.clock ?? (() => new Date());
  const ctx: ApiContext = {
    services: options.services,
    db: options.db,
    auth:
      options.admins ??
      createAdminAuth({
        db: options.db,
        clock,
        ...(options.loginThrottle ? { throttle: options.loginThrottle } : {}),
      }),
    onExecuted: options.onExecuted,
    onCancelled: options.onCancelled,
    maxUploadBytes: positive("maxUploadBytes", options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD),
  };

  // HEAD is mounted where it is meant (the PCs' download), not added to every GET.
  const settings = {
    bodyLimit,
    exposeHeadRoutes: false,
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
  };
  const app: AdminApp = (
    options.log ? Fastify({ ...settings, loggerInstance: options.log }) : Fastify(settings)
  ).withTypeProvider();
  app.setValidatorCompiler(validatorCompiler);
  installErrorAnswers(app, bodyLimit);
  // A request sent behind an upload refused before its body was read, on
  // the same connection, is never run: that connection is closing, and its
  // answer could not be sent (lingering-close.ts).
  app.addHook("onRequest", (request, reply, done) => {
    if (!isLingering(request.raw.socket)) return done();
    // Not destroyed here: bytes still unread would turn the close into a
    // reset, and the client would lose the answer it is owed. Its body is
    // drained with the rest until the connection closes.
    reply.hijack();
    request.raw.resume();
  });
  app.addContentTypeParser(OCTET_STREAM, (request, payload, done) => {
    const upload =
      request.routeOptions.url === `${API_PREFIX}/packages` && request.method === "POST";
    done(upload ? null : new UnsupportedMediaTypeError(OCTET_STREAM), payload);
  });

  app.register(async (root) => {
    await registerOpenApi(root, packageVersion());
    root.register(
      async (api) => {
        loginRoute(api, ctx);
        api.register(async (secured) =>
          securedRoutes(secured, ctx, () => root.swagger() as OpenApiDocument),
        );
      },
      { prefix: API_PREFIX },
    );
    if (options.packageDownload) mountPackageDownload(root, options.packageDownload);
  });
  return app;
}
