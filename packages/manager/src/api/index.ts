/** The manager's admin API (contract §6). */
export { type AdminApiOptions, createAdminApi } from "./admin-api.ts";
export type { AdminApp, OnExecuted } from "./api-context.ts";
export {
  type AdminAuth,
  type AdminAuthOptions,
  createAdminAuth,
  type LoginInput,
  type LoginResult,
  type Session,
} from "./auth/admin-auth.ts";
export {
  ADMIN_ID_PATTERN,
  type EnsureAdministratorOptions,
  type EnsureAdministratorResult,
  ensureAdministrator,
} from "./auth/ensure-administrator.ts";
export {
  createLoginThrottle,
  type LoginThrottle,
  type LoginThrottleOptions,
} from "./auth/login-throttle.ts";
export {
  DEFAULT_SCRYPT_PARAMS,
  hashPassword,
  type ScryptParams,
  verifyPassword,
} from "./auth/password-hash.ts";
export { type ErrorAnswer, errorAnswerOf } from "./error-answer.ts";
export { API_PREFIX, OPENAPI_PATH } from "./openapi.ts";
export {
  mountPackageDownload,
  PACKAGE_DOWNLOAD_PREFIX,
  type RawHandler,
} from "./package-download-route.ts";
