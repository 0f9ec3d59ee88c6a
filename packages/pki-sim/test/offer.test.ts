/**
 * Contract §3, job signing: the manager signs each job offer with its own
 * certificate from the certification office; a changed byte is 300097078100.
 */

import {
  createSigner,
  createTrustStore,
  MaintenanceCode,
  SignatureAlgorithm,
  signOffer,
  verifyOffer,
} from "@patchcast/protocol/auth";
import { describe, expect, it } from "vitest";
import {
  createCaCredential,
  createCertificationOffice,
  issueDeviceMaterial,
  issueManagerCredential,
} from "../src/index.ts";

const DAY = 86_400_000;
const offer = new TextEncoder().encode(
  "serialized JobOffer: job 42 for pc-0001, package DPT-KB5031356",
);

describe.each([
  {
    keys: "EC CA, EC manager key",
    caKey: "ec" as const,
    managerKey: "ec" as const,
    algorithm: SignatureAlgorithm.ECDSA_P256_SHA256,
  },
  {
    keys: "RSA CA with intermediate, RSA manager key",
    caKey: "rsa" as const,
    managerKey: "rsa" as const,
    algorithm: SignatureAlgorithm.RSA_PKCS1_SHA256,
  },
])("signed job offers ($keys)", ({ caKey, managerKey, algorithm }) => {
  const office = createCertificationOffice({ keyType: caKey, intermediate: caKey === "rsa" });
  const manager = issueManagerCredential(office, { keyType: managerKey });
  const trusted = createTrustStore({ ca: office.caPem });
  if (!trusted.ok) throw new Error(trusted.detail);
  const trust = trusted.trust;
  const signed = signOffer(offer, manager.signer);

  it("a signed offer verifies, with the wire algorithm of the key", () => {
    expect(signed.algorithm).toBe(algorithm);
    const result = verifyOffer(signed, trust);
    expect(result.ok && result.identity.pcId).toBe("patchcast manager");
  });

  it("a single changed byte anywhere in the offer is 300097078100", () => {
    for (let i = 0; i < offer.length; i++) {
      const changed = Uint8Array.from(offer);
      changed[i] = (changed[i] as number) ^ 0x01;
      expect(verifyOffer({ ...signed, offer: changed }, trust)).toMatchObject({
        code: MaintenanceCode.AUTH_DATA_ALTERED,
      });
    }
  });

  it("a changed signature byte, a truncated signature, or the wrong algorithm is 300097078100", () => {
    const signature = Uint8Array.from(signed.signature);
    signature[10] = (signature[10] as number) ^ 0x80;
    for (const bad of [
      { ...signed, signature },
      { ...signed, signature: signed.signature.subarray(0, 20) },
      { ...signed, algorithm: 3 - algorithm },
      { ...signed, algorithm: 0 },
      { ...signed, certificates: [] },
    ]) {
      expect(verifyOffer(bad, trust)).toMatchObject({ code: MaintenanceCode.AUTH_DATA_ALTERED });
    }
  });

  it("a signer certificate not from the certification office is 300097078400", () => {
    const imposter = createCaCredential({ commonName: office.issuer.commonName });
    const forged = issueManagerCredential(office, { issuer: imposter });
    expect(verifyOffer(signOffer(offer, forged.signer), trust)).toMatchObject({
      code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
    });
  });

  it("a device certificate (client authentication only) cannot sign offers: 300097078400", () => {
    const device = issueDeviceMaterial(office, { pcId: "pc-0001" });
    const signer = createSigner({
      privateKey: device.privateKey,
      certificates: device.certificatePem,
    });
    expect(verifyOffer(signOffer(offer, signer), trust)).toMatchObject({
      code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringContaining("code signing"),
    });
  });

  it("an expired manager certificate is 300097078500", () => {
    const now = Date.now();
    const old = issueManagerCredential(office, {
      notBefore: new Date(now - 10 * DAY),
      notAfter: new Date(now - DAY),
    });
    expect(verifyOffer(signOffer(offer, old.signer), trust)).toMatchObject({
      code: MaintenanceCode.AUTH_CERTIFICATE_EXPIRED,
    });
  });

  it("a revoked manager certificate is 300097078400", () => {
    const revokedOffice = createCertificationOffice({ keyType: caKey });
    const credential = issueManagerCredential(revokedOffice);
    revokedOffice.revoke(credential.serialNumber);
    const store = createTrustStore({ ca: revokedOffice.caPem, crl: revokedOffice.crlPem() });
    if (!store.ok) throw new Error(store.detail);
    expect(verifyOffer(signOffer(offer, credential.signer), store.trust)).toMatchObject({
      code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringContaining("revoked"),
    });
  });
});
