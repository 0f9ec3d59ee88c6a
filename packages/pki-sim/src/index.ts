/** Simulated certification office, authentication devices and their faults (contract §3). */

export {
  type BuiltCertificate,
  buildCertificate,
  type CertificateSpec,
} from "./certificate-builder.ts";
export { type CliIo, runPkiCli } from "./cli/main.ts";
export { buildCrl, type CrlSpec } from "./crl-builder.ts";
export {
  type DeviceMaterial,
  type DeviceOptions,
  type IssuedDevice,
  issueDevice,
  issueDeviceMaterial,
  writeDevice,
} from "./device.ts";
export type { DeviceBatchOptions, DeviceTarget } from "./device-batch.ts";
export { type IssueDevicesOptions, issueDevices } from "./device-pool.ts";
export { PKI_ERRORS, type PkiErrorCode, PkiSimError } from "./errors.ts";
export {
  checkFaultCombination,
  FAULT_APPLICATION_ORDER,
  faultConflict,
  inApplicationOrder,
} from "./fault-combinations.ts";
export {
  expectedCode,
  FAULT_CODE_ORDER,
  FAULT_KINDS,
  type FaultKind,
  faultCode,
  isFaultKind,
} from "./fault-kinds.ts";
export {
  type FaultyDevice,
  type FaultyDeviceOptions,
  issueFaultyDevice,
  managerCredentialOf,
  TOO_SMALL_MEMORY_BUDGET_BYTES,
} from "./faulty-device.ts";
export {
  breakDeviceFiles,
  FILE_FAULTS,
  type FileFault,
  FOREIGN_UID,
  isFileFault,
  tamperCertificate,
} from "./file-faults.ts";
export { generateKeyPair, KEY_TYPES, type KeyPair, type KeyType } from "./keys.ts";
export {
  issueManagerCredential,
  MANAGER_FILES,
  type ManagerCredential,
  type ManagerCredentialOptions,
  writeManagerCredential,
} from "./manager-credential.ts";
export {
  type CaCredential,
  type CaOptions,
  type CertificationOffice,
  createCaCredential,
  createCertificationOffice,
  DEFAULT_OFFICE_NAME,
  type OfficeOptions,
} from "./office.ts";
export { loadOffice, OFFICE_FILES, officeExists, saveOffice } from "./office-store.ts";
