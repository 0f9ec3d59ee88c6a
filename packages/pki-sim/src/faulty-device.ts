/**
 * A device with one or more faults built in on purpose, and what it takes
 * to see them: the options for the authenticator, the job offer to verify.
 */
import { ExtendedKeyUsage, type SignedOffer, signOffer } from "@patchcast/protocol/auth";
import { type DeviceOptions, issueDeviceMaterial, writeDevice } from "./device.ts";
import { checkFaultCombination, inApplicationOrder } from "./fault-combinations.ts";
import { expectedCode, type FaultKind } from "./fault-kinds.ts";
import { breakDeviceFiles, isFileFault } from "./file-faults.ts";
import { issueManagerCredential, type ManagerCredential } from "./manager-credential.ts";
import { type CertificationOffice, createCaCredential } from "./office.ts";

const DAY_MS = 86_400_000;
/** A budget no authentication fits in. */
export const TOO_SMALL_MEMORY_BUDGET_BYTES = 4096;

export interface FaultyDeviceOptions extends Omit<DeviceOptions, "issuer"> {
  readonly dir: string;
  readonly faults: FaultKind | readonly FaultKind[];
}

export interface FaultyDevice {
  readonly dir: string;
  readonly pcId: string;
  readonly serialNumber: string;
  /** The faults built in, each once, in the order given. */
  readonly faults: readonly FaultKind[];
  /** The code the PC must end with: the first of the faults' codes it meets. */
  readonly expectedCode: string;
  /** Options to give `authenticateDevice` (the memory budget fault lives here). */
  readonly authenticateOptions: { readonly memoryBudgetBytes?: number };
  /** A job offer signed by the office's manager certificate (tampered with the tampered-job fault). */
  readonly signedOffer: SignedOffer;
}

const managers = new WeakMap<CertificationOffice, ManagerCredential>();

/** The office's manager credential, issued once per office. */
export function managerCredentialOf(office: CertificationOffice): ManagerCredential {
  let credential = managers.get(office);
  if (!credential) {
    credential = issueManagerCredential(office);
    managers.set(office, credential);
  }
  return credential;
}

function issuanceOptions(
  office: CertificationOffice,
  faults: readonly FaultKind[],
  base: DeviceOptions,
): DeviceOptions {
  const now = base.now ?? new Date();
  let options: DeviceOptions = { ...base };
  if (faults.includes("expired")) {
    options = {
      ...options,
      notBefore: new Date(now.getTime() - 400 * DAY_MS),
      notAfter: new Date(now.getTime() - DAY_MS),
    };
  }
  if (faults.includes("not-yet-valid")) {
    options = {
      ...options,
      notBefore: new Date(now.getTime() + DAY_MS),
      notAfter: new Date(now.getTime() + 400 * DAY_MS),
    };
  }
  if (faults.includes("other-ca")) {
    options = {
      ...options,
      issuer: createCaCredential({ commonName: "Other Certification Office", now }),
    };
  }
  if (faults.includes("imposter-ca")) {
    options = {
      ...options,
      issuer: createCaCredential({ commonName: office.issuer.commonName, now }),
    };
  }
  if (faults.includes("server-only")) {
    options = { ...options, extendedKeyUsage: [ExtendedKeyUsage.SERVER_AUTH] };
  }
  if (faults.includes("unsupported-key")) {
    options = { ...options, keyType: "ed25519" };
  }
  return options;
}

const SAMPLE_OFFER = new TextEncoder().encode(
  "patchcast sample job offer: install DPT-windows11_0-kb5031356-x64",
);

export async function issueFaultyDevice(
  office: CertificationOffice,
  options: FaultyDeviceOptions,
): Promise<FaultyDevice> {
  const { dir, faults: given, ...base } = options;
  // Refused before anything is issued, revoked or written.
  const faults = checkFaultCombination(typeof given === "string" ? [given] : given);
  const material = issueDeviceMaterial(office, issuanceOptions(office, faults, base));
  let crlPem = material.crlPem;
  if (faults.includes("revoked")) {
    office.revoke(material.serialNumber);
    crlPem = office.crlPem(base.now);
  }
  writeDevice(dir, { ...material, crlPem });
  // Edits, then replacements, then device.key's permissions, then no-device.
  for (const fault of inApplicationOrder(faults)) {
    if (isFileFault(fault)) await breakDeviceFiles(dir, fault);
  }

  let signedOffer = signOffer(SAMPLE_OFFER, managerCredentialOf(office).signer);
  if (faults.includes("tampered-job")) {
    const offer = Uint8Array.from(signedOffer.offer);
    offer[offer.length >> 1] = (offer[offer.length >> 1] as number) ^ 0x20;
    signedOffer = { ...signedOffer, offer };
  }
  return {
    dir,
    pcId: material.pcId,
    serialNumber: material.serialNumber,
    faults,
    expectedCode: expectedCode(faults) ?? "",
    authenticateOptions: faults.includes("memory-budget")
      ? { memoryBudgetBytes: TOO_SMALL_MEMORY_BUDGET_BYTES }
      : {},
    signedOffer,
  };
}
