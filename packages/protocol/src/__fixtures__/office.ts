/**
 * A certification office made with node-forge at test time, for the tests
 * of `src/auth` that need real certificates (pki-sim depends on this
 * package, so its offices are not used here): a CA, and leaf certificates
 * with whatever extended key usage a test asks for.
 */
import { generateKeyPairSync } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import forge from "node-forge";

const DAY_MS = 86_400_000;

export interface TestLeaf {
  readonly certificatePem: string;
  /** PKCS#8 PEM. */
  readonly keyPem: string;
}

export interface LeafOptions {
  readonly commonName: string;
  /**
   * Extended key usages by forge's names (`clientAuth`, `codeSigning`…):
   * `undefined` leaves the extension out, `[]` writes it with no usage.
   */
  readonly extendedKeyUsage: readonly string[] | undefined;
}

export interface TestOffice {
  readonly caPem: string;
  issue(options: LeafOptions): TestLeaf;
}

function rsaKeys(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  // Node makes the key (forge's own RSA key generation is slow), forge signs with it
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const forgeKey = forge.pki.privateKeyFromPem(
    privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
  ) as forge.pki.rsa.PrivateKey;
  return { privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
}

let serial = 0x1000;

function certificate(
  subject: string,
  publicKey: forge.pki.rsa.PublicKey,
  issuer: { name: forge.pki.CertificateField[]; key: forge.pki.rsa.PrivateKey },
  extensions: object[],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  serial += 1;
  cert.serialNumber = serial.toString(16).padStart(4, "0");
  cert.validity.notBefore = new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = new Date(Date.now() + 30 * DAY_MS);
  cert.setSubject([{ name: "commonName", value: subject }]);
  cert.setIssuer(issuer.name);
  cert.setExtensions(extensions);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

export function createTestOffice(): TestOffice {
  const ca = rsaKeys();
  const caName = [{ name: "commonName", value: "patchcast test office" }];
  let leafKeys: ReturnType<typeof rsaKeys> | undefined;
  const caCert = certificate(
    "patchcast test office",
    ca.publicKey,
    { name: caName, key: ca.privateKey },
    [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    ],
  );
  return {
    caPem: forge.pki.certificateToPem(caCert),
    issue({ commonName, extendedKeyUsage }) {
      // one key for every leaf of the office: the tests are about the certificates
      leafKeys ??= rsaKeys();
      const leaf = leafKeys;
      const extensions: object[] = [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, critical: true },
      ];
      if (extendedKeyUsage) {
        extensions.push({
          name: "extKeyUsage",
          ...Object.fromEntries(extendedKeyUsage.map((usage) => [usage, true])),
        });
      }
      const cert = certificate(
        commonName,
        leaf.publicKey,
        { name: caName, key: ca.privateKey },
        extensions,
      );
      const keyPem = forge.pki.privateKeyInfoToPem(
        forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(leaf.privateKey)),
      );
      return { certificatePem: forge.pki.certificateToPem(cert), keyPem };
    },
  };
}

/** Writes an authentication device directory (contract §3): ca.crt, device.crt, device.key 0600. */
export function writeTestDevice(dir: string, office: TestOffice, device: TestLeaf): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, "ca.crt"), office.caPem);
  writeFileSync(join(dir, "device.crt"), device.certificatePem);
  writeFileSync(join(dir, "device.key"), device.keyPem, { mode: 0o600 });
  chmodSync(join(dir, "device.key"), 0o600);
}
