/**
 * The passwords of the network settings as the database keeps them: sealed
 * with AES-256-GCM under the manager's secrets key (`<data-dir>/secrets.key`,
 * server/secrets-key.ts), so that a dump or a backup of the database does
 * not give away the support site's, the proxy's or an administrator's
 * password. Each value is bound to its field (the field's name is the
 * additional authenticated data): a sealed value copied into another field
 * does not open.
 *
 * Stored form: `sealed:v1:` then base64 of IV (12 bytes), ciphertext and
 * tag (16 bytes). A stored string without the prefix is a password kept by
 * a manager from before sealing; it is read as it is, and sealed at the
 * next start (AcquisitionSettingsService.sealStoredPasswords).
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export const SEALED_PREFIX = "sealed:v1:";
const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretSealer {
  /** `plain` sealed for `field`. */
  seal(field: string, plain: string): string;
  /**
   * The password `stored` for `field`: opened when sealed (undefined when it
   * does not open: another key, or altered), as it is when not.
   */
  open(field: string, stored: string): string | undefined;
}

export const isSealed = (stored: string): boolean => stored.startsWith(SEALED_PREFIX);

const aad = (field: string) => Buffer.from(`patchcast network settings: ${field}`, "utf8");

export function createSecretSealer(key: Uint8Array): SecretSealer {
  if (key.byteLength !== 32) {
    throw new RangeError(`the secrets key must be 32 bytes: got ${key.byteLength}`);
  }
  const secretKey = Buffer.from(key);
  return Object.freeze({
    seal(field: string, plain: string): string {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, secretKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad(field));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `${SEALED_PREFIX}${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64")}`;
    },
    open(field: string, stored: string): string | undefined {
      if (!isSealed(stored)) return stored;
      const bytes = Buffer.from(stored.slice(SEALED_PREFIX.length), "base64");
      if (bytes.byteLength < IV_BYTES + TAG_BYTES) return undefined;
      try {
        const decipher = createDecipheriv(ALGORITHM, secretKey, bytes.subarray(0, IV_BYTES), {
          authTagLength: TAG_BYTES,
        });
        decipher.setAAD(aad(field));
        decipher.setAuthTag(bytes.subarray(bytes.byteLength - TAG_BYTES));
        const body = bytes.subarray(IV_BYTES, bytes.byteLength - TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
      } catch {
        return undefined;
      }
    },
  });
}
