/**
 * The fault table of contract §3, shared by the pki-sim and the OpenSSL
 * tests: one case per fault kind, and one case per pair of faults whose
 * codes compete, with the code the precedence rule gives.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type AuthenticateOptions,
  authenticateDevice,
  createTrustStore,
  MaintenanceCode,
  type SignedOffer,
  verifyOffer,
} from "@patchcast/protocol/auth";
import { expect } from "vitest";
import { FAULT_KINDS, type FaultKind } from "../src/index.ts";

const C = MaintenanceCode;

export interface FaultCase {
  readonly faults: readonly FaultKind[];
  readonly expected: string;
  /** What the detail must say, so that a case cannot pass for another reason. */
  readonly because?: RegExp;
}

/** The detail each fault alone must produce. */
const BECAUSE: Readonly<Record<FaultKind, RegExp>> = {
  expired: /expired on/,
  "not-yet-valid": /not valid before/,
  "other-ca": /not issued by the certification office/,
  "imposter-ca": /name but not its key/,
  "tampered-certificate": /not signed by the certification office's key/,
  "key-mismatch": /does not match/,
  revoked: /revoked/,
  "server-only": /not meant for client authentication/,
  "corrupt-certificate": /not a readable X\.509 certificate/,
  "missing-certificate": /device\.crt is absent/,
  "empty-certificate": /device\.crt is empty/,
  "missing-ca": /ca\.crt is absent/,
  "empty-ca": /ca\.crt is empty/,
  "key-readable": /mode 0644/,
  "key-foreign-owner": /owned by uid/,
  "no-device": /no authentication device/,
  "memory-budget": /budget/,
  "unreadable-certificate": /EISDIR/,
  "unsupported-key": /ed25519/,
  "tampered-job": /offer has been altered/,
};

/** One case per fault kind: every maintenance code of the seed table is among them. */
export const SINGLE_FAULT_CASES: readonly FaultCase[] = FAULT_KINDS.map((f) => ({
  faults: [f.kind],
  expected: f.code,
  because: BECAUSE[f.kind],
}));

/** Pairs of faults: the code of the check that runs first wins (9100, 8600, 8300, 8500, 8400, 8100). */
export const PAIR_CASES: readonly FaultCase[] = [
  { faults: ["key-readable", "missing-ca"], expected: C.AUTH_ENVIRONMENT_UNAUTHORIZED },
  { faults: ["key-readable", "missing-certificate"], expected: C.AUTH_ENVIRONMENT_UNAUTHORIZED },
  { faults: ["key-readable", "expired"], expected: C.AUTH_ENVIRONMENT_UNAUTHORIZED },
  { faults: ["key-readable", "other-ca"], expected: C.AUTH_ENVIRONMENT_UNAUTHORIZED },
  { faults: ["key-readable", "tampered-job"], expected: C.AUTH_ENVIRONMENT_UNAUTHORIZED },
  { faults: ["missing-ca", "missing-certificate"], expected: C.AUTH_NO_CA_CERTIFICATE },
  { faults: ["missing-ca", "expired"], expected: C.AUTH_NO_CA_CERTIFICATE },
  { faults: ["empty-ca", "server-only"], expected: C.AUTH_NO_CA_CERTIFICATE },
  { faults: ["missing-ca", "tampered-job"], expected: C.AUTH_NO_CA_CERTIFICATE },
  { faults: ["missing-certificate", "key-mismatch"], expected: C.AUTH_NO_CERTIFICATE },
  { faults: ["empty-certificate", "revoked"], expected: C.AUTH_NO_CERTIFICATE },
  { faults: ["missing-certificate", "tampered-job"], expected: C.AUTH_NO_CERTIFICATE },
  { faults: ["expired", "other-ca"], expected: C.AUTH_CERTIFICATE_EXPIRED },
  { faults: ["expired", "imposter-ca"], expected: C.AUTH_CERTIFICATE_EXPIRED },
  { faults: ["expired", "revoked"], expected: C.AUTH_CERTIFICATE_EXPIRED },
  { faults: ["expired", "key-mismatch"], expected: C.AUTH_CERTIFICATE_EXPIRED },
  { faults: ["expired", "server-only"], expected: C.AUTH_CERTIFICATE_EXPIRED },
  { faults: ["expired", "tampered-job"], expected: C.AUTH_CERTIFICATE_EXPIRED },
  { faults: ["other-ca", "tampered-job"], expected: C.AUTH_INVALID_CERTIFICATE },
  { faults: ["key-mismatch", "tampered-job"], expected: C.AUTH_INVALID_CERTIFICATE },
  { faults: ["revoked", "server-only"], expected: C.AUTH_INVALID_CERTIFICATE },
  { faults: ["memory-budget", "missing-ca"], expected: C.AUTH_MEMORY_SHORTAGE },
  { faults: ["key-readable", "memory-budget"], expected: C.AUTH_ENVIRONMENT_UNAUTHORIZED },
  { faults: ["unreadable-certificate", "missing-ca"], expected: C.AUTH_NO_CA_CERTIFICATE },
  { faults: ["unreadable-certificate", "memory-budget"], expected: C.AUTH_MEMORY_SHORTAGE },
  { faults: ["unsupported-key", "server-only"], expected: C.AUTH_INVALID_CERTIFICATE },
  { faults: ["unsupported-key", "expired"], expected: C.AUTH_CERTIFICATE_EXPIRED },
  { faults: ["unsupported-key", "tampered-job"], expected: C.AUTH_OTHER_ERROR },
];

export const caseName = (c: FaultCase): string => `${c.faults.join(" + ")} -> ${c.expected}`;

/** Whether this process can build every fault (a foreign key owner needs root). */
export const canBuild = (c: FaultCase): boolean =>
  !c.faults.includes("key-foreign-owner") || process.getuid?.() === 0;

/**
 * What a security PC ends with when a job arrives: authenticate the device,
 * then verify the job offer against the device's ca.crt and crl.pem.
 */
export async function pcOutcome(
  dir: string,
  authenticateOptions: AuthenticateOptions,
  signedOffer: SignedOffer,
): Promise<{ code: string; detail: string }> {
  const auth = await authenticateDevice(dir, authenticateOptions);
  if (!auth.ok) return auth;
  const crl = await readFile(join(dir, "crl.pem"), "latin1").catch(() => undefined);
  const trusted = createTrustStore({ ca: await readFile(join(dir, "ca.crt"), "latin1"), crl });
  if (!trusted.ok) return trusted;
  const offer = verifyOffer(signedOffer, trusted.trust);
  return offer.ok ? { code: "OK", detail: "" } : offer;
}

/** Checks an outcome against a case: the code, and the reason when the case names one. */
export function expectOutcome(outcome: { code: string; detail: string }, c: FaultCase): void {
  expect(outcome.code, outcome.detail).toBe(c.expected);
  if (c.because) expect(outcome.detail).toMatch(c.because);
}
