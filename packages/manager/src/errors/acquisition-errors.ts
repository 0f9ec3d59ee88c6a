/**
 * Errors of the automatic acquisition of updates (seed 000, contract §5).
 * Each carries the DPT.LOG message it is written as (the catalogue's
 * `dptMessageId`): the error's message is that message's text, word for
 * word, and `detail` says what exactly happened (for the run's record and
 * the manager's log, never for DPT.LOG, whose texts are the seed's).
 */
import { type DptMessageId, formatDptMessage } from "../dpt/messages.ts";
import { MANAGER_ERRORS, type ManagerErrorCode } from "./catalogue.ts";
import { ManagerError } from "./manager-error.ts";

/** The catalogue's codes that have a DPT.LOG message and belong to acquisition. */
export type AcquisitionErrorCode = Extract<ManagerErrorCode, `PC_MGR_ACQ_${string}`>;

export class AcquisitionError extends ManagerError {
  override name = "AcquisitionError";
  readonly dptMessageId: DptMessageId;
  /** The values of the message's placeholders. */
  readonly dptValues: Readonly<Record<string, string>>;
  /** What exactly happened (a status, a path, a digest); not written to DPT.LOG. */
  readonly detail: string;

  constructor(
    code: AcquisitionErrorCode,
    detail: string,
    values: Readonly<Record<string, string>> = {},
    options?: ErrorOptions,
  ) {
    const id = MANAGER_ERRORS[code].dptMessageId;
    if (id === null) throw new TypeError(`${code} has no DPT.LOG message`);
    super(code, formatDptMessage(id, values), options);
    this.dptMessageId = id;
    this.dptValues = Object.freeze({ ...values });
    this.detail = detail;
  }
}

/** DPT001-W: an acquisition run is already in progress (here or on a manager sharing the database). */
export class AcquisitionAlreadyRunningError extends AcquisitionError {
  override name = "AcquisitionAlreadyRunningError";
  constructor() {
    super("PC_MGR_ACQ_ALREADY_RUNNING", "another acquisition run holds the run lock");
  }
}

/** A run was asked of a manager that runs no automatic acquisition (PC_MGR_ACQUISITION_UNAVAILABLE). */
export class AcquisitionUnavailableError extends ManagerError {
  override name = "AcquisitionUnavailableError";
  constructor() {
    super(
      "PC_MGR_ACQUISITION_UNAVAILABLE",
      "Automatic acquisition is not running in this manager: runs on demand need `patchcast-manager start`.",
    );
  }
}
