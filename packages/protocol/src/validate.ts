/**
 * Meaning-level checks on decoded messages. proto3 has no required fields,
 * so what a message needs to make sense is checked here, field by field,
 * with an error that names the field (PC_PROTO_INVALID_FIELD, close 1007).
 */
import {
  invalid,
  listLength,
  maintenanceCode,
  optionalText,
  requireBytes,
  requireChain,
  requireEnum,
  requireId,
  safeInteger,
} from "./field-checks.ts";
import { Limits } from "./limits.ts";
import { type Body, type BodyCase, type BodyValue, type JobOffer, v1 } from "./messages.ts";
import { checkProtocolVersion } from "./version.ts";

type Checks = { [K in BodyCase]: (value: BodyValue<K>) => void };

const signatureAlgorithms = v1.SignatureAlgorithm as unknown as Record<string, number>;

const checks: Checks = {
  hello(m) {
    checkProtocolVersion(m.protocolVersion ?? 0);
    requireId(m.pcId, "hello.pcId");
    requireId(m.stateId, "hello.stateId");
    requireEnum(m.role, v1.Role as unknown as Record<string, number>, "hello.role");
    optionalText(m.hostName, "hello.hostName");
    optionalText(m.agentVersion, "hello.agentVersion");
    optionalText(m.os, "hello.os");
    listLength(m.installedUpdates, "hello.installedUpdates");
    m.installedUpdates?.forEach((id, i) => {
      requireId(id, `hello.installedUpdates[${i}]`);
    });
  },
  challenge(m) {
    requireBytes(m.nonce, "challenge.nonce", Limits.MIN_NONCE_BYTES, Limits.MAX_NONCE_BYTES);
    requireChain(m.managerCertificates, "challenge.managerCertificates");
  },
  challengeResponse(m) {
    optionalText(m.detail, "challengeResponse.detail");
    if (m.maintenanceCode) {
      maintenanceCode(m.maintenanceCode, "challengeResponse.maintenanceCode", true);
      return;
    }
    requireChain(m.deviceCertificates, "challengeResponse.deviceCertificates");
    requireEnum(m.algorithm, signatureAlgorithms, "challengeResponse.algorithm");
    requireBytes(m.signature, "challengeResponse.signature", 1, Limits.MAX_SIGNATURE_BYTES);
  },
  authResult(m) {
    maintenanceCode(m.maintenanceCode, "authResult.maintenanceCode", !m.ok);
    optionalText(m.detail, "authResult.detail");
    if (m.ok) requireId(m.clientId, "authResult.clientId");
  },
  heartbeat() {},
  ack(m) {
    listLength(m.seqs, "ack.seqs", 1);
    m.seqs?.forEach((seq, i) => {
      safeInteger(seq, `ack.seqs[${i}]`);
    });
  },
  error(m) {
    requireId(m.code, "error.code");
    optionalText(m.message, "error.message");
  },
  jobOffer(m) {
    requireBytes(m.offer, "jobOffer.offer", 1, Limits.MAX_FRAME_BYTES);
    requireEnum(m.algorithm, signatureAlgorithms, "jobOffer.algorithm");
    requireBytes(m.signature, "jobOffer.signature", 1, Limits.MAX_SIGNATURE_BYTES);
    requireChain(m.signerCertificates, "jobOffer.signerCertificates");
  },
  restartConfirmResult(m) {
    requireId(m.jobId, "restartConfirmResult.jobId");
    requireEnum(
      m.answer,
      v1.RestartAnswer as unknown as Record<string, number>,
      "restartConfirmResult.answer",
    );
  },
  progress(m) {
    requireId(m.jobId, "progress.jobId");
    safeInteger(m.done, "progress.done");
    safeInteger(m.total, "progress.total");
  },
  statusReport(m) {
    requireId(m.jobId, "statusReport.jobId");
    requireEnum(m.state, v1.JobState as unknown as Record<string, number>, "statusReport.state");
    maintenanceCode(
      m.maintenanceCode,
      "statusReport.maintenanceCode",
      m.state === v1.JobState.JOB_STATE_ERROR,
    );
    optionalText(m.detail, "statusReport.detail");
  },
  jobCancel(m) {
    requireId(m.jobId, "jobCancel.jobId");
    optionalText(m.reason, "jobCancel.reason");
  },
};

/** Checks one Envelope body; throws a ProtocolError naming the bad field. */
export function validateBody(body: Body): void {
  (checks[body.case] as (value: Body["value"]) => void)(body.value);
}

/** Checks a JobOffer (the signed bytes inside a SignedJobOffer). */
export function validateJobOffer(offer: JobOffer): void {
  requireId(offer.jobId, "jobOffer.jobId");
  optionalText(offer.jobName, "jobOffer.jobName");
  requireId(offer.clientId, "jobOffer.clientId");
  requireEnum(offer.type, v1.JobType as unknown as Record<string, number>, "jobOffer.type");
  const pkg = offer.package;
  if (!pkg) invalid("jobOffer.package", "must be set");
  requireId(pkg.packageId, "jobOffer.package.packageId");
  optionalText(pkg.name, "jobOffer.package.name");
  optionalText(pkg.version, "jobOffer.package.version");
  requireBytes(pkg.sha256, "jobOffer.package.sha256", Limits.SHA256_BYTES, Limits.SHA256_BYTES);
  safeInteger(pkg.size, "jobOffer.package.size");
  requireId(pkg.downloadUrl, "jobOffer.package.downloadUrl", Limits.MAX_TEXT_CHARS);
}
