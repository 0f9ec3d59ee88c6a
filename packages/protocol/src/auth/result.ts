/**
 * The one shape every authentication outcome has: success, or exactly one
 * maintenance code with a human detail (contract §3).
 */
import type { KeyObject } from "node:crypto";
import { MAINTENANCE_CODES } from "../maintenance-codes.ts";
import type { SignatureAlgorithm } from "../signing.ts";
import type { TrustStore } from "./trust-store.ts";

/** The symbolic names of the nine authentication codes (seed 001 table). */
export const AUTH_CODE_NAMES = Object.freeze([
  "AUTH_DATA_ALTERED",
  "AUTH_MEMORY_SHORTAGE",
  "AUTH_NO_CERTIFICATE",
  "AUTH_INVALID_CERTIFICATE",
  "AUTH_CERTIFICATE_EXPIRED",
  "AUTH_NO_CA_CERTIFICATE",
  "AUTH_INTERNAL_ERROR",
  "AUTH_ENVIRONMENT_UNAUTHORIZED",
  "AUTH_OTHER_ERROR",
] as const);
export type AuthCodeName = (typeof AUTH_CODE_NAMES)[number];

const AUTH_CODES: Readonly<Record<AuthCodeName, string>> = Object.freeze(
  Object.fromEntries(
    AUTH_CODE_NAMES.map((name) => {
      const entry = MAINTENANCE_CODES.find((e) => e.name === name && e.family === "authentication");
      if (!entry) throw new Error(`maintenance code ${name} is missing from the catalogue`);
      return [name, entry.code];
    }),
  ) as Record<AuthCodeName, string>,
);

export interface AuthFailure {
  readonly ok: false;
  /** The 12-character maintenance code. */
  readonly code: string;
  readonly name: AuthCodeName;
  /** What exactly failed, for the administrator (never shown as the cause). */
  readonly detail: string;
}

/** Signs with a private key that never leaves this object. */
export interface Signer {
  readonly algorithm: SignatureAlgorithm;
  /** The signer's certificate chain, DER, leaf first. */
  readonly certificates: readonly Uint8Array[];
  sign(data: Uint8Array): Uint8Array;
}

/** A certificate that passed every check. */
export interface VerifiedIdentity {
  /** The subject common name of the leaf certificate (the PC ID, or the manager's name). */
  readonly pcId: string;
  /** The validated chain, DER, leaf first, without the self-signed root. */
  readonly certificates: readonly Uint8Array[];
  readonly serialNumber: string;
  readonly notAfter: Date;
  readonly publicKey: KeyObject;
}

export interface AuthenticatedDevice extends VerifiedIdentity {
  /** Signs challenges with device.key. */
  readonly signer: Signer;
  /** The certification office the device was checked against (ca.crt, crl.pem): job offers are checked against it too. */
  readonly trust: TrustStore;
}

export type DeviceAuthResult =
  | { readonly ok: true; readonly device: AuthenticatedDevice }
  | AuthFailure;
export type IdentityResult =
  | { readonly ok: true; readonly identity: VerifiedIdentity }
  | AuthFailure;

export function authFailure(name: AuthCodeName, detail: string): AuthFailure {
  return Object.freeze({ ok: false, code: AUTH_CODES[name], name, detail });
}

/** Node's messages for allocations that could not be satisfied. */
export function isMemoryError(error: unknown): boolean {
  if (error instanceof Error && error.cause !== undefined && isMemoryError(error.cause))
    return true;
  if (error instanceof RangeError) {
    return /allocation failed|Invalid array length|Array buffer allocation|too large/i.test(
      error.message,
    );
  }
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "ERR_MEMORY_ALLOCATION_FAILED" ||
    code === "ERR_BUFFER_TOO_LARGE" ||
    code === "ERR_FS_FILE_TOO_LARGE"
  );
}

/** The code for an exception nobody expected: 8200 for memory, else 8700. */
export function unexpectedFailure(where: string, error: unknown): AuthFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (isMemoryError(error)) {
    return authFailure(
      "AUTH_MEMORY_SHORTAGE",
      `${where}: memory could not be allocated: ${message}`,
    );
  }
  return authFailure("AUTH_INTERNAL_ERROR", `${where}: unexpected failure: ${message}`);
}
