/**
 * The bytes of a sample update file: a header line naming it, then bytes
 * from a xorshift generator seeded by its name, so the same name and size
 * always give the same file (and the same SHA-256) without storing it.
 */
import { createHash } from "node:crypto";

function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name, "utf8")) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0 || 1;
}

export function sampleFileBytes(name: string, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  const header = Buffer.from(`patchcast sample update ${name}\n`, "utf8");
  header.copy(bytes, 0, 0, Math.min(header.length, size));
  let x = seedOf(name);
  for (let i = header.length; i < size; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");
