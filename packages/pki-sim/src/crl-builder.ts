/** Certificate revocation lists (RFC 5280 §5), signed by a CA with Node's crypto. */
import type { KeyObject } from "node:crypto";
import {
  bits,
  explicit,
  fromDer,
  implicit,
  octets,
  oid,
  seq,
  smallInt,
  time,
  toBinary,
  toDer,
  unsigned,
} from "./der-builder.ts";
import { signatureAlgorithm, signDer } from "./keys.ts";

export interface CrlSpec {
  readonly issuerName: Uint8Array;
  readonly issuerKey: KeyObject;
  /** The issuer's key identifier (its certificate's subjectKeyIdentifier). */
  readonly issuerKeyId: Uint8Array;
  readonly thisUpdate: Date;
  readonly nextUpdate: Date;
  /** CRL number (monotonic per issuer). */
  readonly number: number;
  /** Revoked serial numbers (hex) with their revocation dates. */
  readonly revoked: ReadonlyMap<string, Date>;
}

export function buildCrl(spec: CrlSpec): Uint8Array {
  const entries = [...spec.revoked].map(([serial, when]) =>
    seq([unsigned(Buffer.from(serial.length % 2 ? `0${serial}` : serial, "hex")), time(when)]),
  );
  const crlExtensions = explicit(
    0,
    seq([
      seq([oid("2.5.29.35"), octets(toDer(seq([implicit(0, toBinary(spec.issuerKeyId))])))]),
      seq([oid("2.5.29.20"), octets(toDer(smallInt(spec.number)))]),
    ]),
  );
  const algorithm = signatureAlgorithm(spec.issuerKey);
  const tbs = toDer(
    seq([
      smallInt(1),
      algorithm,
      fromDer(spec.issuerName),
      time(spec.thisUpdate),
      time(spec.nextUpdate),
      ...(entries.length > 0 ? [seq(entries)] : []),
      crlExtensions,
    ]),
  );
  const signature = signDer(spec.issuerKey, tbs);
  return toDer(seq([fromDer(tbs), signatureAlgorithm(spec.issuerKey), bits(signature)]));
}
