/**
 * Parsed certificates by their exact DER bytes, for a verifier that sees
 * the same PCs again and again (the manager: every reconnection presents
 * the same chain). A parsed certificate is immutable, and remembers which
 * CA keys signed it (`certificate-signature.ts`), so a cache hit saves the
 * parse, the public key import and the chain's signature checks. Nothing
 * that depends on the moment or on the trust store is kept: dates, usage,
 * revocation against the current CRL and the challenge's own signature are
 * checked on every call. A device's key proven to match its certificate
 * is kept too, by the exact text of the key and the certificate's point.
 */
import { createBoundedCache } from "./bounded-cache.ts";
import { type ParsedCertificate, parseCertificate } from "./certificate.ts";
import { proveP256Key } from "./device-key.ts";

export interface CertificateCacheOptions {
  /** Certificates kept (default 10,000; each takes about 2 KiB). */
  readonly maxEntries?: number;
  /** Certificates larger than this are parsed, not kept (default 16 KiB). */
  readonly maxCertificateBytes?: number;
}

export interface CertificateCache {
  /** `parseCertificate(der)`, or the same result for the same bytes. Throws as it does. */
  parse(der: Uint8Array): ParsedCertificate;
  /**
   * `proveP256Key(text, point)`, or the same scalar for the same key text
   * and point: a device whose files have not changed is proven once. Only
   * proofs that succeed are kept.
   */
  proveP256Key(text: string, point: Uint8Array): Uint8Array | undefined;
  readonly size: number;
  clear(): void;
}

export function createCertificateCache(options: CertificateCacheOptions = {}): CertificateCache {
  const maxBytes = options.maxCertificateBytes ?? 16 * 1024;
  if (!(maxBytes >= 0)) {
    throw new RangeError(`maxCertificateBytes must be a number ≥ 0: got ${maxBytes}`);
  }
  const parsed = createBoundedCache<ParsedCertificate>(
    options.maxEntries ?? 10_000,
    "certificate cache",
  );
  const proofs = createBoundedCache<Uint8Array>(options.maxEntries ?? 10_000, "key proof cache");
  return {
    proveP256Key(text, point) {
      const key = `${Buffer.from(point).toString("latin1")}${text}`;
      const known = proofs.get(key);
      if (known) return known;
      const d = proveP256Key(text, point);
      if (d) proofs.set(key, d);
      return d;
    },
    parse(der) {
      if (der.byteLength > maxBytes) return parseCertificate(der);
      const key = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString("latin1");
      const known = parsed.get(key);
      if (known) return known;
      const cert = parseCertificate(der);
      parsed.set(key, cert);
      return cert;
    },
    get size() {
      return parsed.size;
    },
    clear() {
      parsed.clear();
      proofs.clear();
    },
  };
}
