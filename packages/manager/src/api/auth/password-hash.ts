/**
 * Administrator passwords, stored hashed with scrypt (node:crypto). The
 * stored string carries everything needed to check a password again, in
 * the PHC string format: `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (base64
 * without padding), so the cost can be raised later without a migration:
 * old hashes keep verifying with their own parameters.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

export interface ScryptParams {
  /** log2 of the CPU/memory cost N (default 15: N = 32768, 32 MiB, about 0.1 s). */
  readonly logN: number;
  /** Block size (default 8). */
  readonly r: number;
  /** Parallelism (default 1). */
  readonly p: number;
}

export const DEFAULT_SCRYPT_PARAMS: ScryptParams = Object.freeze({ logN: 15, r: 8, p: 1 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** Parameters a stored hash may name: enough for any sane cost, bounded against a crafted row. */
function checkParams(params: ScryptParams): ScryptParams {
  const { logN, r, p } = params;
  if (!Number.isInteger(logN) || logN < 10 || logN > 20) {
    throw new RangeError(`scrypt logN must be an integer from 10 to 20: got ${logN}`);
  }
  if (!Number.isInteger(r) || r < 1 || r > 32) {
    throw new RangeError(`scrypt r must be an integer from 1 to 32: got ${r}`);
  }
  if (!Number.isInteger(p) || p < 1 || p > 16) {
    throw new RangeError(`scrypt p must be an integer from 1 to 16: got ${p}`);
  }
  return params;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // scrypt needs 128 * N * r bytes; leave room over it.
    maxmem: 256 * N * params.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const b64 = (bytes: Buffer) => bytes.toString("base64").replace(/=+$/, "");

/** A new salted hash of `password`, in the PHC string format. */
export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  const { logN, r, p } = checkParams(params);
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return `$scrypt$ln=${logN},r=${r},p=${p}$${b64(salt)}$${b64(key)}`;
}

/**
 * True when `password` is the one `stored` was made from. A stored string
 * that is not a hash of this format never matches (and never throws).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = PHC.exec(stored);
  if (!match) return false;
  const [, logN, r, p, salt = "", hash = ""] = match;
  let params: ScryptParams;
  try {
    params = checkParams({ logN: Number(logN), r: Number(r), p: Number(p) });
  } catch {
    return false;
  }
  const expected = Buffer.from(hash, "base64");
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(password, Buffer.from(salt, "base64"), params);
  return timingSafeEqual(key, expected);
}
