/**
 * A security PC's side of the walkthrough: hello, the challenge signed with
 * the device key (or the maintenance code of a local failure), the offer
 * verified against the certification office, the restart-confirm answer,
 * the offer verified again "after the restart", the download checked by
 * SHA-256, and a status report for each step. The real agent
 * (packages/agent) grows from the same pieces.
 */
import { createHash, randomUUID } from "node:crypto";
import { join } from "node:path";
import {
  AGENT_PATH,
  type AgentPhase,
  assertAgentAccepts,
  type Body,
  decodeFrame,
  encodeMessage,
  MaintenanceCode,
  PROTOCOL_VERSION,
  type SignedJobOffer,
  SUBPROTOCOL,
  toTimestamp,
  v1,
} from "@patchcast/protocol";
import {
  type AuthenticateOptions,
  authenticateDevice,
  loadTrustStore,
  signChallenge,
  verifyOffer,
} from "@patchcast/protocol/auth";
import { WebSocket } from "ws";

export interface DemoPc {
  pcId: string;
  dir: string;
  authenticateOptions?: AuthenticateOptions;
  /** Flip a byte of the stored offer while the PC restarts. */
  tamperStoredOffer?: boolean;
  /** Send a text frame instead of a hello. */
  misbehave?: boolean;
}

const S = v1.JobState;

/** Resolves when the connection ends, with the close code and reason the PC saw. */
export async function runDemoPc(
  managerUrl: string,
  pc: DemoPc,
): Promise<{ code: number; reason: string }> {
  const auth = await authenticateDevice(pc.dir, pc.authenticateOptions);
  const socket = new WebSocket(`${managerUrl.replace(/^http/, "ws")}${AGENT_PATH}`, SUBPROTOCOL);
  let phase: AgentPhase = "awaiting-challenge";
  let seq = 0;
  const send = (body: Body) => {
    const needsAck = body.case === "statusReport" || body.case === "restartConfirmResult";
    socket.send(encodeMessage({ seq: needsAck ? ++seq : 0, body }));
  };
  const report = (state: number, maintenanceCode = "", detail = "") =>
    send({
      case: "statusReport",
      value: {
        jobId: "JOB-0001",
        state,
        occurredAt: toTimestamp(Date.now()),
        maintenanceCode,
        detail,
      },
    });

  const install = async (signed: SignedJobOffer) => {
    const trusted = await loadTrustStore({
      caFile: join(pc.dir, "ca.crt"),
      crlFile: join(pc.dir, "crl.pem"),
    });
    if (!trusted.ok) return report(S.JOB_STATE_ERROR, trusted.code, trusted.detail);
    const stored = {
      offer: Uint8Array.from(signed.offer ?? []),
      algorithm: signed.algorithm ?? 0,
      signature: signed.signature ?? new Uint8Array(),
      certificates: signed.signerCertificates ?? [],
    };
    const first = verifyOffer(stored, trusted.trust);
    if (!first.ok) return report(S.JOB_STATE_ERROR, first.code, first.detail);
    report(S.JOB_STATE_RECEIVED);
    report(
      S.JOB_STATE_AWAITING_RESTART,
      "",
      "an update has been distributed; restart now to install it? Yes",
    );
    send({
      case: "restartConfirmResult",
      value: { jobId: "JOB-0001", answer: v1.RestartAnswer.RESTART_ANSWER_YES },
    });
    report(S.JOB_STATE_RESTARTING);
    if (pc.tamperStoredOffer)
      stored.offer.set([(stored.offer.at(-1) ?? 0) ^ 0x01], stored.offer.length - 1);
    const again = verifyOffer(stored, trusted.trust);
    if (!again.ok) return report(S.JOB_STATE_ERROR, again.code, again.detail);
    const offer = v1.JobOffer.decode(stored.offer);
    report(S.JOB_STATE_DOWNLOADING);
    const response = await fetch(new URL(offer.package?.downloadUrl ?? "/", managerUrl));
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = createHash("sha256").update(bytes).digest();
    if (!digest.equals(Buffer.from(offer.package?.sha256 ?? []))) {
      return report(S.JOB_STATE_ERROR, MaintenanceCode.DOWNLOAD_HASH_MISMATCH, "SHA-256 differs");
    }
    report(S.JOB_STATE_INSTALLING);
    report(S.JOB_STATE_COMPLETED, "", `installed ${offer.package?.packageId}`);
  };

  const onBody = (body: Body) => {
    assertAgentAccepts(phase, body.case);
    if (body.case === "challenge") {
      phase = "awaiting-auth-result";
      if (!auth.ok) {
        return send({
          case: "challengeResponse",
          value: { maintenanceCode: auth.code, detail: auth.detail },
        });
      }
      const signed = signChallenge(
        auth.device.signer,
        body.value.nonce ?? new Uint8Array(),
        pc.pcId,
      );
      return send({
        case: "challengeResponse",
        value: {
          deviceCertificates: [...signed.certificates],
          algorithm: signed.algorithm,
          signature: signed.signature,
        },
      });
    }
    if (body.case === "authResult") {
      phase = "authenticated";
      return;
    }
    if (body.case === "jobOffer") {
      void install(body.value).then(() => socket.close(1000));
    }
  };

  return await new Promise((resolve) => {
    socket.on("open", () => {
      if (pc.misbehave) return socket.send("hello?");
      send({
        case: "hello",
        value: {
          protocolVersion: PROTOCOL_VERSION,
          pcId: pc.pcId,
          role: v1.Role.ROLE_SECURITY_PC,
          agentVersion: "demo",
          stateId: randomUUID(),
        },
      });
    });
    socket.on("message", (data, isBinary) => onBody(decodeFrame(data as Buffer, isBinary).body));
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on("error", (error) => resolve({ code: 0, reason: error.message }));
  });
}
