/**
 * Several faults in one device (contract §3): which ones can be built in
 * together, and the order they are applied in. A combination is accepted
 * only when every fault in it is really in the device built, so that the
 * code to expect is simply the first of their codes in the check order
 * (`expectedCode`); one fault that would undo or hide another is refused
 * up front with PKI_ERR_FAULT_CONFLICT, before anything is written.
 */
import { PkiSimError } from "./errors.ts";
import type { FaultKind } from "./fault-kinds.ts";

/**
 * The order faults are applied in, whatever order they are given in: what
 * the certificate is issued with, then edits of device.crt and device.key,
 * then whole files replaced, then device.key's mode and owner (so that
 * rewriting the key cannot undo them), then the directory removed.
 */
export const FAULT_APPLICATION_ORDER = Object.freeze([
  // issued so
  "expired",
  "not-yet-valid",
  "other-ca",
  "imposter-ca",
  "server-only",
  "unsupported-key",
  "revoked",
  // files edited
  "tampered-certificate",
  "key-mismatch",
  // files replaced
  "missing-certificate",
  "empty-certificate",
  "corrupt-certificate",
  "unreadable-certificate",
  "missing-ca",
  "empty-ca",
  // device.key's permissions
  "key-readable",
  "key-foreign-owner",
  // the directory
  "no-device",
  // not on disk
  "memory-budget",
  "tampered-job",
] as const satisfies readonly FaultKind[]);

/** Faults that set the same thing: the one applied last would undo the other. */
const SAME_TARGET: readonly { readonly target: string; readonly kinds: readonly FaultKind[] }[] = [
  { target: "device.crt's validity dates", kinds: ["expired", "not-yet-valid"] },
  { target: "device.crt's issuer", kinds: ["other-ca", "imposter-ca"] },
  {
    target: "the whole of device.crt",
    kinds: [
      "missing-certificate",
      "empty-certificate",
      "corrupt-certificate",
      "unreadable-certificate",
    ],
  },
  { target: "the whole of ca.crt", kinds: ["missing-ca", "empty-ca"] },
];

/** Faults that replace device.crt by something that is not the certificate issued. */
const REPLACES_CERTIFICATE: readonly FaultKind[] = [
  "missing-certificate",
  "empty-certificate",
  "corrupt-certificate",
  "unreadable-certificate",
];

/** Faults built into the certificate itself (its dates, issuer, usage, key, bytes). */
const IN_CERTIFICATE: readonly FaultKind[] = [
  "expired",
  "not-yet-valid",
  "other-ca",
  "imposter-ca",
  "server-only",
  "unsupported-key",
  "tampered-certificate",
];

/** Faults that are not in the device directory: the only ones no-device leaves in effect. */
const OFF_DISK: readonly FaultKind[] = ["memory-budget", "tampered-job"];

/** Why `a` and `b` cannot be built into one device, or `undefined` when they can. */
export function faultConflict(a: FaultKind, b: FaultKind): string | undefined {
  if (a === b) return undefined;
  for (const { target, kinds } of SAME_TARGET) {
    if (kinds.includes(a) && kinds.includes(b)) {
      return `both set ${target}, so the one applied last would undo the other`;
    }
  }
  for (const [replacing, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if (REPLACES_CERTIFICATE.includes(replacing) && IN_CERTIFICATE.includes(other)) {
      return `${replacing} replaces device.crt, so the certificate ${other} is built into would not be there`;
    }
    if (replacing === "no-device" && !OFF_DISK.includes(other)) {
      return `no-device removes the device directory, so ${other} would not be in it`;
    }
  }
  return undefined;
}

/**
 * The faults of one device, each once, in the order given; throws
 * PKI_ERR_FAULT_CONFLICT when two of them cannot be built in together.
 */
export function checkFaultCombination(faults: readonly FaultKind[]): FaultKind[] {
  const unique = [...new Set(faults)];
  unique.forEach((a, i) => {
    for (const b of unique.slice(i + 1)) {
      const reason = faultConflict(a, b);
      if (reason !== undefined) {
        throw new PkiSimError(
          "PKI_ERR_FAULT_CONFLICT",
          `faults "${a}" and "${b}" cannot be combined: ${reason}`,
        );
      }
    }
  });
  return unique;
}

/** `faults` sorted into `FAULT_APPLICATION_ORDER`. */
export function inApplicationOrder(faults: readonly FaultKind[]): FaultKind[] {
  const rank = (kind: FaultKind) => (FAULT_APPLICATION_ORDER as readonly FaultKind[]).indexOf(kind);
  return [...faults].sort((a, b) => rank(a) - rank(b));
}
