/**
 * Faults made on the files of an existing device directory, whatever tool
 * made it (pki-sim or OpenSSL): each one really breaks the material.
 */
import { createPrivateKey, generateKeyPairSync, type KeyObject, randomBytes } from "node:crypto";
import { chmod, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DeviceFile, encodePem, PemLabel, readPemLabelled } from "@patchcast/protocol/auth";
import forge from "node-forge";
import { fromBinary, toBinary } from "./der-builder.ts";
import { PkiSimError } from "./errors.ts";
import type { FaultKind } from "./fault-kinds.ts";
import { privateKeyPem } from "./keys.ts";

export const FILE_FAULTS = Object.freeze([
  "tampered-certificate",
  "key-mismatch",
  "corrupt-certificate",
  "missing-certificate",
  "empty-certificate",
  "unreadable-certificate",
  "missing-ca",
  "empty-ca",
  "key-readable",
  "key-foreign-owner",
  "no-device",
] as const satisfies readonly FaultKind[]);
export type FileFault = (typeof FILE_FAULTS)[number];

export function isFileFault(kind: FaultKind): kind is FileFault {
  return (FILE_FAULTS as readonly string[]).includes(kind);
}

/** The uid a foreign-owned key is given. */
export const FOREIGN_UID = 65534;

/**
 * Breaks the device in `dir` by `fault`. To build several faults into one
 * device, check them with `checkFaultCombination` and apply them in
 * `FAULT_APPLICATION_ORDER` (`inApplicationOrder`), as `issueFaultyDevice` does.
 */
export async function breakDeviceFiles(dir: string, fault: FileFault): Promise<void> {
  const path = (name: string) => join(dir, name);
  switch (fault) {
    case "tampered-certificate":
      return writeFile(
        path(DeviceFile.CERTIFICATE),
        tamperCertificate(await readFile(path(DeviceFile.CERTIFICATE), "latin1")),
      );
    case "key-mismatch":
      // Rewritten in place: its mode and owner stay what they are (0600 when created).
      return writeFile(
        path(DeviceFile.KEY),
        privateKeyPem(anotherKeyLike(createPrivateKey(await readFile(path(DeviceFile.KEY))))),
        { mode: 0o600 },
      );
    case "corrupt-certificate":
      return writeFile(
        path(DeviceFile.CERTIFICATE),
        encodePem(PemLabel.CERTIFICATE, randomBytes(300)),
      );
    case "missing-certificate":
      return rm(path(DeviceFile.CERTIFICATE), { recursive: true, force: true });
    case "empty-certificate":
      return writeFile(path(DeviceFile.CERTIFICATE), "");
    case "unreadable-certificate":
      await rm(path(DeviceFile.CERTIFICATE), { recursive: true, force: true });
      return mkdir(path(DeviceFile.CERTIFICATE));
    case "missing-ca":
      return rm(path(DeviceFile.CA), { recursive: true, force: true });
    case "empty-ca":
      return writeFile(path(DeviceFile.CA), "");
    case "key-readable":
      return chmod(path(DeviceFile.KEY), 0o644);
    case "key-foreign-owner":
      if (process.getuid?.() !== 0) {
        throw new PkiSimError(
          "PKI_ERR_NOT_PERMITTED",
          "the key-foreign-owner fault needs root: only root can give a file away",
        );
      }
      return chown(path(DeviceFile.KEY), FOREIGN_UID, FOREIGN_UID);
    case "no-device":
      return rm(dir, { recursive: true, force: true });
  }
}

/** Changes the last byte of the first certificate's serial number, leaving it well-formed. */
export function tamperCertificate(pem: string): string {
  const [der, ...rest] = readPemLabelled(pem, [PemLabel.CERTIFICATE]);
  if (!der)
    throw new PkiSimError(
      "PKI_ERR_DEVICE_UNREADABLE",
      "device.crt holds no certificate to tamper with",
    );
  const cert = forge.asn1.fromDer(toBinary(der));
  const tbs = (cert.value as forge.asn1.Asn1[])[0] as forge.asn1.Asn1;
  const fields = tbs.value as forge.asn1.Asn1[];
  const serial = (
    fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? fields[1] : fields[0]
  ) as forge.asn1.Asn1;
  const value = serial.value as string;
  serial.value =
    value.slice(0, -1) + String.fromCharCode(value.charCodeAt(value.length - 1) ^ 0x01);
  const tampered = fromBinary(forge.asn1.toDer(cert).getBytes());
  return [tampered, ...rest].map((block) => encodePem(PemLabel.CERTIFICATE, block)).join("");
}

function anotherKeyLike(key: KeyObject): KeyObject {
  const details = key.asymmetricKeyDetails;
  switch (key.asymmetricKeyType) {
    case "rsa":
      return generateKeyPairSync("rsa", { modulusLength: details?.modulusLength ?? 2048 })
        .privateKey;
    case "ec":
      return generateKeyPairSync("ec", { namedCurve: details?.namedCurve ?? "P-256" }).privateKey;
    default:
      return generateKeyPairSync("ed25519").privateKey;
  }
}
