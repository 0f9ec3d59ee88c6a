/** Errors of the manager's objects: payloads, packages, groups, jobs, reports. */
import { formatDptMessage } from "../dpt/messages.ts";
import type { RuleNotice } from "../jobs/job-rules.ts";
import { ManagerError } from "./manager-error.ts";

/** A package payload over the size limit (PC_MGR_PAYLOAD_TOO_LARGE). */
export class PayloadTooLargeError extends ManagerError {
  override name = "PayloadTooLargeError";
  readonly limit: number;
  constructor(limit: number) {
    super("PC_MGR_PAYLOAD_TOO_LARGE", `payload exceeds the limit of ${limit} bytes`);
    this.limit = limit;
  }
}

/** A package payload whose SHA-256 is not the one announced (PC_MGR_PAYLOAD_DIGEST_MISMATCH). */
export class PayloadDigestMismatchError extends ManagerError {
  override name = "PayloadDigestMismatchError";
  readonly expected: string;
  readonly actual: string;
  constructor(expected: string, actual: string) {
    super("PC_MGR_PAYLOAD_DIGEST_MISMATCH", `payload SHA-256 must be ${expected}: got ${actual}`);
    this.expected = expected;
    this.actual = actual;
  }
}

/** The kinds of object the manager keeps, as errors name them. */
export type ResourceKind =
  | "client"
  | "destination group"
  | "cabinet"
  | "package"
  | "package payload"
  | "job"
  | "job execution"
  | "job destination"
  | "acquisition run";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The object asked for does not exist (PC_MGR_NOT_FOUND). */
export class NotFoundError extends ManagerError {
  override name = "NotFoundError";
  readonly resource: ResourceKind;
  readonly key: string;
  constructor(resource: ResourceKind, key: string | number) {
    super("PC_MGR_NOT_FOUND", `${capitalized(resource)} ${JSON.stringify(key)} does not exist.`);
    this.resource = resource;
    this.key = String(key);
  }
}

/** The identity is taken (PC_MGR_ALREADY_EXISTS): `field` is what collided. */
export class AlreadyExistsError extends ManagerError {
  override name = "AlreadyExistsError";
  readonly resource: ResourceKind;
  readonly field: string;
  readonly value: string;
  constructor(resource: ResourceKind, field: string, value: string) {
    super(
      "PC_MGR_ALREADY_EXISTS",
      `A ${resource} with ${field} ${JSON.stringify(value)} already exists.`,
    );
    this.resource = resource;
    this.field = field;
    this.value = value;
  }
}

/** A value breaks its rule (PC_MGR_INVALID_INPUT); `field` names it. */
export class InvalidInputError extends ManagerError {
  override name = "InvalidInputError";
  readonly field: string;
  constructor(field: string, message: string) {
    super("PC_MGR_INVALID_INPUT", `${field}: ${message}`);
    this.field = field;
  }
}

/** Refused to delete an object that jobs refer to (PC_MGR_IN_USE). */
export class InUseError extends ManagerError {
  override name = "InUseError";
  readonly resource: ResourceKind;
  readonly key: string;
  /** The jobs that refer to it. */
  readonly jobIds: readonly number[];
  constructor(resource: ResourceKind, key: string | number, jobIds: readonly number[]) {
    const shown = jobIds.slice(0, 10).join(", ");
    const more = jobIds.length > 10 ? ` and ${jobIds.length - 10} more` : "";
    super(
      "PC_MGR_IN_USE",
      `${capitalized(resource)} ${JSON.stringify(String(key))} is used by job(s) ${shown}${more}; delete those jobs first.`,
    );
    this.resource = resource;
    this.key = String(key);
    this.jobIds = Object.freeze([...jobIds]);
  }
}

/** DPT012-W: "Package '…' already exists." (PC_MGR_PACKAGE_EXISTS). */
export class PackageExistsError extends ManagerError {
  override name = "PackageExistsError";
  readonly packageName: string;
  constructor(packageName: string) {
    super("PC_MGR_PACKAGE_EXISTS", formatDptMessage("DPT012-W", { packageName }));
    this.packageName = packageName;
  }
}

/** The cabinet holds as many packages as it may (PC_MGR_CABINET_FULL). */
export class CabinetFullError extends ManagerError {
  override name = "CabinetFullError";
  readonly cabinetId: string;
  readonly limit: number;
  constructor(cabinetId: string, limit: number) {
    super(
      "PC_MGR_CABINET_FULL",
      `Cabinet ${JSON.stringify(cabinetId)} already holds ${limit} packages, the most a cabinet may hold.`,
    );
    this.cabinetId = cabinetId;
    this.limit = limit;
  }
}

/** A cancel of a job execution over on every destination (PC_MGR_EXECUTION_ENDED). */
export class ExecutionEndedError extends ManagerError {
  override name = "ExecutionEndedError";
  readonly executionId: number;
  constructor(executionId: number) {
    super(
      "PC_MGR_EXECUTION_ENDED",
      `Job execution ${executionId} has ended on every destination: there is nothing to cancel.`,
    );
    this.executionId = executionId;
  }
}

/** A job refused by the rules of its destination (PC_MGR_JOB_REFUSED): every rule broken. */
export class JobRefusedError extends ManagerError {
  override name = "JobRefusedError";
  readonly violations: readonly RuleNotice[];
  constructor(violations: readonly RuleNotice[]) {
    const lines = violations.map(
      (v) => `${v.rule}: ${v.message}${v.detail === undefined ? "" : ` (${v.detail})`}`,
    );
    super("PC_MGR_JOB_REFUSED", `The job was refused. ${lines.join(" ")}`);
    this.violations = Object.freeze(violations.map((v) => Object.freeze({ ...v })));
  }
}

/** A status report for an execution the PC is not a destination of (PC_MGR_NOT_A_DESTINATION). */
export class NotADestinationError extends ManagerError {
  override name = "NotADestinationError";
  readonly executionId: number;
  readonly clientId: number;
  constructor(executionId: number, clientId: number) {
    super(
      "PC_MGR_NOT_A_DESTINATION",
      `Client ${clientId} is not a destination of job execution ${executionId}.`,
    );
    this.executionId = executionId;
    this.clientId = clientId;
  }
}
