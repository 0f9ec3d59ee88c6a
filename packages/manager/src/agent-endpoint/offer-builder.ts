/** Builds the signed JobOffer for one PC from what the store knows of its job. */
import { type Body, encodeJobOffer, toTimestamp, v1 } from "@patchcast/protocol";
import { jobOfferBody, type Signer, signOffer } from "@patchcast/protocol/auth";
import { wireJobId } from "../services/wire-job-id.ts";
import type { OfferSpec } from "./ports.ts";

export function buildSignedOffer(
  spec: OfferSpec,
  pcId: string,
  downloadUrl: string,
  signer: Signer,
  now: Date,
): Extract<Body, { case: "jobOffer" }> {
  const offer = encodeJobOffer({
    jobId: wireJobId(spec.executionId),
    jobName: spec.jobName,
    clientId: pcId,
    type: v1.JobType.JOB_TYPE_INSTALL_PACKAGE,
    package: {
      packageId: spec.packageCode,
      name: spec.packageName,
      version: spec.version,
      generation: spec.generation,
      cabinetId: spec.cabinetId,
      sha256: Buffer.from(spec.sha256, "hex"),
      size: spec.size,
      downloadUrl,
      updateData: spec.updateData,
    },
    conditions: {
      replaceExisting: spec.replaceExisting,
      ...(spec.relayExpiresAt ? { relayExpiresAt: toTimestamp(spec.relayExpiresAt) } : {}),
    },
    ...(spec.executeAt ? { executeAt: toTimestamp(spec.executeAt) } : {}),
    restartConfirm: spec.restartConfirm,
    issuedAt: toTimestamp(now),
  });
  return jobOfferBody(signOffer(offer, signer));
}
