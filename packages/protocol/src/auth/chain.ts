/**
 * Validates a leaf certificate against the certification office: dates,
 * a signature path to a trust anchor, issuers that are CAs and valid,
 * the usage the certificate is for, and revocation. Codes follow the
 * contract's precedence: expiry (8500) before everything else (8400).
 */
import {
  allowsUsage,
  describeIssuer,
  describeUsages,
  namesIssuer,
  type ParsedCertificate,
  parseCertificate,
} from "./certificate.ts";
import { signedBy } from "./certificate-signature.ts";
import {
  type AuthFailure,
  authFailure,
  type IdentityResult,
  type VerifiedIdentity,
} from "./result.ts";
import type { TrustStore } from "./trust-store.ts";

/** Longest path (leaf included) that is searched. */
const MAX_PATH_LENGTH = 8;

export interface PathOptions {
  readonly now: Date;
  /** The extended key usage OID the leaf must allow. */
  readonly usage: string;
  /**
   * The leaf must have an extended key usage extension that names `usage`
   * itself (`allowsUsage`'s `listed`): a certificate without the extension,
   * or with anyExtendedKeyUsage, does not do. Default false.
   */
  readonly usageListed?: boolean;
  /** How the usage is named in details ("client authentication"). */
  readonly usageName: string;
  /** What the leaf is, in details ("device.crt"). */
  readonly subject: string;
}

/** Turns DER into a parsed certificate: `parseCertificate`, or a cache's `parse`. */
export type CertificateParser = (der: Uint8Array) => ParsedCertificate;

/** A chain's certificates, parsed: the leaf at once, the others only if the path needs them. */
export interface ParsedChain {
  readonly ok: true;
  readonly leaf: ParsedCertificate;
  /** The readable certificates after the leaf (unreadable ones cannot be part of the path). */
  readonly extras: () => readonly ParsedCertificate[];
}

/** Parses a DER chain (leaf first): an unreadable leaf is 8400, unreadable extras are ignored. */
export function parseChain(
  certificates: readonly Uint8Array[],
  subject: string,
  parse: CertificateParser = parseCertificate,
): ParsedChain | AuthFailure {
  const [leafDer, ...rest] = certificates;
  if (!leafDer) return authFailure("AUTH_NO_CERTIFICATE", `${subject} holds no certificate`);
  let leaf: ParsedCertificate;
  try {
    leaf = parse(leafDer);
  } catch (error) {
    return unreadable(subject, error);
  }
  let extras: ParsedCertificate[] | undefined;
  const parseExtras = () => {
    extras ??= rest.flatMap((der) => {
      try {
        return [parse(der)];
      } catch {
        return [];
      }
    });
    return extras;
  };
  return { ok: true, leaf, extras: parseExtras };
}

function unreadable(subject: string, error: unknown): AuthFailure {
  return authFailure(
    "AUTH_INVALID_CERTIFICATE",
    `${subject} is not a readable X.509 certificate: ${message(error)}`,
  );
}

/**
 * A failure of the leaf, unless OpenSSL cannot read the leaf at all: then
 * that comes first, as when every certificate was parsed by OpenSSL.
 */
function leafFailure(leaf: ParsedCertificate, subject: string, failure: AuthFailure): AuthFailure {
  try {
    void leaf.x509;
    return failure;
  } catch (error) {
    return unreadable(subject, error);
  }
}

export function validatePath(
  chain: ParsedChain,
  trust: TrustStore,
  options: PathOptions,
): IdentityResult {
  const verdict = checkPath(chain, trust, options);
  return verdict.ok ? verdict : leafFailure(chain.leaf, options.subject, verdict);
}

