/** Errors of the admin API: requests, login and tokens. */
import { ManagerError } from "./manager-error.ts";

/** An admin API request that does not match its route's schema (PC_MGR_API_BAD_REQUEST). */
export class ApiBadRequestError extends ManagerError {
  override name = "ApiBadRequestError";
  /** The field at fault (`body.name`, `query.cabinet`), when there is one. */
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super("PC_MGR_API_BAD_REQUEST", message);
    this.field = field;
  }
}

/** An admin API call without a valid token (PC_MGR_API_UNAUTHENTICATED). */
export class UnauthenticatedError extends ManagerError {
  override name = "UnauthenticatedError";
  constructor(message = "This call needs a valid token: log in with POST /api/v1/login.") {
    super("PC_MGR_API_UNAUTHENTICATED", message);
  }
}

/** A wrong administrator ID or password; the same whichever was wrong (PC_MGR_API_LOGIN_FAILED). */
export class LoginFailedError extends ManagerError {
  override name = "LoginFailedError";
  constructor() {
    super("PC_MGR_API_LOGIN_FAILED", "The administrator ID or password is incorrect.");
  }
}

/** Logins refused for a while after repeated failures (PC_MGR_API_RATE_LIMITED). */
export class LoginRateLimitedError extends ManagerError {
  override name = "LoginRateLimitedError";
  /** Whole seconds to wait (the Retry-After header). */
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      "PC_MGR_API_RATE_LIMITED",
      `Too many failed logins: try again in ${retryAfterSeconds} second(s).`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** No admin API route with that method and path (PC_MGR_API_ROUTE_NOT_FOUND). */
export class RouteNotFoundError extends ManagerError {
  override name = "RouteNotFoundError";
  constructor(method: string, path: string) {
    super("PC_MGR_API_ROUTE_NOT_FOUND", `No route ${method} ${path}.`);
  }
}

/** A request body of a Content-Type the route does not take (PC_MGR_API_UNSUPPORTED_MEDIA_TYPE). */
export class UnsupportedMediaTypeError extends ManagerError {
  override name = "UnsupportedMediaTypeError";
  constructor(contentType: string | undefined) {
    super(
      "PC_MGR_API_UNSUPPORTED_MEDIA_TYPE",
      `Content-Type ${JSON.stringify(contentType ?? "")} is not taken here: send application/json, or application/octet-stream for a package upload.`,
    );
  }
}

/** A JSON request body over the limit (PC_MGR_API_BODY_TOO_LARGE). */
export class BodyTooLargeError extends ManagerError {
  override name = "BodyTooLargeError";
  readonly limit: number;
  constructor(limit: number) {
    super("PC_MGR_API_BODY_TOO_LARGE", `The request body exceeds the limit of ${limit} bytes.`);
    this.limit = limit;
  }
}

/** An unexpected failure, answered without its internals (PC_MGR_API_INTERNAL). */
export class InternalApiError extends ManagerError {
  override name = "InternalApiError";
  constructor(requestId?: string) {
    super(
      "PC_MGR_API_INTERNAL",
      requestId === undefined
        ? "An internal error occurred; the manager's log has the details."
        : `An internal error occurred; the manager's log has the details (request ${requestId}).`,
    );
  }
}
