/**
 * Contract §3, the manager's side with a certificate cache: a chain seen
 * before is not parsed or checked against its CA again, yet every verdict
 * stays the same. Dates, usage, revocation against the trust store of the
 * call and the challenge signature are checked on every call.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AuthenticateOptions,
  authenticateDevice,
  createCertificateCache,
  createSigner,
  createTrustStore,
  type IdentityResult,
  MaintenanceCode,
  type PresentedDevice,
  type Signer,
  signChallenge,
  signOffer,
  type TrustStore,
  type VerifyOptions,
  verifyOffer,
  verifyPresentedDevice,
} from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type CertificationOffice,
  createCertificationOffice,
  issueDevice,
  issueDeviceMaterial,
  issueManagerCredential,
} from "../src/index.ts";

const C = MaintenanceCode;
const DAY_MS = 86_400_000;
let office: CertificationOffice;
let signer: Signer;
let serialNumber: string;

function trustOf(ca: string, crl?: string): TrustStore {
  const store = createTrustStore({ ca, crl });
  if (!store.ok) throw new Error(store.detail);
  return store.trust;
}

function present(claimed = "pc-cache"): PresentedDevice {
  const nonce = randomBytes(32);
  return { pcId: claimed, nonce, ...signChallenge(signer, nonce, "pc-cache") };
}

const verdict = (result: IdentityResult) => (result.ok ? "OK" : result.code);

beforeAll(() => {
  office = createCertificationOffice({ intermediate: true });
  const material = issueDeviceMaterial(office, { pcId: "pc-cache" });
  serialNumber = material.serialNumber;
  signer = createSigner({
    privateKey: material.privateKey,
    certificates: material.certificatePem + office.intermediate?.certificatePem,
  });
});

describe("verifyPresentedDevice with a certificate cache (contract §3)", () => {
  it("gives every verdict it gives without the cache, cold and warm", () => {
    const trust = trustOf(office.caPem, office.crlPem());
    const sound = present();
    const cases: [string, PresentedDevice, TrustStore, VerifyOptions][] = [
      ["sound", sound, trust, {}],
      ["another PC ID", present("pc-other"), trust, {}],
      ["another nonce", { ...sound, nonce: randomBytes(32) }, trust, {}],
      ["another algorithm", { ...sound, algorithm: 99 }, trust, {}],
      ["another office", sound, trustOf(createCertificationOffice().caPem), {}],
      ["expired", sound, trust, { now: new Date(Date.now() + 900 * DAY_MS) }],
      ["not yet valid", sound, trust, { now: new Date(Date.now() - DAY_MS) }],
      ["leaf only", { ...sound, certificates: sound.certificates.slice(0, 1) }, trust, {}],
    ];
    for (const [what, presented, store, options] of cases) {
      const cache = createCertificateCache();
      const expected = verdict(verifyPresentedDevice(presented, store, options));
      expect(verdict(verifyPresentedDevice(presented, store, { ...options, cache })), what).toBe(
        expected,
      );
      expect(verdict(verifyPresentedDevice(presented, store, { ...options, cache })), what).toBe(
        expected,
      );
    }
  });

  it("refuses a cached leaf once it is revoked in a new trust store (300097078400)", () => {
    const revoking = createCertificationOffice({ intermediate: true });
    const material = issueDeviceMaterial(revoking, { pcId: "pc-cache" });
    const own = createSigner({
      privateKey: material.privateKey,
      certificates: material.certificatePem + revoking.intermediate?.certificatePem,
    });
    const nonce = randomBytes(32);
    const presented = { pcId: "pc-cache", nonce, ...signChallenge(own, nonce, "pc-cache") };
    const cache = createCertificateCache();
    const before = trustOf(revoking.caPem, revoking.crlPem());
    expect(verifyPresentedDevice(presented, before, { cache }).ok).toBe(true);
    revoking.revoke(material.serialNumber);
    const after = trustOf(revoking.caPem, revoking.crlPem());
    const refused = verifyPresentedDevice(presented, after, { cache });
    expect(refused).toMatchObject({ ok: false, code: C.AUTH_INVALID_CERTIFICATE });
    expect(refused.ok || refused.detail).toMatch(/revoked/);
    // the older store still says what it said: nothing of the newer one was kept
    expect(verifyPresentedDevice(presented, before, { cache }).ok).toBe(true);
  });

  it("refuses a cached leaf once `now` is past its validity (300097078500)", () => {
    const cache = createCertificateCache();
    const trust = trustOf(office.caPem);
    const presented = present();
    expect(verifyPresentedDevice(presented, trust, { cache }).ok).toBe(true);
    const later = new Date(Date.now() + 900 * DAY_MS);
    expect(verifyPresentedDevice(presented, trust, { cache, now: later })).toMatchObject({
      ok: false,
      code: C.AUTH_CERTIFICATE_EXPIRED,
    });
  });

  it("refuses a cached leaf whose challenge signature does not verify (300097078100)", () => {
    const cache = createCertificateCache();
    const trust = trustOf(office.caPem);
    const presented = present();
    expect(verifyPresentedDevice(presented, trust, { cache }).ok).toBe(true);
    const signature = Uint8Array.from(presented.signature);
    signature[10] = (signature[10] as number) ^ 0x01;
    expect(verifyPresentedDevice({ ...presented, signature }, trust, { cache })).toMatchObject({
      ok: false,
      code: C.AUTH_DATA_ALTERED,
    });
    expect(verifyPresentedDevice(present("pc-other"), trust, { cache })).toMatchObject({
      ok: false,
      code: C.AUTH_DATA_ALTERED,
    });
  });

  it("refuses a cached leaf before another office's anchors (300097078400)", () => {
    const cache = createCertificateCache();
    const presented = present();
    expect(verifyPresentedDevice(presented, trustOf(office.caPem), { cache }).ok).toBe(true);
    const other = trustOf(createCertificationOffice({ intermediate: true }).caPem);
    expect(verifyPresentedDevice(presented, other, { cache })).toMatchObject({
      ok: false,
      code: C.AUTH_INVALID_CERTIFICATE,
    });
  });

  it("keeps a copy of the bytes, at most maxEntries certificates, and refuses a bad size", () => {
    const cache = createCertificateCache({ maxEntries: 2 });
    const presented = present();
    const leaf = Uint8Array.from(presented.certificates[0] as Uint8Array);
    const parsed = cache.parse(leaf);
    leaf[leaf.length - 1] = (leaf[leaf.length - 1] as number) ^ 0xff;
    expect(parsed.serialNumber).toBe(serialNumber);
    expect(cache.parse(presented.certificates[0] as Uint8Array)).toBe(parsed);
    expect(cache.size).toBe(1);
    for (const der of [office.root.certificate, office.issuer.certificate]) cache.parse(der);
    expect(cache.size).toBe(2);
    expect(cache.parse(presented.certificates[0] as Uint8Array)).not.toBe(parsed);
    expect(() => createCertificateCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});

describe("authenticateDevice with a certificate cache (the PC's own check)", () => {
  let root = "";
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "patchcast-device-cache-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const check = async (dir: string, options: AuthenticateOptions = {}) => {
    const result = await authenticateDevice(dir, options);
    return result.ok ? "OK" : result.code;
  };

  it("parses the device once for every check, and answers what it answers without the cache", async () => {
    const revoking = createCertificationOffice();
    const issued = issueDevice(revoking, { dir: join(root, "pc-1"), pcId: "pc-cache-1" });
    const cache = createCertificateCache();
    const later = { now: new Date(Date.now() + 900 * DAY_MS) };
    expect(await check(issued.dir, { cache })).toBe("OK");
    expect(await check(issued.dir, { cache })).toBe("OK");
    expect(cache.size).toBe(1);
    // What depends on the moment or on crl.pem is checked again on a cached device.
    expect(await check(issued.dir, { ...later, cache })).toBe(await check(issued.dir, later));
    expect(await check(issued.dir, { ...later, cache })).toBe(C.AUTH_CERTIFICATE_EXPIRED);
    revoking.revoke(issued.serialNumber);
    await writeFile(join(issued.dir, "crl.pem"), revoking.crlPem());
    expect(await check(issued.dir, { cache })).toBe(await check(issued.dir));
    expect(await check(issued.dir, { cache })).toBe(C.AUTH_INVALID_CERTIFICATE);
    expect(cache.size).toBe(1);
  });

  it("proves a key once while device.key is the same text, and a key replaced is refused", async () => {
    const issued = issueDevice(office, { dir: join(root, "pc-3"), pcId: "pc-cache-3" });
    const other = issueDevice(office, { dir: join(root, "pc-4"), pcId: "pc-cache-4" });
    const cache = createCertificateCache();
    const proofs = vi.spyOn(cache, "proveP256Key");
    expect(await check(issued.dir, { cache })).toBe("OK");
    expect(await check(issued.dir, { cache })).toBe("OK");
    expect(proofs).toHaveBeenCalledTimes(2);
    expect(proofs.mock.results[1]?.value).toBe(proofs.mock.results[0]?.value);
    // Another PC's key in its place: another text, proven anew, and it does not match.
    const key = join(issued.dir, "device.key");
    await writeFile(key, await readFile(join(other.dir, "device.key")), { mode: 0o600 });
    expect(await check(issued.dir, { cache })).toBe(await check(issued.dir));
    expect(await check(issued.dir, { cache })).toBe(C.AUTH_INVALID_CERTIFICATE);
  });

  it("answers with the office the device was checked against, for the job offers", async () => {
    const issued = issueDevice(office, { dir: join(root, "pc-2"), pcId: "pc-cache-2" });
    const result = await authenticateDevice(issued.dir, { cache: createCertificateCache() });
    if (!result.ok) throw new Error(result.detail);
    const stranger = createCertificationOffice();
    const signed = signOffer(new Uint8Array([1, 2, 3]), issueManagerCredential(office).signer);
    expect(verifyOffer(signed, result.device.trust).ok).toBe(true);
    const foreign = signOffer(new Uint8Array([1, 2, 3]), issueManagerCredential(stranger).signer);
    expect(verifyOffer(foreign, result.device.trust).ok).toBe(false);
  });
});
