/**
 * Contract §3, the manager's side: a PC proves possession of its device key
 * by signing the manager's challenge; the manager checks the chain and the
 * signature against its own trust anchors and CRL.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AuthenticatedDevice,
  authenticateDevice,
  createTrustStore,
  MaintenanceCode,
  type PresentedDevice,
  signChallenge,
  type TrustStore,
  verifyPresentedDevice,
} from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCertificationOffice, issueDevice } from "../src/index.ts";

const C = MaintenanceCode;
let root: string;
let trust: TrustStore;
let device: AuthenticatedDevice;
let office: ReturnType<typeof createCertificationOffice>;

function present(
  signer: AuthenticatedDevice["signer"],
  pcId: string,
  claimed = pcId,
): PresentedDevice {
  const nonce = randomBytes(32);
  const response = signChallenge(signer, nonce, pcId);
  return { pcId: claimed, nonce, ...response };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-presented-"));
  office = createCertificationOffice({ intermediate: true });
  const issued = issueDevice(office, { dir: join(root, "pc"), pcId: "pc-0001" });
  const auth = await authenticateDevice(issued.dir);
  if (!auth.ok) throw new Error(auth.detail);
  device = auth.device;
  const store = createTrustStore({ ca: office.caPem });
  if (!store.ok) throw new Error(store.detail);
  trust = store.trust;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("verifyPresentedDevice", () => {
  it("accepts the device's chain and challenge signature, and names the PC", () => {
    const result = verifyPresentedDevice(present(device.signer, "pc-0001"), trust);
    expect(result.ok && result.identity.pcId).toBe("pc-0001");
  });

  it("a PC ID other than the certificate's is 300097078100", () => {
    expect(verifyPresentedDevice(present(device.signer, "pc-0002"), trust)).toMatchObject({
      code: C.AUTH_DATA_ALTERED,
    });
  });

  it("a signature over another nonce, or a changed signature, is 300097078100", () => {
    const presented = present(device.signer, "pc-0001");
    expect(verifyPresentedDevice({ ...presented, nonce: randomBytes(32) }, trust)).toMatchObject({
      code: C.AUTH_DATA_ALTERED,
    });
    const signature = Uint8Array.from(presented.signature);
    signature[8] = (signature[8] as number) ^ 1;
    expect(verifyPresentedDevice({ ...presented, signature }, trust)).toMatchObject({
      code: C.AUTH_DATA_ALTERED,
    });
  });

  it("no certificate is 300097078300; garbage is 300097078400", () => {
    const presented = present(device.signer, "pc-0001");
    expect(verifyPresentedDevice({ ...presented, certificates: [] }, trust)).toMatchObject({
      code: C.AUTH_NO_CERTIFICATE,
    });
    expect(
      verifyPresentedDevice({ ...presented, certificates: [randomBytes(200)] }, trust),
    ).toMatchObject({
      code: C.AUTH_INVALID_CERTIFICATE,
    });
  });

  it("a device from another certification office is 300097078400", () => {
    const otherOffice = createCertificationOffice();
    const store = createTrustStore({ ca: otherOffice.caPem });
    if (!store.ok) throw new Error(store.detail);
    expect(verifyPresentedDevice(present(device.signer, "pc-0001"), store.trust)).toMatchObject({
      code: C.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringMatching(
        /office's name but not its key|not issued by the certification office/,
      ),
    });
  });

  it("the manager's CRL revokes a device that still authenticates locally: 300097078400", async () => {
    const issued = issueDevice(office, { dir: join(root, "pc-revoked"), pcId: "pc-0003" });
    const auth = await authenticateDevice(issued.dir);
    if (!auth.ok) throw new Error(auth.detail);
    office.revoke(issued.serialNumber);
    const store = createTrustStore({ ca: office.caPem, crl: office.crlPem() });
    if (!store.ok) throw new Error(store.detail);
    expect(
      verifyPresentedDevice(present(auth.device.signer, "pc-0003"), store.trust),
    ).toMatchObject({
      code: C.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringContaining("revoked"),
    });
    expect(verifyPresentedDevice(present(device.signer, "pc-0001"), store.trust).ok).toBe(true);
  });

  it("an expired device is 300097078500", async () => {
    const hour = 3_600_000;
    const now = Date.now();
    const expired = issueDevice(office, {
      dir: join(root, "pc-expired"),
      pcId: "pc-0004",
      notBefore: new Date(now - 10 * hour),
      notAfter: new Date(now - hour),
    });
    const earlier = new Date(now - 2 * hour);
    const auth = await authenticateDevice(expired.dir, { now: earlier });
    if (!auth.ok) throw new Error(auth.detail);
    expect(verifyPresentedDevice(present(auth.device.signer, "pc-0004"), trust)).toMatchObject({
      code: C.AUTH_CERTIFICATE_EXPIRED,
    });
    expect(
      verifyPresentedDevice(present(auth.device.signer, "pc-0004"), trust, { now: earlier }).ok,
    ).toBe(true);
  });

  it("a CRL not signed by the certification office makes every device 300097078400", () => {
    const store = createTrustStore({ ca: office.caPem, crl: createCertificationOffice().crlPem() });
    if (!store.ok) throw new Error(store.detail);
    expect(verifyPresentedDevice(present(device.signer, "pc-0001"), store.trust)).toMatchObject({
      code: C.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringContaining("not signed by the certification office"),
    });
  });
});
