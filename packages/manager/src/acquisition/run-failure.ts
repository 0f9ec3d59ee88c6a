/**
 * How an error that stops a run is written to DPT.LOG: an AcquisitionError
 * as its own message, a database error as DPT002-E/DPT003-E/DPT004-E with
 * the database's reason; then DPT015-E, "The packaging processing will now
 * stop because an error occurred." (unless that was the message itself).
 * Anything unexpected is DPT015-E alone, with the details in the manager's log.
 */
import type { DptMessageId } from "../dpt/messages.ts";
import { AcquisitionError, DatabaseError, MANAGER_ERRORS } from "../errors.ts";

export interface DptEntry {
  readonly id: DptMessageId;
  readonly values: Readonly<Record<string, string>>;
}

export interface RunFailure {
  readonly lines: readonly DptEntry[];
  /** For the run's record. */
  readonly detail: string;
}

const STOP: DptEntry = { id: "DPT015-E", values: {} };

/** The DPT.LOG message of a database error (a closed handle counts as a lost connection). */
export function databaseEntry(error: DatabaseError): DptEntry {
  const id = MANAGER_ERRORS[error.code].dptMessageId ?? "DPT002-E";
  return { id, values: { reason: error.reason } };
}

export function runFailure(error: unknown): RunFailure {
  if (error instanceof AcquisitionError) {
    const own: DptEntry = { id: error.dptMessageId, values: error.dptValues };
    return {
      lines: error.dptMessageId === "DPT015-E" ? [own] : [own, STOP],
      detail: `${error.code}: ${error.detail}`,
    };
  }
  if (error instanceof DatabaseError) {
    return { lines: [databaseEntry(error), STOP], detail: `${error.code}: ${error.reason}` };
  }
  return {
    lines: [STOP],
    detail: `unexpected: ${error instanceof Error ? error.message : String(error)}`,
  };
}
