/**
 * The least time a figure can take on this machine: the baseline's own CPU
 * plus the CPU of the native operations the contract cannot do without on
 * every PC (signatures checked and made, keys imported, the download
 * written), spread perfectly over every core. A lower bound: it leaves out
 * everything else patchcast does (messages, the database, the agents'
 * state), and counts only what no cache could spare (a device's own check
 * depends only on its files' bytes, so it is not counted). A target below
 * the floor cannot be reached here by any implementation of the contract;
 * one just above it leaves that little CPU for all the rest. The
 * baseline's CPU is the whole machine's while it ran (its harness
 * included), so a floor errs a little high by that.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  webcrypto,
} from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { CpuUse } from "./kernel-counters.ts";
import { cpuMicrosPerCall } from "./rate.ts";

/** CPU microseconds of one native operation on this machine. */
export interface Primitives {
  /** ECDSA P-256 signature verified (crypto.verify). */
  readonly verifyUs: number;
  /** ECDSA P-256 signature made (crypto.sign). */
  readonly signUs: number;
  /**
   * A P-256 public key imported: the cheaper of JWK (crypto.createPublicKey)
   * and the raw point (WebCrypto), Node's two cheapest forms.
   */
  readonly publicImportUs: number;
  /** A P-256 private key imported from JWK, the cheapest form: how a PC takes its device key. */
  readonly privateImportUs: number;
  /** SHA-256 of 1 MiB. */
  readonly sha256MiBUs: number;
  /** 1 MiB written to a new file in 64 KiB chunks, as a download arrives. */
  readonly writeMiBUs: number;
}

const MIB = 1024 * 1024;
const CHUNK = 64 * 1024;
const P256 = { name: "ECDSA", namedCurve: "P-256" } as const;

/** Measures each primitive for about `ms` milliseconds of CPU; files are written under `dir`. */
export async function measurePrimitives(dir: string, ms = 300): Promise<Primitives> {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const publicJwk = publicKey.export({ format: "jwk" });
  const privateJwk = privateKey.export({ format: "jwk" });
  const point = publicKey.export({ format: "der", type: "spki" }).subarray(-65);
  const data = randomBytes(64);
  const signature = sign("sha256", data, privateKey);
  const mib = randomBytes(MIB);
  const files = mkdtempSync(join(dir, "patchcast-bench-primitives-"));
  try {
    return {
      verifyUs: await cpuMicrosPerCall(ms, () => {
        if (!verify("sha256", data, publicKey, signature)) throw new Error("verify failed");
      }),
      signUs: await cpuMicrosPerCall(ms, () => sign("sha256", data, privateKey)),
      publicImportUs: Math.min(
        await cpuMicrosPerCall(ms, () => createPublicKey({ key: publicJwk, format: "jwk" })),
        await cpuMicrosPerCall(ms, () =>
          webcrypto.subtle.importKey("raw", point, P256, false, ["verify"]),
        ),
      ),
      privateImportUs: await cpuMicrosPerCall(ms, () =>
        createPrivateKey({ key: privateJwk, format: "jwk" }),
      ),
      sha256MiBUs: await cpuMicrosPerCall(ms, () => createHash("sha256").update(mib).digest(), 5),
      writeMiBUs: await cpuMicrosPerCall(
        ms,
        (i) => {
          // A hundred files written over and over: a new file's pages each time, bounded space.
          const fd = openSync(join(files, `download-${i % 100}`), "w");
          try {
            for (let at = 0; at < MIB; at += CHUNK) writeSync(fd, mib, at, CHUNK);
          } finally {
            closeSync(fd);
          }
        },
        5,
      ),
    };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

/** CPU microseconds per PC that the contract's native operations need, beyond the baseline's work. */
export interface RequiredWork {
  /**
   * Connect and authenticate. The manager sees the device's key for the
   * first time: it imports it, checks the office's signature on the
   * certificate (possession of a key proves nothing until the certificate
   * ties it to the PC) and the PC's signature on the challenge. The PC
   * imports its private key (the window holds the agents' start) and signs
   * the challenge.
   */
  readonly storm: number;
  /** An offer received: the PC checks the offer's signature. */
  readonly offer: number;
  /**
   * A job to completion: the offer as above; after the restart the PC
   * imports its key again and signs the challenge, the manager checks it
   * (the key seen before), and the PC checks its stored job's signature;
   * then the download written. The baseline's clients hash what they
   * download, so the hash is in the baseline's CPU already.
   */
  readonly endToEnd: number;
}

export function requiredWork(p: Primitives): RequiredWork {
  return {
    storm: p.publicImportUs + 2 * p.verifyUs + p.privateImportUs + p.signUs,
    offer: p.verifyUs,
    endToEnd: p.verifyUs + p.privateImportUs + p.signUs + 2 * p.verifyUs + p.writeMiBUs,
  };
}

/**
 * The floor of a figure over `count` PCs: the baseline's CPU plus the
 * required work, spread over the cores. Undefined without the baseline's CPU.
 */
export function floorMs(
  baseline: { readonly cpu: CpuUse | undefined },
  count: number,
  perPcUs: number,
): number | undefined {
  if (!baseline.cpu) return undefined;
  const cpuMs = baseline.cpu.cpuSeconds * 1000 + (count * perPcUs) / 1000;
  return cpuMs / baseline.cpu.cores;
}
