/**
 * PKI throughput on this machine: the manager's checks of challenge
 * responses against Node's native signature verification, a PC's own
 * authentication, and how fast pki-sim issues devices; and the native
 * operations every PC's job pays for whatever the code around them
 * (signatures, key imports, SHA-256 of a 1 MiB download and its writing),
 * from which lib/floors.ts works out the least time a figure can take.
 */
import { generateKeyPairSync, randomBytes, sign, verify } from "node:crypto";
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
import { measurePrimitives } from "./lib/floors.ts";
import { asyncRate, rate } from "./lib/rate.ts";
import { fleetRoot } from "./lib/worker.ts";

export interface BenchRow {
  readonly name: string;
  readonly perSecond: number;
  readonly note: string;
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
  // What lib/floors.ts counts a PC's job in, measured the same way (CPU time per call).
  const primitives = await measurePrimitives(fleetRoot(), 500);
  const perSecond = (us: number) => 1_000_000 / us;
  rows.push(
    {
      name: "native sign, ECDSA P-256",
      perSecond: perSecond(primitives.signUs),
      note: "crypto.sign, one signature",
    },
    {
      name: "native public key import, P-256",
      perSecond: perSecond(primitives.publicImportUs),
      note: "the cheaper of JWK and WebCrypto's raw point: the manager takes a device's key",
    },
    {
      name: "native private key import, P-256 JWK",
      perSecond: perSecond(primitives.privateImportUs),
      note: "crypto.createPrivateKey: a PC takes its device key",
    },
    {
      name: "native SHA-256 of 1 MiB",
      perSecond: perSecond(primitives.sha256MiBUs),
      note: "crypto.createHash: a PC's check of a 1 MiB download",
    },
    {
      name: "1 MiB written to a new file",
      perSecond: perSecond(primitives.writeMiBUs),
      note: "64 KiB writes, where the simulated PCs keep their state (/dev/shm here)",
    },
  );
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
