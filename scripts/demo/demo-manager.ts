/**
 * The manager's side of the walkthrough: the /agent WebSocket endpoint
 * (hello, challenge, verification of the PC's certificate, a signed Install
 * package offer, acknowledged status reports) and the package download.
 * The real manager (packages/manager) grows from the same pieces.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  AGENT_PATH,
  assertManagerAccepts,
  type Body,
  CloseCode,
  decodeFrame,
  describeMaintenanceCode,
  encodeJobOffer,
  encodeMessage,
  type ManagerPhase,
  ProtocolError,
  SUBPROTOCOL,
  toTimestamp,
  v1,
} from "@patchcast/protocol";
import {
  type Signer,
  signOffer,
  type TrustStore,
  verifyPresentedDevice,
} from "@patchcast/protocol/auth";
import { type WebSocket, WebSocketServer } from "ws";

export interface PcOutcome {
  pcId: string;
  state: string;
  code: string;
  detail: string;
}

export interface DemoManager {
  url: string;
  outcomes: Map<string, PcOutcome>;
  close(): Promise<void>;
}

const stateName = (state: number) =>
  (v1.JobState[state] ?? String(state)).replace("JOB_STATE_", "");

export async function startDemoManager(
  trust: TrustStore,
  signer: Signer,
  payload: Buffer,
): Promise<DemoManager> {
  const sha256 = createHash("sha256").update(payload).digest();
  const outcomes = new Map<string, PcOutcome>();
  const record = (pcId: string, state: string, code = "", detail = "") => {
    outcomes.set(pcId, { pcId, state, code, detail });
  };

  const http: Server = createServer((req, res) => {
    if (req.url !== `/packages/${sha256.toString("hex")}`) return void res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": payload.byteLength,
    });
    res.end(payload);
  });
  const wss = new WebSocketServer({
    server: http,
    path: AGENT_PATH,
    maxPayload: 1024 * 1024,
    handleProtocols: (offered) => (offered.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });

  wss.on("connection", (socket: WebSocket) => {
    let phase: ManagerPhase = "awaiting-hello";
    let pcId = "(unknown)";
    let nonce = new Uint8Array();
    const send = (body: Body, seq = 0) => socket.send(encodeMessage({ seq, body }));

    const offer = () => {
      const bytes = encodeJobOffer({
        jobId: "JOB-0001",
        jobName: "Security updates",
        clientId: pcId,
        type: v1.JobType.JOB_TYPE_INSTALL_PACKAGE,
        package: {
          packageId: "DPT-WINDOWS11_0-KB5031356-X64",
          name: "DPT-windows11_0-kb5031356-x64",
          version: "0001",
          sha256,
          size: payload.byteLength,
          downloadUrl: `/packages/${sha256.toString("hex")}`,
          updateData: true,
        },
        restartConfirm: true,
        issuedAt: toTimestamp(Date.now()),
      });
      const signed = signOffer(bytes, signer);
      send({
        case: "jobOffer",
        value: {
          offer: signed.offer,
          algorithm: signed.algorithm,
          signature: signed.signature,
          signerCertificates: [...signed.certificates],
        },
      });
      record(pcId, "OFFERED");
    };

    const handle = (body: Body, seq: number) => {
      assertManagerAccepts(phase, body.case);
      switch (body.case) {
        case "hello":
          pcId = body.value.pcId ?? pcId;
          nonce = randomBytes(32);
          phase = "awaiting-challenge-response";
          return send({
            case: "challenge",
            value: { nonce, managerCertificates: [...signer.certificates] },
          });
        case "challengeResponse": {
          const r = body.value;
          const verdict = r.maintenanceCode
            ? { ok: false as const, code: r.maintenanceCode, detail: r.detail ?? "" }
            : verifyPresentedDevice(
                {
                  pcId,
                  nonce,
                  certificates: r.deviceCertificates ?? [],
                  algorithm: r.algorithm ?? 0,
                  signature: r.signature ?? new Uint8Array(),
                },
                trust,
              );
          if (!verdict.ok) {
            record(pcId, "ERROR", verdict.code, verdict.detail);
            send({
              case: "authResult",
              value: { ok: false, maintenanceCode: verdict.code, detail: verdict.detail },
            });
            return socket.close(CloseCode.POLICY_VIOLATION, "authentication failed");
          }
          phase = "authenticated";
          send({
            case: "authResult",
            value: { ok: true, clientId: pcId, protocolVersion: 1, heartbeatIntervalMs: 30_000 },
          });
          return offer();
        }
        case "statusReport":
          record(
            pcId,
            stateName(body.value.state ?? 0),
            body.value.maintenanceCode ?? "",
            body.value.detail ?? "",
          );
          return send({ case: "ack", value: { seqs: [seq] } });
        case "restartConfirmResult":
          return send({ case: "ack", value: { seqs: [seq] } });
        default:
          return;
      }
    };

    socket.on("message", (data, isBinary) => {
      try {
        const message = decodeFrame(data as Buffer | Buffer[], isBinary);
        handle(message.body, message.seq);
      } catch (error) {
        const pe =
          error instanceof ProtocolError
            ? error
            : new ProtocolError("PC_PROTO_UNDECODABLE", String(error));
        record(pcId, "DISCONNECTED", "", `closed with ${pe.closeCode}: ${pe.code}`);
        socket.close(pe.closeCode, pe.closeReason);
      }
    });
  });

  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    outcomes,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export function causeOf(code: string): string {
  return describeMaintenanceCode(code)?.cause ?? "";
}
