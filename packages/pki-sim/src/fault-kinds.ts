/**
 * Every fault pki-sim can build into an authentication device, with the
 * maintenance code the authenticator must answer (contract §3).
 */

export const FAULT_KINDS = Object.freeze([
  { kind: "expired", code: "300097078500", description: "device.crt's notAfter is in the past." },
  {
    kind: "not-yet-valid",
    code: "300097078400",
    description: "device.crt's notBefore is in the future.",
  },
  {
    kind: "other-ca",
    code: "300097078400",
    description: "device.crt is issued by another certification office.",
  },
  {
    kind: "imposter-ca",
    code: "300097078400",
    description: "device.crt is issued by a CA with the office's name but another key.",
  },
  {
    kind: "tampered-certificate",
    code: "300097078400",
    description: "A byte of device.crt's signed part (its serial number) is changed after signing.",
  },
  {
    kind: "key-mismatch",
    code: "300097078400",
    description: "device.key is another key than device.crt's.",
  },
  {
    kind: "revoked",
    code: "300097078400",
    description: "device.crt is on the office's CRL, written as crl.pem.",
  },
  {
    kind: "server-only",
    code: "300097078400",
    description: "device.crt allows only server authentication, not client authentication.",
  },
  {
    kind: "corrupt-certificate",
    code: "300097078400",
    description: "device.crt holds a PEM block that is not a certificate.",
  },
  { kind: "missing-certificate", code: "300097078300", description: "device.crt is absent." },
  { kind: "empty-certificate", code: "300097078300", description: "device.crt is empty." },
  { kind: "missing-ca", code: "300097078600", description: "ca.crt is absent." },
  { kind: "empty-ca", code: "300097078600", description: "ca.crt is empty." },
  {
    kind: "key-readable",
    code: "300097079100",
    description: "device.key has mode 0644: readable by group and others.",
  },
  {
    kind: "key-foreign-owner",
    code: "300097079100",
    description: "device.key is owned by another user (uid 65534); needs root to build.",
  },
  { kind: "no-device", code: "300097079100", description: "The device directory does not exist." },
  {
    kind: "memory-budget",
    code: "300097078200",
    description:
      "The authenticator is given a memory budget (4 KiB) below what authentication needs.",
  },
  {
    kind: "unreadable-certificate",
    code: "300097078700",
    description: "device.crt is a directory: reading it fails inside the authenticator.",
  },
  {
    kind: "unsupported-key",
    code: "30009707FF00",
    description:
      "device.key and device.crt are Ed25519: valid, but no wire algorithm can sign with it.",
  },
  {
    kind: "tampered-job",
    code: "300097078100",
    description:
      "The device is sound, but a byte of the manager-signed job offer is changed after signing.",
  },
] as const);

export type FaultKind = (typeof FAULT_KINDS)[number]["kind"];

const byKind = new Map<string, (typeof FAULT_KINDS)[number]>(FAULT_KINDS.map((f) => [f.kind, f]));

export function isFaultKind(value: string): value is FaultKind {
  return byKind.has(value);
}

/** The code a single fault produces. */
export function faultCode(kind: FaultKind): string {
  return (byKind.get(kind) as (typeof FAULT_KINDS)[number]).code;
}

/**
 * The order in which a PC meets the codes: the authenticator's checks
 * (contract §3 precedence, with 8200 and 8700 where they occur), then the
 * job offer's signature.
 */
export const FAULT_CODE_ORDER = Object.freeze([
  "300097079100",
  "300097078200",
  "300097078600",
  "300097078700",
  "300097078300",
  "300097078500",
  "300097078400",
  "30009707FF00",
  "300097078100",
]);

/**
 * The code several faults together produce: the first one the PC meets.
 * Meant for combinations `checkFaultCombination` accepts, where every fault
 * is in effect.
 */
export function expectedCode(kinds: readonly FaultKind[]): string | undefined {
  const codes = kinds.map(faultCode);
  return FAULT_CODE_ORDER.find((code) => codes.includes(code));
}
