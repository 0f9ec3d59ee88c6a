/**
 * Sound devices of one office, issued and written in bulk: the calling
 * thread and the device workers (`device-worker.ts`) run the same code on
 * a context of plain values, computed once for the whole batch.
 */
import { ExtendedKeyUsage } from "@patchcast/protocol/auth";
import { assertPcId, deviceValidity, type IssuedDevice, writeDevice } from "./device.ts";
import { type DeviceSigningCa, issueDeviceCertificate } from "./device-certificate.ts";
import { assertDays, type CertificationOffice } from "./office.ts";

/** What issuing sound devices of an office takes, as values a worker thread can receive. */
export interface DeviceBatchContext {
  readonly ca: DeviceSigningCa;
  readonly caPem: string;
  readonly crlPem: string | undefined;
  /** Validity of every device, in milliseconds since the epoch. */
  readonly notBefore: number;
  readonly notAfter: number;
}

/** One device to issue: its PC ID and the directory to write it to. */
export interface DeviceTarget {
  readonly dir: string;
  readonly pcId: string;
}

export interface DeviceBatchOptions {
  /** The clock the validity starts from. Default: the current time. */
  readonly now?: Date;
  /** Validity in days from `now` (default 825). */
  readonly validityDays?: number;
}

/** The batch's context: the office's issuing CA, ca.crt, and crl.pem as it is now. */
export function deviceBatchContext(
  office: CertificationOffice,
  options: DeviceBatchOptions = {},
): DeviceBatchContext {
  const now = options.now ?? new Date();
  const window = deviceValidity(now, assertDays(options.validityDays ?? 825, "validityDays"));
  const { subjectName, keyId, privateKey } = office.issuer;
  return {
    ca: { subjectName, keyId, privateKey },
    caPem: office.caPem,
    crlPem: office.revoked.size > 0 ? office.crlPem(now) : undefined,
    notBefore: window.notBefore.getTime(),
    notAfter: window.notAfter.getTime(),
  };
}

const CLIENT_AUTH = [ExtendedKeyUsage.CLIENT_AUTH];

/** Issues and writes each target's device, in order. */
export function issueDeviceBatch(
  context: DeviceBatchContext,
  targets: readonly DeviceTarget[],
): IssuedDevice[] {
  const notBefore = new Date(context.notBefore);
  const notAfter = new Date(context.notAfter);
  return targets.map(({ dir, pcId }) => {
    const issued = issueDeviceCertificate(context.ca, {
      pcId: assertPcId(pcId),
      notBefore,
      notAfter,
      keyType: "ec",
      extendedKeyUsage: CLIENT_AUTH,
    });
    writeDevice(dir, { ...issued, caPem: context.caPem, crlPem: context.crlPem });
    return { dir, pcId, serialNumber: issued.serialNumber };
  });
}
