/**
 * The certification office as a verifier sees it: the certificates of
 * ca.crt (root plus intermediates, every one a trust anchor) and the
 * revocation lists of crl.pem, each checked once against its issuer.
 */
import { type ParsedCertificate, parseCertificate } from "./certificate.ts";
import { crlIssuedBy, type ParsedCrl, parseCrl } from "./crl.ts";
import { PemLabel, readPemLabelled } from "./pem.ts";
import { type AuthFailure, authFailure } from "./result.ts";

export interface TrustStore {
  readonly anchors: readonly ParsedCertificate[];
  /** Revocation lists whose signature verified, with the anchor that signed them. */
  readonly crls: readonly { readonly crl: ParsedCrl; readonly issuer: ParsedCertificate }[];
  /** Why crl.pem cannot be used, when it cannot: every certificate is then unverifiable (8400). */
  readonly crlProblem: string | undefined;
}

export interface TrustStoreInput {
  /** ca.crt: PEM text or bytes. */
  readonly ca: string | Uint8Array;
  /** crl.pem: PEM text or bytes, when there is one. */
  readonly crl?: string | Uint8Array | undefined;
}

export type TrustStoreResult = { readonly ok: true; readonly trust: TrustStore } | AuthFailure;

export const trustStoreText = (value: string | Uint8Array) =>
  typeof value === "string" ? value : Buffer.from(value).toString("latin1");

/**
 * Builds a trust store. `ca` without one readable certificate is 8600;
 * problems of the CRL are kept for the path check, where they are 8400.
 * Never throws.
 */
export function createTrustStore(input: TrustStoreInput): TrustStoreResult {
  const anchors: ParsedCertificate[] = [];
  for (const der of readPemLabelled(trustStoreText(input.ca), [PemLabel.CERTIFICATE])) {
    try {
      const anchor = parseCertificate(der);
      // an anchor is read by OpenSSL too, once: whether it is a CA is OpenSSL's answer
      void anchor.x509;
      anchors.push(anchor);
    } catch {
      // a block that is not a certificate cannot be a trust anchor
    }
  }
  if (anchors.length === 0) {
    return authFailure("AUTH_NO_CA_CERTIFICATE", "ca.crt holds no readable certificate");
  }
  const { crls, problem } = loadCrls(input.crl, anchors);
  return {
    ok: true,
    trust: Object.freeze({
      anchors: Object.freeze(anchors),
      crls: Object.freeze(crls),
      crlProblem: problem,
    }),
  };
}

function loadCrls(
  input: string | Uint8Array | undefined,
  anchors: readonly ParsedCertificate[],
): { crls: TrustStore["crls"]; problem: string | undefined } {
  if (input === undefined) return { crls: [], problem: undefined };
  const blocks = readPemLabelled(trustStoreText(input), [PemLabel.X509_CRL]);
  if (blocks.length === 0) return { crls: [], problem: "crl.pem holds no revocation list" };
  const crls: { crl: ParsedCrl; issuer: ParsedCertificate }[] = [];
  for (const [index, der] of blocks.entries()) {
    let crl: ParsedCrl;
    try {
      crl = parseCrl(der);
    } catch (error) {
      return {
        crls,
        problem: `revocation list ${index + 1} in crl.pem is unreadable: ${String(error)}`,
      };
    }
    const issuer = anchors.find((anchor) => crlIssuedBy(crl, anchor));
    if (!issuer) {
      return {
        crls,
        problem: `revocation list ${index + 1} in crl.pem is not signed by the certification office`,
      };
    }
    crls.push({ crl, issuer });
  }
  return { crls, problem: undefined };
}
