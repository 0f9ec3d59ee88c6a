/** One realistic message of every Envelope body case, for codec tests. */
import { createHash } from "node:crypto";
import { type Body, type BodyCase, type JobOffer, v1 } from "../messages.ts";
import { toTimestamp } from "../timestamp.ts";

const at = toTimestamp(Date.UTC(2026, 10, 20, 9, 30, 15, 250));
const der = (n: number) => new Uint8Array(300).fill(n);

export const sampleJobOffer: JobOffer = {
  jobId: "JOB-000042",
  jobName: "November security updates",
  clientId: "PC-0001",
  type: v1.JobType.JOB_TYPE_INSTALL_PACKAGE,
  package: {
    packageId: "DPT-WINDOWS11_0-KB5031356-X64",
    name: "DPT-windows11_0-kb5031356-x64",
    version: "0001",
    generation: 1,
    cabinetId: "WU",
    sha256: new Uint8Array(createHash("sha256").update("payload").digest()),
    size: 1_048_576,
    downloadUrl: "/packages/3f9a/payload",
    updateData: true,
  },
  conditions: { replaceExisting: true, relayExpiresAt: toTimestamp(Date.UTC(2026, 11, 31)) },
  executeAt: at,
  restartConfirm: true,
  issuedAt: at,
};

export const sampleBodies: { [K in BodyCase]: Extract<Body, { case: K }> } = {
  hello: {
    case: "hello",
    value: {
      protocolVersion: 1,
      pcId: "PC-0001",
      hostName: "sec-pc-0001.example",
      role: v1.Role.ROLE_SECURITY_PC,
      agentVersion: "0.1.0",
      os: "Windows 11 24H2",
      installedUpdates: ["KB5030219", "KB5029263"],
      stateId: "9b2f6c1e-4d0a-4c55-8f0e-2a7d3b9c1e44",
    },
  },
  challenge: {
    case: "challenge",
    value: {
      nonce: new Uint8Array(32).fill(7),
      managerCertificates: [der(1), der(2)],
      serverTime: at,
    },
  },
  challengeResponse: {
    case: "challengeResponse",
    value: {
      deviceCertificates: [der(3)],
      algorithm: v1.SignatureAlgorithm.SIGNATURE_ALGORITHM_ECDSA_P256_SHA256,
      signature: new Uint8Array(71).fill(9),
    },
  },
  authResult: {
    case: "authResult",
    value: {
      ok: true,
      clientId: "PC-0001",
      heartbeatIntervalMs: 30_000,
      serverTime: at,
      protocolVersion: 1,
    },
  },
  heartbeat: { case: "heartbeat", value: { sentAt: at, reply: true } },
  ack: { case: "ack", value: { seqs: [1, 2, 3, 2 ** 40] } },
  error: {
    case: "error",
    value: {
      code: "PC_PROTO_UNEXPECTED_MESSAGE",
      message: "expected hello: got statusReport",
      closeCode: 1002,
    },
  },
  jobOffer: {
    case: "jobOffer",
    value: {
      offer: v1.JobOffer.encode(sampleJobOffer).finish(),
      algorithm: v1.SignatureAlgorithm.SIGNATURE_ALGORITHM_RSA_PKCS1_SHA256,
      signature: new Uint8Array(256).fill(5),
      signerCertificates: [der(4), der(5)],
    },
  },
  restartConfirmResult: {
    case: "restartConfirmResult",
    value: { jobId: "JOB-000042", answer: v1.RestartAnswer.RESTART_ANSWER_NO, answeredAt: at },
  },
  progress: {
    case: "progress",
    value: {
      jobId: "JOB-000042",
      phase: v1.ProgressPhase.PROGRESS_PHASE_DOWNLOAD,
      done: 524_288,
      total: 1_048_576,
    },
  },
  statusReport: {
    case: "statusReport",
    value: {
      jobId: "JOB-000042",
      state: v1.JobState.JOB_STATE_ERROR,
      occurredAt: at,
      maintenanceCode: "300097078500",
      detail: "device.crt expired on 2026-11-01T00:00:00Z",
    },
  },
  jobCancel: {
    case: "jobCancel",
    value: { jobId: "JOB-000042", reason: "withdrawn by administrator" },
  },
};
