/**
 * PKI authentication of security PCs (contract §3), shared by the agent
 * (its own device, job offers) and the manager (challenge responses).
 */

export {
  AUTHENTICATION_PRECEDENCE,
  describeMaintenanceCode,
  MaintenanceCode,
} from "../maintenance-codes.ts";
export { SignatureAlgorithm } from "../signing.ts";
export { type AuthenticateOptions, authenticateDevice } from "./authenticate-device.ts";
export { ExtendedKeyUsage, type ParsedCertificate, parseCertificate } from "./certificate.ts";
export {
  type CertificateCache,
  type CertificateCacheOptions,
  createCertificateCache,
} from "./certificate-cache.ts";
export type { SignedParts } from "./certificate-fields.ts";
export { type ParsedCrl, parseCrl } from "./crl.ts";
export {
  AUTHENTICATION_BASE_MEMORY_BYTES,
  authenticationMemoryBytes,
  DEFAULT_MEMORY_BUDGET_BYTES,
  DeviceFile,
  type DeviceFileName,
  type DeviceFileSizes,
} from "./device-files.ts";
export { signatureAlgorithmFor, verifyBytes } from "./keys.ts";
export { loadTrustStore, type TrustStoreFiles } from "./load-trust-store.ts";
export { jobOfferBody, type SignedOffer, signOffer, verifyOffer } from "./offer.ts";
export { encodePem, type PemBlock, PemLabel, readPemBlocks, readPemLabelled } from "./pem.ts";
export {
  type PresentedDevice,
  type VerifyOptions,
  verifyPresentedDevice,
} from "./presented-device.ts";
export type {
  AuthCodeName,
  AuthenticatedDevice,
  AuthFailure,
  DeviceAuthResult,
  IdentityResult,
  Signer,
  VerifiedIdentity,
} from "./result.ts";
export { AUTH_CODE_NAMES, authFailure } from "./result.ts";
export {
  type ChallengeSignature,
  createP256Signer,
  createSigner,
  type P256SignerOptions,
  type SignerOptions,
  signChallenge,
} from "./signer.ts";
export {
  createTrustStore,
  type TrustStore,
  type TrustStoreInput,
  type TrustStoreResult,
} from "./trust-store.ts";
export {
  createTrustStoreCache,
  sharedTrustStores,
  type TrustStoreCache,
  type TrustStoreCacheOptions,
} from "./trust-store-cache.ts";
