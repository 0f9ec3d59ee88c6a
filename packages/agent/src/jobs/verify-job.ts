/**
 * Authentication of a job on the PC (contract §3): when the offer arrives,
 * and again on the stored copy after the restart. The device itself must
 * authenticate, the offer's signature must verify against the device's
 * certification office, and the offer must be an Install package job for
 * this PC. The result is the decoded offer or exactly one maintenance code.
 * The signer's certificates are parsed once per process (a cache keyed by
 * their exact bytes: the same bytes parse the same), and so is the device's
 * when the options carry a cache; dates, usage, revocation and the
 * signature are checked on every offer.
 */
import { decodeJobOffer, type JobOffer, MaintenanceCode, v1 } from "@patchcast/protocol";
import {
  type AuthenticateOptions,
  authenticateDevice,
  createCertificateCache,
  verifyOffer,
} from "@patchcast/protocol/auth";
import type { StoredOffer } from "../state/job-store.ts";

export type JobVerdict =
  | { readonly ok: true; readonly offer: JobOffer }
  | { readonly ok: false; readonly code: string; readonly detail: string };

export interface VerifyJobOptions {
  readonly deviceDir: string;
  readonly pcId: string;
  readonly authenticate?: AuthenticateOptions;
  readonly now?: Date;
}

/** The offers' signer certificates, parsed: a manager signs with a handful over its life. */
const signerCertificates = createCertificateCache({ maxEntries: 64 });

export async function verifyJob(
  signed: StoredOffer,
  options: VerifyJobOptions,
): Promise<JobVerdict> {
  const device = await authenticateDevice(options.deviceDir, {
    ...options.authenticate,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!device.ok) return device;
  // The office the device was just checked against, from the same ca.crt and crl.pem.
  const verdict = verifyOffer(signed, device.device.trust, {
    cache: signerCertificates,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!verdict.ok) return verdict;
  let offer: JobOffer;
  try {
    offer = decodeJobOffer(signed.offer);
  } catch (error) {
    return {
      ok: false,
      code: MaintenanceCode.AUTH_OTHER_ERROR,
      detail: `the signed job offer is not a valid JobOffer: ${(error as Error).message}`,
    };
  }
  if (offer.clientId !== options.pcId) {
    return {
      ok: false,
      code: MaintenanceCode.OFFER_NOT_FOR_THIS_PC,
      detail: `the job is addressed to "${offer.clientId}", this PC is "${options.pcId}"`,
    };
  }
  if (offer.type !== v1.JobType.JOB_TYPE_INSTALL_PACKAGE) {
    return {
      ok: false,
      code: MaintenanceCode.JOB_TYPE_NOT_SUPPORTED,
      detail: `job type ${offer.type} is not Install package`,
    };
  }
  return { ok: true, offer };
}

/** The job ID of an offer whose signature has not been checked, to report its failure. */
export function peekJobId(offerBytes: Uint8Array): string | undefined {
  try {
    const jobId = v1.JobOffer.decode(offerBytes).jobId;
    return jobId ? jobId : undefined;
  } catch {
    return undefined;
  }
}

/** The package's display name in the prompt, from an offer not yet verified. */
export function peekPackageName(offerBytes: Uint8Array): string {
  try {
    const pkg = v1.JobOffer.decode(offerBytes).package;
    return pkg?.name || pkg?.packageId || "(unnamed package)";
  } catch {
    return "(unreadable package)";
  }
}
