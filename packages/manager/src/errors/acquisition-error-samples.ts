/** One instance of every acquisition error, by its code: for the catalogue's meta-test (errors.test.ts). */
import {
  AcquisitionAlreadyRunningError,
  AcquisitionError,
  type AcquisitionErrorCode,
  AcquisitionUnavailableError,
} from "./acquisition-errors.ts";
import type { ManagerError } from "./manager-error.ts";

export const ACQUISITION_ERROR_SAMPLES: Readonly<
  Record<AcquisitionErrorCode | "PC_MGR_ACQUISITION_UNAVAILABLE", ManagerError>
> = {
  PC_MGR_ACQ_ALREADY_RUNNING: new AcquisitionAlreadyRunningError(),
  PC_MGR_ACQ_PROXY: new AcquisitionError("PC_MGR_ACQ_PROXY", "connect ECONNREFUSED"),
  PC_MGR_ACQ_NETWORK: new AcquisitionError("PC_MGR_ACQ_NETWORK", "connect ECONNREFUSED"),
  PC_MGR_ACQ_PATCHINFO_MALFORMED: new AcquisitionError(
    "PC_MGR_ACQ_PATCHINFO_MALFORMED",
    "not JSON",
  ),
  PC_MGR_ACQ_FILE_MISMATCH: new AcquisitionError("PC_MGR_ACQ_FILE_MISMATCH", "SHA-256 differs"),
  PC_MGR_ACQ_STORAGE: new AcquisitionError("PC_MGR_ACQ_STORAGE", "ENOSPC"),
  PC_MGR_ACQ_LOGIN: new AcquisitionError("PC_MGR_ACQ_LOGIN", "401", {
    serverName: "updates.example",
  }),
  PC_MGR_ACQ_PACKAGER_CONNECT: new AcquisitionError("PC_MGR_ACQ_PACKAGER_CONNECT", "refused"),
  PC_MGR_ACQ_PACKAGER_COMMUNICATION: new AcquisitionError(
    "PC_MGR_ACQ_PACKAGER_COMMUNICATION",
    "404 text/html",
  ),
  PC_MGR_ACQ_PACKAGER_TRANSFER: new AcquisitionError("PC_MGR_ACQ_PACKAGER_TRANSFER", "reset"),
  PC_MGR_ACQ_PACKAGER_LOGIN: new AcquisitionError("PC_MGR_ACQ_PACKAGER_LOGIN", "401"),
  PC_MGR_ACQ_PACKAGER_START: new AcquisitionError("PC_MGR_ACQ_PACKAGER_START", "no password", {
    command: "packager --manager (not set)",
  }),
  PC_MGR_ACQ_PACKAGING_FAILED: new AcquisitionError("PC_MGR_ACQ_PACKAGING_FAILED", "413"),
  PC_MGR_ACQUISITION_UNAVAILABLE: new AcquisitionUnavailableError(),
};
