/**
 * Every error pki-sim raises, in one catalogue: a stable code (equal to its
 * key), the exit status the CLI ends with, and what it means. README.md
 * lists the same codes; a test keeps the two in step.
 */

export const PKI_ERRORS = Object.freeze({
  PKI_ERR_USAGE: {
    code: "PKI_ERR_USAGE",
    exitCode: 2,
    description: "The command line is wrong: an unknown or missing option, or a bad value.",
  },
  PKI_ERR_CONFIG: {
    code: "PKI_ERR_CONFIG",
    exitCode: 2,
    description:
      "The config file (--config or PATCHCAST_PKI_CONFIG) cannot be read, is not a JSON object, or holds a key other than office or a value that is not a string.",
  },
  PKI_ERR_UNKNOWN_COMMAND: {
    code: "PKI_ERR_UNKNOWN_COMMAND",
    exitCode: 2,
    description: "The sub-command does not exist; see patchcast-pki --help.",
  },
  PKI_ERR_UNKNOWN_FAULT: {
    code: "PKI_ERR_UNKNOWN_FAULT",
    exitCode: 2,
    description: "The fault kind is not one of those listed by patchcast-pki faults.",
  },
  PKI_ERR_FAULT_CONFLICT: {
    code: "PKI_ERR_FAULT_CONFLICT",
    exitCode: 2,
    description:
      "Two of the faults asked for cannot be built into one device: one would undo or hide the other (README.md, Fault combinations).",
  },
  PKI_ERR_INVALID_OPTION: {
    code: "PKI_ERR_INVALID_OPTION",
    exitCode: 2,
    description: "A library option is out of range (validity days, PC ID, key type, count).",
  },
  PKI_ERR_OFFICE_NOT_FOUND: {
    code: "PKI_ERR_OFFICE_NOT_FOUND",
    exitCode: 1,
    description: "The certification office directory does not exist or was never initialised.",
  },
  PKI_ERR_OFFICE_EXISTS: {
    code: "PKI_ERR_OFFICE_EXISTS",
    exitCode: 1,
    description: "init refuses to overwrite a certification office that already exists.",
  },
  PKI_ERR_OFFICE_UNREADABLE: {
    code: "PKI_ERR_OFFICE_UNREADABLE",
    exitCode: 1,
    description: "A file of the certification office is missing or damaged.",
  },
  PKI_ERR_DEVICE_UNREADABLE: {
    code: "PKI_ERR_DEVICE_UNREADABLE",
    exitCode: 1,
    description: "The device to revoke has no readable device.crt.",
  },
  PKI_ERR_NOT_PERMITTED: {
    code: "PKI_ERR_NOT_PERMITTED",
    exitCode: 1,
    description: "The fault needs a privilege this process lacks (a foreign key owner needs root).",
  },
} as const);

export type PkiErrorCode = keyof typeof PKI_ERRORS;

/** An error of pki-sim: `code` is stable, `exitCode` is what the CLI exits with. */
export class PkiSimError extends Error {
  override name = "PkiSimError";
  readonly code: PkiErrorCode;
  readonly exitCode: number;

  constructor(code: PkiErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.exitCode = PKI_ERRORS[code].exitCode;
  }
}