function checkPath(chain: ParsedChain, trust: TrustStore, options: PathOptions): IdentityResult {
  const { now, subject } = options;
  const { leaf, extras } = chain;
  if (now > leaf.notAfter) {
    return authFailure(
      "AUTH_CERTIFICATE_EXPIRED",
      `${subject} expired on ${leaf.notAfter.toISOString()}`,
    );
  }
  if (now < leaf.notBefore) {
    return authFailure(
      "AUTH_INVALID_CERTIFICATE",
      `${subject} is not valid before ${leaf.notBefore.toISOString()}`,
    );
  }
  const path = buildPath(leaf, extras, trust, subject);
  if (!Array.isArray(path)) return path;
  for (const issuer of path.slice(1)) {
    if (now > issuer.notAfter || now < issuer.notBefore) {
      return authFailure(
        "AUTH_INVALID_CERTIFICATE",
        `the certification office certificate "${issuer.commonName}" is outside its validity (${issuer.notBefore.toISOString()} to ${issuer.notAfter.toISOString()})`,
      );
    }
  }
  if (!usable(leaf, options.usage, options.usageListed ?? false)) {
    return authFailure(
      "AUTH_INVALID_CERTIFICATE",
      `${subject} is not meant for ${options.usageName} (its extended key usage: ${describeUsages(leaf)})`,
    );
  }
  const revoked = checkRevocation(path, trust, subject);
  if (revoked) return revoked;
  const identity: VerifiedIdentity = {
    pcId: leaf.commonName,
    certificates: Object.freeze(
      path.filter((cert) => !cert.selfIssued || cert === leaf).map((cert) => cert.der),
    ),
    serialNumber: leaf.serialNumber,
    notAfter: leaf.notAfter,
    // made on first read: a PC proving its own key never needs it as a Node key
    get publicKey() {
      return leaf.publicKey;
    },
  };
  return { ok: true, identity: Object.freeze(identity) };
}

/** `allowsUsage`, false when the usages can only come from a parse that fails. */
function usable(leaf: ParsedCertificate, usage: string, listed: boolean): boolean {
  try {
    return allowsUsage(leaf, usage, listed);
  } catch {
    return false;
  }
}

function buildPath(
  leaf: ParsedCertificate,
  extras: () => readonly ParsedCertificate[],
  trust: TrustStore,
  subject: string,
): ParsedCertificate[] | AuthFailure {
  const path = [leaf];
  let current = leaf;
  let anchored = false;
  while (path.length < MAX_PATH_LENGTH && !(anchored && current.selfIssued)) {
    const anchor = findIssuer(current, trust.anchors);
    const next = anchor ?? (anchored ? undefined : findIssuer(current, extras()));
    if (!next) break;
    anchored ||= anchor !== undefined;
    path.push(next);
    current = next;
  }
  if (anchored) return path;
  const named = [...trust.anchors, ...extras()].some((ca) => namesIssuer(ca, current));
  return authFailure(
    "AUTH_INVALID_CERTIFICATE",
    named
      ? `${subject} is not signed by the certification office's key (its issuer "${describeIssuer(current)}" has the office's name but not its key, or the certificate was altered)`
      : `${subject} was not issued by the certification office (its issuer: "${describeIssuer(current)}")`,
  );
}

function findIssuer(
  cert: ParsedCertificate,
  candidates: readonly ParsedCertificate[],
): ParsedCertificate | undefined {
  return candidates.find((ca) => namesIssuer(ca, cert) && ca.isCa && signedBy(cert, ca));
}

function checkRevocation(
  path: readonly ParsedCertificate[],
  trust: TrustStore,
  subject: string,
): AuthFailure | undefined {
  if (trust.crlProblem) {
    return authFailure(
      "AUTH_INVALID_CERTIFICATE",
      `${subject} cannot be checked for revocation: ${trust.crlProblem}`,
    );
  }
  for (let i = 0; i + 1 < path.length; i++) {
    const cert = path[i] as ParsedCertificate;
    const issuer = path[i + 1] as ParsedCertificate;
    const revoked = trust.crls.some(
      (entry) => entry.issuer === issuer && entry.crl.revoked.has(cert.serialNumber),
    );
    if (revoked) {
      const what = i === 0 ? subject : `the certification office certificate "${cert.commonName}"`;
      return authFailure(
        "AUTH_INVALID_CERTIFICATE",
        `${what} has been revoked (serial ${cert.serialNumber})`,
      );
    }
  }
  return undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
