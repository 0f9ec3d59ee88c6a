/**
 * PKI throughput on this machine: the manager's checks of challenge
 * responses against Node's native signature verification, a PC's own
 * authentication, and how fast pki-sim issues devices; and the native
 * primitives every PC's job pays for whatever the code around them (an
 * ECDSA signature, SHA-256 of a 1 MiB download), from which
 * docs/PERFORMANCE.md works out the least CPU a figure needs.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, verify } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueDevice,
  issueDeviceMaterial,
  issueDevices,
} from "../packages/pki-sim/src/index.ts";
import {
  authenticateDevice,
  createCertificateCache,
  createSigner,
  createTrustStore,
  type PresentedDevice,
  signChallenge,
  verifyPresentedDevice,
} from "../packages/protocol/src/auth/index.ts";

export interface BenchRow {
  readonly name: string;
  readonly perSecond: number;
  readonly note: string;
}

/** Runs `fn` repeatedly for about `ms` milliseconds; returns operations per second. */
function rate(ms: number, fn: (i: number) => void): number {
  let i = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let j = 0; j < 50; j++) fn(i++);
    elapsed = performance.now() - start;
  }
  return (i / elapsed) * 1000;
}

async function asyncRate(ms: number, fn: (i: number) => Promise<void>): Promise<number> {
  let i = 0;
  const start = performance.now();
  while (performance.now() - start < ms) await fn(i++);
  return (i / (performance.now() - start)) * 1000;
}

function nativeVerifyRate(type: "ec" | "rsa", ms: number): number {
  const { privateKey, publicKey } =
    type === "ec"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : generateKeyPairSync("rsa", { modulusLength: 2048 });
  const data = randomBytes(64);
  const signature = sign("sha256", data, privateKey);
  return rate(ms, () => {
    if (!verify("sha256", data, publicKey, signature)) throw new Error("native verify failed");
  });
}

function nativeSignRate(ms: number): number {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const data = randomBytes(64);
  return rate(ms, () => {
    sign("sha256", data, privateKey);
  });
}

/** SHA-256 of 1 MiB, per second. */
function sha256Rate(ms: number): number {
  const mib = randomBytes(1024 * 1024);
  return rate(ms, () => {
    createHash("sha256").update(mib).digest();
  });
}

function presentedDevices(keyType: "ec" | "rsa", count: number) {
  const office = createCertificationOffice({ keyType, intermediate: true });
  const trust = createTrustStore({ ca: office.caPem, crl: office.crlPem() });
  if (!trust.ok) throw new Error(trust.detail);
  const devices: PresentedDevice[] = [];
  for (let i = 0; i < count; i++) {
    const material = issueDeviceMaterial(office, { pcId: `pc-${i}` });
    const signer = createSigner({
      privateKey: material.privateKey,
      certificates: material.certificatePem,
    });
    const nonce = randomBytes(32);
    devices.push({ pcId: material.pcId, nonce, ...signChallenge(signer, nonce, material.pcId) });
  }
  return { trust: trust.trust, devices };
}

export async function runPkiBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const ms = 1500;
  const ecNative = nativeVerifyRate("ec", ms);
  rows.push({
    name: "native verify, ECDSA P-256",
    perSecond: ecNative,
    note: "crypto.verify, one signature",
  });
  rows.push({
    name: "native sign, ECDSA P-256",
    perSecond: nativeSignRate(ms),
    note: "crypto.sign, one signature",
  });
  rows.push({
    name: "native SHA-256 of 1 MiB",
    perSecond: sha256Rate(ms),
    note: "crypto.createHash, one 1 MiB buffer: what a PC's download check costs at least",
  });
  rows.push({
    name: "native verify, RSA-2048",
    perSecond: nativeVerifyRate("rsa", ms),
    note: "crypto.verify, one signature",
  });

  for (const caKey of ["ec", "rsa"] as const) {
    const { trust, devices } = presentedDevices(caKey, 200);
    const perSecond = rate(ms, (i) => {
      const result = verifyPresentedDevice(devices[i % devices.length] as PresentedDevice, trust);
      if (!result.ok) throw new Error(result.detail);
    });
    const note =
      caKey === "ec"
        ? `${((perSecond / ecNative) * 100).toFixed(0)}% of native: parse + chain signature + challenge signature`
        : "device key EC P-256, CA chain RSA-2048";
    rows.push({
      name: `manager: verify challenge response (${caKey.toUpperCase()} CA)`,
      perSecond,
      note,
    });
    const cache = createCertificateCache();
    rows.push({
      name: `manager: verify challenge response, cached (${caKey.toUpperCase()} CA)`,
      perSecond: rate(ms, (i) => {
        const presented = devices[i % devices.length] as PresentedDevice;
        const result = verifyPresentedDevice(presented, trust, { cache });
        if (!result.ok) throw new Error(result.detail);
      }),
      note: "chains seen before: dates, usage, revocation and the challenge signature",
    });
  }

  const root = mkdtempSync(join(tmpdir(), "patchcast-bench-"));
  try {
    const office = createCertificationOffice();
    const dir = issueDevice(office, { dir: join(root, "pc"), pcId: "pc-bench" }).dir;
    rows.push({
      name: "PC: authenticateDevice from disk",
      perSecond: await asyncRate(ms, async () => {
        const result = await authenticateDevice(dir);
        if (!result.ok) throw new Error(result.detail);
      }),
      note: "reads 3 files, full checks, key self-test",
    });
    rows.push({
      name: "pki-sim: issue device (in memory)",
      perSecond: rate(ms, (i) => {
        issueDeviceMaterial(office, { pcId: `pc-${i}` });
      }),
      note: "EC P-256 key + certificate",
    });
    const count = 5000;
    const start = performance.now();
    for (let i = 0; i < count; i++)
      issueDevice(office, { dir: join(root, "fleet", `pc-${i}`), pcId: `pc-${i}` });
    const perSecond = (count / (performance.now() - start)) * 1000;
    rows.push({
      name: "pki-sim: issue device (written to disk)",
      perSecond,
      note: `${count} directories, one by one; 10,000 devices ≈ ${(10_000 / perSecond).toFixed(1)} s`,
    });
    const targets = Array.from({ length: count }, (_, i) => ({
      pcId: `pc-${i}`,
      dir: join(root, "bulk", `pc-${i}`, "device"),
    }));
    const bulkStart = performance.now();
    await issueDevices(office, targets);
    const bulkPerSecond = (count / (performance.now() - bulkStart)) * 1000;
    rows.push({
      name: "pki-sim: issueDevices (a fleet, worker threads)",
      perSecond: bulkPerSecond,
      note: `${count} directories; 10,000 devices ≈ ${(10_000 / bulkPerSecond).toFixed(1)} s`,
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
