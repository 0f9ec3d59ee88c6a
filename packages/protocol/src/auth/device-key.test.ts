import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { proveP256Key, readP256PrivateKey } from "./device-key.ts";
import { encodePem, readPemBlocks } from "./pem.ts";

const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const point = publicKey.export({ type: "spki", format: "der" }).subarray(-65);
const pkcs8 = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const sec1 = privateKey.export({ type: "sec1", format: "pem" }).toString();

const pemOf = (key: KeyObject) => key.export({ type: "pkcs8", format: "pem" }).toString();

describe("device.key in its usual P-256 forms", () => {
  it("reads PKCS#8 and SEC1, with their public point, LF or CRLF", () => {
    for (const text of [pkcs8, sec1, pkcs8.replace(/\n/g, "\r\n")]) {
      const key = readP256PrivateKey(text);
      expect(key?.d.byteLength).toBe(32);
      expect(key?.publicPoint && Buffer.from(key.publicPoint).equals(point)).toBe(true);
    }
  });

  it("leaves every other form to OpenSSL", () => {
    const others = [
      pemOf(generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey),
      pemOf(generateKeyPairSync("ec", { namedCurve: "P-384" }).privateKey),
      pemOf(generateKeyPairSync("ed25519").privateKey),
      `text before\n${pkcs8}`,
      pkcs8 + pkcs8,
      pkcs8.replace("PRIVATE KEY-----\n", "PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"),
      encodePem("PRIVATE KEY", Buffer.from("not a key")),
      privateKey
        .export({ type: "pkcs8", format: "pem", cipher: "aes-128-cbc", passphrase: "x" })
        .toString(),
    ];
    for (const text of others) expect(readP256PrivateKey(text)).toBeUndefined();
  });

  it("proves only the key whose scalar makes the certificate's point", () => {
    expect(proveP256Key(pkcs8, point)).toBeDefined();
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    expect(proveP256Key(pemOf(other), point)).toBeUndefined();
    // the scalar altered, the public point kept: the file still names the certificate's key
    const der = Buffer.from(readPemBlocks(pkcs8)[0]?.der ?? []);
    const at = der.indexOf(Buffer.from("0201010420", "hex")) + 5;
    der[at] = (der[at] as number) ^ 0x01;
    const altered = encodePem("PRIVATE KEY", der);
    expect(readP256PrivateKey(altered)).toBeDefined();
    expect(proveP256Key(altered, point)).toBeUndefined();
  });
});
