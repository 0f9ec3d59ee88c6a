/**
 * The fields of a DER certificate that the checks read, walked directly
 * (Node's X509Certificate costs far more than the checks themselves). Each
 * reader returns `undefined` for an encoding it is not sure of, and the
 * certificate then falls back to Node's parse for that field alone.
 */
import {
  children,
  content as contentOf,
  DerTag,
  decodeOid,
  readTlv,
  type Tlv,
  whole,
} from "./der.ts";

/** The parts of a certificate its issuer's signature covers, as X509_verify reads them. */
export interface SignedParts {
  /** tbsCertificate, exactly as signed. */
  readonly tbs: Uint8Array;
  /** The signature algorithm OID (outer and inner AlgorithmIdentifier are the same bytes). */
  readonly algorithm: string;
  /** The AlgorithmIdentifier's parameters, DER (an explicit NULL for RSA), if any. */
  readonly parameters: Uint8Array | undefined;
  readonly signature: Uint8Array;
}

const EXTENDED_KEY_USAGE = "2.5.29.37";

const digit = (bytes: Uint8Array, at: number) => {
  const value = (bytes[at] as number) - 0x30;
  return value >= 0 && value <= 9 ? value : Number.NaN;
};
const number = (bytes: Uint8Array, at: number, count: number) => {
  let value = 0;
  for (let i = 0; i < count; i++) value = value * 10 + digit(bytes, at + i);
  return value;
};

/**
 * A UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ) in the one
 * form DER allows, as the same instant Node's validFrom/validTo give;
 * `undefined` for any other form or an impossible date.
 */
export function readTime(der: Uint8Array, tlv: Tlv | undefined): Date | undefined {
  if (!tlv) return undefined;
  const text = contentOf(der, tlv);
  const yearDigits = tlv.tag === DerTag.UTC_TIME ? 2 : tlv.tag === DerTag.GENERALIZED_TIME ? 4 : 0;
  if (yearDigits === 0 || text.byteLength !== yearDigits + 11) return undefined;
  if (text[text.byteLength - 1] !== 0x5a) return undefined; // "Z"
  let year = number(text, 0, yearDigits);
  if (yearDigits === 2) year += year < 50 ? 2000 : 1900;
  const [month, day, hour, minute, second] = [0, 2, 4, 6, 8].map((at) =>
    number(text, yearDigits + at, 2),
  ) as [number, number, number, number, number];
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(time) || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(time);
  // Date.UTC rolls 31 April over into May: such a date is not the one written.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (year < 1950 || year > 9999) return undefined;
  return date;
}

/**
 * The extended key usage OIDs of the extensions (`[3]` of tbsCertificate):
 * `null` when there is no such extension, `undefined` when the extensions
 * are not in a form this reader is sure of (a repeated extension, say).
 */
export function readExtendedKeyUsage(
  der: Uint8Array,
  extensions: Tlv | undefined,
): readonly string[] | null | undefined {
  if (!extensions) return null;
  try {
    const [list, ...rest] = children(der, extensions);
    if (list?.tag !== DerTag.SEQUENCE || rest.length > 0) return undefined;
    const seen = new Set<string>();
    let usages: string[] | null = null;
    for (const extension of children(der, list)) {
      const [id, second, third, ...more] = children(der, extension);
      if (extension.tag !== DerTag.SEQUENCE || id?.tag !== DerTag.OID || more.length > 0) {
        return undefined;
      }
      const value = third ?? second;
      if (value?.tag !== DerTag.OCTET_STRING || (third && second?.tag !== 0x01)) return undefined;
      const oid = decodeOid(contentOf(der, id));
      if (seen.has(oid)) return undefined;
      seen.add(oid);
      if (oid === EXTENDED_KEY_USAGE) usages = readOidList(der, value);
    }
    return usages === null && seen.has(EXTENDED_KEY_USAGE) ? undefined : usages;
  } catch {
    return undefined;
  }
}

function readOidList(der: Uint8Array, octets: Tlv): string[] | null {
  const inner = readTlv(der, octets.contentStart, octets.end);
  if (inner.tag !== DerTag.SEQUENCE || inner.end !== octets.end) return null;
  const oids: string[] = [];
  for (const item of children(der, inner)) {
    if (item.tag !== DerTag.OID) return null;
    oids.push(decodeOid(contentOf(der, item)));
  }
  return oids;
}

/**
 * The signed parts, when both AlgorithmIdentifiers are the same bytes and
 * the signature has no unused bits; `undefined` otherwise (Node decides).
 */
export function readSignedParts(
  der: Uint8Array,
  tbs: Tlv,
  innerAlgorithm: Tlv | undefined,
  outerAlgorithm: Tlv | undefined,
  signature: Tlv | undefined,
): SignedParts | undefined {
  if (!innerAlgorithm || outerAlgorithm?.tag !== DerTag.SEQUENCE) return undefined;
  if (signature?.tag !== DerTag.BIT_STRING || signature.end - signature.contentStart < 2) {
    return undefined;
  }
  if (der[signature.contentStart] !== 0) return undefined;
  const outer = whole(der, outerAlgorithm);
  if (!Buffer.from(outer).equals(whole(der, innerAlgorithm))) return undefined;
  try {
    const [oid, parameters, ...more] = children(der, outerAlgorithm);
    if (oid?.tag !== DerTag.OID || more.length > 0) return undefined;
    return {
      tbs: whole(der, tbs),
      algorithm: decodeOid(contentOf(der, oid)),
      parameters: parameters && whole(der, parameters),
      signature: der.subarray(signature.contentStart + 1, signature.end),
    };
  } catch {
    return undefined;
  }
}
