/**
 * Trust stores by content: every PC of a fleet has the same ca.crt (and
 * crl.pem), so one process parses and checks them once. The key is the
 * exact text of both files: other bytes, a new CRL say, are another store,
 * never a stale one.
 */
import { createBoundedCache } from "./bounded-cache.ts";
import {
  createTrustStore,
  type TrustStoreInput,
  type TrustStoreResult,
  trustStoreText,
} from "./trust-store.ts";

export interface TrustStoreCacheOptions {
  /** Distinct (ca.crt, crl.pem) pairs kept (default 8). */
  readonly maxEntries?: number;
  /** Inputs larger than this (characters of both files) are built, not kept (default 1 MiB). */
  readonly maxInputLength?: number;
}

export interface TrustStoreCache {
  /** `createTrustStore(input)`, or the same result for the same text. Never throws. */
  get(input: TrustStoreInput): TrustStoreResult;
  readonly size: number;
  clear(): void;
}

export function createTrustStoreCache(options: TrustStoreCacheOptions = {}): TrustStoreCache {
  const maxInputLength = options.maxInputLength ?? 1024 * 1024;
  const stores = createBoundedCache<TrustStoreResult>(options.maxEntries ?? 8, "trust store cache");
  return {
    get(input) {
      const ca = trustStoreText(input.ca);
      const crl = input.crl === undefined ? undefined : trustStoreText(input.crl);
      if (ca.length + (crl?.length ?? 0) > maxInputLength) return createTrustStore({ ca, crl });
      // the CA text's length first, so that no other pair of texts makes the same key
      const key = `${ca.length}:${ca}${crl === undefined ? "-" : `+${crl}`}`;
      const known = stores.get(key);
      if (known) return known;
      const result = createTrustStore({ ca, crl });
      stores.set(key, result);
      return result;
    },
    get size() {
      return stores.size;
    },
    clear: () => stores.clear(),
  };
}

/** The process's cache, used by `authenticateDevice` and `loadTrustStore`. */
export const sharedTrustStores: TrustStoreCache = createTrustStoreCache();
