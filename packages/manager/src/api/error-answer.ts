/**
 * The one error shape of the admin API: `{ statusCode, code, error,
 * message }`, plus `field` or `violations` when the error carries them.
 * A ManagerError answers with its own status and code; fastify's own
 * request errors (validation, JSON, media type, size) become the API's
 * codes; anything else is a 500 that says nothing of its internals and is
 * logged in full.
 */
import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  AlreadyExistsError,
  ApiBadRequestError,
  BodyTooLargeError,
  InternalApiError,
  InvalidInputError,
  JobRefusedError,
  LoginRateLimitedError,
  ManagerError,
  RouteNotFoundError,
  UnsupportedMediaTypeError,
} from "../errors.ts";
import type { ErrorBodyView } from "./schemas/common.ts";

export interface ErrorAnswer {
  readonly body: ErrorBodyView;
  readonly headers: Readonly<Record<string, string>>;
  /** True for a failure the API did not expect: logged as an error with its stack. */
  readonly unexpected: boolean;
}

interface ValidationIssue {
  readonly instancePath?: string;
  readonly message?: string;
  readonly keyword?: string;
  readonly params?: Record<string, unknown>;
}

const isFastifyError = (
  error: unknown,
): error is FastifyError & { validation?: ValidationIssue[] } =>
  error instanceof Error && typeof (error as FastifyError).code === "string";

/** `body.name` from the validation context and an instance path `/name`. */
function fieldOf(
  context: string | undefined,
  issue: ValidationIssue | undefined,
): string | undefined {
  if (context === undefined || issue === undefined) return undefined;
  const extra =
    issue.keyword === "additionalProperties" ? issue.params?.additionalProperties : undefined;
  const path = (issue.instancePath ?? "").split("/").filter(Boolean);
  if (Array.isArray(extra) && typeof extra[0] === "string") path.push(extra[0]);
  return [context, ...path].join(".");
}

function badRequestOf(
  error: FastifyError & { validation?: ValidationIssue[] },
): ApiBadRequestError {
  const context = error.validationContext;
  // "schema is false" repeats what additionalProperties says better.
  const issues = (error.validation ?? []).filter((i) => i.keyword !== "boolean");
  const first = issues[0];
  const field = fieldOf(context, first);
  const unknown = first?.keyword === "additionalProperties";
  const message = unknown
    ? `${field ?? context} is not a known field`
    : `${field ?? context ?? "request"} ${first?.message ?? "is not valid"}`;
  return new ApiBadRequestError(message, field);
}

/** What the answer to a failed request may name besides the error. */
export interface ErrorContext {
  readonly requestId: string;
  readonly contentType?: string | undefined;
  /** The JSON body limit, in bytes. */
  readonly bodyLimit: number;
}

/** The ManagerError that fastify's own errors stand for, or undefined for an unexpected one. */
function fromFastify(
  error: FastifyError & { validation?: ValidationIssue[] },
  context: ErrorContext,
): ManagerError | undefined {
  if (error.validation) return badRequestOf(error);
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return new UnsupportedMediaTypeError(context.contentType);
  }
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return new BodyTooLargeError(context.bodyLimit);
  const status = error.statusCode ?? 500;
  // Fastify's other request errors (bad JSON, empty body…) have safe messages.
  return status >= 400 && status < 500 ? new ApiBadRequestError(error.message) : undefined;
}

export function errorAnswerOf(error: unknown, context: ErrorContext): ErrorAnswer {
  const known =
    error instanceof ManagerError
      ? error
      : isFastifyError(error)
        ? fromFastify(error, context)
        : undefined;
  const managerError = known ?? new InternalApiError(context.requestId);
  const body: { -readonly [K in keyof ErrorBodyView]: ErrorBodyView[K] } = {
    statusCode: managerError.statusCode,
    code: managerError.code,
    error: STATUS_CODES[managerError.statusCode] ?? "Error",
    message: managerError.message,
  };
  if (
    managerError instanceof InvalidInputError ||
    managerError instanceof AlreadyExistsError ||
    (managerError instanceof ApiBadRequestError && managerError.field !== undefined)
  ) {
    body.field = managerError.field as string;
  }
  if (managerError instanceof JobRefusedError) {
    body.violations = managerError.violations.map((v) =>
      v.detail === undefined
        ? { rule: v.rule, message: v.message }
        : { rule: v.rule, message: v.message, detail: v.detail },
    );
  }
  const headers: Record<string, string> =
    managerError instanceof LoginRateLimitedError
      ? { "retry-after": String(managerError.retryAfterSeconds) }
      : {};
  return { body, headers, unexpected: known === undefined };
}

function send(request: FastifyRequest, reply: FastifyReply, error: unknown, bodyLimit: number) {
  const answer = errorAnswerOf(error, {
    requestId: String(request.id),
    contentType: request.headers["content-type"],
    bodyLimit,
  });
  if (answer.unexpected) request.log.error({ err: error }, "admin API: unexpected failure");
  else if (answer.body.statusCode >= 500) request.log.error({ err: error }, answer.body.message);
  return reply.code(answer.body.statusCode).headers(answer.headers).send(answer.body);
}

/** Answers every error, and every unknown route, in the one error shape. */
export function installErrorAnswers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error, request, reply) => send(request, reply, error, bodyLimit));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    return send(request, reply, new RouteNotFoundError(request.method, path), bodyLimit);
  });
}
