import { MANAGER_ERRORS, type ManagerErrorCode } from "./catalogue.ts";

/** An error of the manager: `code` is stable, `statusCode` is what the admin API answers. */
export class ManagerError extends Error {
  override name = "ManagerError";
  readonly code: ManagerErrorCode;
  readonly statusCode: number;

  constructor(code: ManagerErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.statusCode = MANAGER_ERRORS[code].statusCode;
  }
}
