/** Limits every peer applies before it trusts a message (contract §2). */
export const Limits = Object.freeze({
  /** Largest binary WebSocket message, checked before decoding. */
  MAX_FRAME_BYTES: 1024 * 1024,
  /** Smallest and largest challenge nonce. */
  MIN_NONCE_BYTES: 32,
  MAX_NONCE_BYTES: 1024,
  /** Certificates in one presented chain, and the size of each (DER). */
  MAX_CHAIN_CERTIFICATES: 8,
  MAX_CERTIFICATE_BYTES: 16 * 1024,
  MAX_SIGNATURE_BYTES: 1024,
  /** Identifiers (PC, client, job, package IDs). */
  MAX_ID_CHARS: 128,
  /** Free-text fields (details, names, versions, host names). */
  MAX_TEXT_CHARS: 4096,
  /** Entries in a PC's installed-updates inventory, and in one Ack. */
  MAX_LIST_ENTRIES: 10_000,
  SHA256_BYTES: 32,
} as const);
