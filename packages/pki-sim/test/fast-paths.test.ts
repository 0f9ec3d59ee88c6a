/**
 * Contract §3: the authenticator's fast paths (a DER walk instead of
 * OpenSSL's parse, the P-256 key proven from its scalar instead of a
 * signature, trust stores kept by content) read what OpenSSL reads and
 * give the codes the generic paths give.
 */
import { createPrivateKey, randomBytes, X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { challengeSigningInput } from "@patchcast/protocol";
import {
  authenticateDevice,
  createTrustStoreCache,
  ExtendedKeyUsage,
  encodePem,
  MaintenanceCode,
  PemLabel,
  parseCertificate,
  readPemLabelled,
  signChallenge,
  verifyBytes,
} from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCertificationOffice,
  issueDevice,
  issueDeviceMaterial,
  issueManagerCredential,
} from "../src/index.ts";

const C = MaintenanceCode;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-fast-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const spki = (key: { export(o: { type: "spki"; format: "der" }): Buffer }) =>
  key.export({ type: "spki", format: "der" }).toString("hex");

describe("parseCertificate reads what OpenSSL reads", () => {
  const office = createCertificationOffice({ intermediate: true });
  const rsaOffice = createCertificationOffice({ keyType: "rsa" });
  const certificates = {
    root: office.root.certificate,
    intermediate: office.issuer.certificate,
    rsa: rsaOffice.root.certificate,
    device: issueDeviceMaterial(office, { pcId: "pc-1" }).certificatePem,
    "RSA device": issueDeviceMaterial(rsaOffice, { pcId: "pc-2", keyType: "rsa" }).certificatePem,
    "server only": issueDeviceMaterial(office, {
      pcId: "pc-3",
      extendedKeyUsage: [ExtendedKeyUsage.SERVER_AUTH],
    }).certificatePem,
    "after 2050": issueDeviceMaterial(office, {
      pcId: "pc-4",
      notBefore: new Date("2049-12-31T23:59:59Z"),
      notAfter: new Date("2051-06-01T12:00:00Z"),
    }).certificatePem,
    manager: issueManagerCredential(office).certificatePem,
  };

  it.each(Object.entries(certificates))("%s", (_, value) => {
    const der =
      typeof value === "string" ? (readPemLabelled(value, [PemLabel.CERTIFICATE])[0] ?? []) : value;
    const parsed = parseCertificate(Uint8Array.from(der));
    const x509 = new X509Certificate(Uint8Array.from(der));
    expect(parsed.notBefore).toEqual(new Date(x509.validFrom));
    expect(parsed.notAfter).toEqual(new Date(x509.validTo));
    expect(parsed.isCa).toBe(x509.ca);
    const usages = x509.keyUsage as string[] | undefined;
    expect(parsed.extendedKeyUsage ?? []).toEqual(usages ?? []);
    expect(spki(parsed.publicKey)).toBe(spki(x509.publicKey));
    expect(Buffer.from(parsed.subjectPublicKeyInfo).toString("hex")).toBe(spki(x509.publicKey));
    expect(parsed.signed).toBeDefined();
  });

  it("refuses a P-256 key that is not on the curve, as OpenSSL does", () => {
    const pem = issueDeviceMaterial(office, { pcId: "pc-5" }).certificatePem;
    const der = Buffer.from(readPemLabelled(pem, [PemLabel.CERTIFICATE])[0] ?? []);
    const point = der.indexOf(Buffer.from("03420004", "hex")) + 4;
    der[point + 63] = (der[point + 63] as number) ^ 0x01; // the last byte of y
    expect(() => new X509Certificate(der).publicKey).toThrow();
    expect(() => parseCertificate(der)).toThrow(/not a point of P-256/);
  });
});

describe("authenticateDevice proves a P-256 key without a signature", () => {
  const office = createCertificationOffice();

  async function device(name: string, key?: (pem: string) => string) {
    const dir = issueDevice(office, { dir: join(root, name), pcId: `pc-${name}` }).dir;
    const keyPath = join(dir, "device.key");
    if (key) await writeFile(keyPath, key(await readFile(keyPath, "latin1")), { mode: 0o600 });
    return dir;
  }

  /** The PKCS#8 key with one bit of its private scalar changed; its public key stays. */
  const alterScalar = (pem: string) => {
    const der = Buffer.from(readPemLabelled(pem, ["PRIVATE KEY"])[0] ?? []);
    const scalar = der.indexOf(Buffer.from("0201010420", "hex")) + 5;
    der[scalar + 31] = (der[scalar + 31] as number) ^ 0x01;
    return encodePem("PRIVATE KEY", der);
  };

  it("accepts SEC1 as well as PKCS#8, and its signer signs challenges that verify", async () => {
    for (const dir of [
      await device("pkcs8"),
      await device("sec1", (pem) =>
        createPrivateKey(pem).export({ type: "sec1", format: "pem" }).toString(),
      ),
    ]) {
      const result = await authenticateDevice(dir);
      if (!result.ok) throw new Error(result.detail);
      const nonce = randomBytes(32);
      const signed = signChallenge(result.device.signer, nonce, result.device.pcId);
      const input = challengeSigningInput(nonce, result.device.pcId);
      expect(verifyBytes(result.device.publicKey, signed.algorithm, input, signed.signature)).toBe(
        true,
      );
    }
  });

  it("altered key data whose public key still matches is 300097078100", async () => {
    const result = await authenticateDevice(await device("altered", alterScalar));
    expect(result).toMatchObject({ ok: false, code: C.AUTH_DATA_ALTERED });
  });

  it("an altered scalar without the public key beside it no longer matches: 300097078400", async () => {
    const withoutPublic = (pem: string) => {
      const key = createPrivateKey(alterScalar(pem));
      const sec1 = key.export({ type: "sec1", format: "der" });
      // SEC1 without its [1] public key: version, scalar and curve only
      const trimmed = Buffer.concat([Buffer.of(0x30, 0x31), sec1.subarray(2, 2 + 0x31)]);
      return encodePem("EC PRIVATE KEY", trimmed);
    };
    const result = await authenticateDevice(await device("no-public", withoutPublic));
    expect(result).toMatchObject({ ok: false, code: C.AUTH_INVALID_CERTIFICATE });
  });

  it("another device's key is 300097078400", async () => {
    const other = issueDeviceMaterial(office, { pcId: "pc-other" }).keyPem;
    const result = await authenticateDevice(await device("other", () => other));
    expect(result).toMatchObject({ ok: false, code: C.AUTH_INVALID_CERTIFICATE });
  });
});

describe("trust stores kept by content", () => {
  const office = createCertificationOffice();

  it("answers the same text with the same store, and other text with another", () => {
    const cache = createTrustStoreCache({ maxEntries: 2 });
    const first = cache.get({ ca: office.caPem });
    expect(cache.get({ ca: Buffer.from(office.caPem, "latin1") })).toBe(first);
    const withCrl = cache.get({ ca: office.caPem, crl: office.crlPem() });
    expect(withCrl).not.toBe(first);
    office.revoke("0a");
    const revoked = cache.get({ ca: office.caPem, crl: office.crlPem() });
    expect(revoked).not.toBe(withCrl);
    expect(revoked.ok && [...(revoked.trust.crls[0]?.crl.revoked ?? [])]).toEqual(["0a"]);
    expect(cache.size).toBe(2);
    expect(cache.get({ ca: "" })).toMatchObject({ ok: false, code: C.AUTH_NO_CA_CERTIFICATE });
    expect(() => createTrustStoreCache({ maxEntries: 1.5 })).toThrow(RangeError);
  });
});
