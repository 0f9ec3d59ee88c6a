/**
 * Frames the ws library refuses itself, before a session sees them: a
 * message over `maxPayload` (1009), a text or close frame that is not UTF-8
 * (1007), a frame that breaks RFC 6455 (1002: reserved bits or opcode, an
 * unmasked frame from a client), a message in too many fragments or chunks
 * (1008). ws ends such a connection by calling the
 * socket's own `close(code)`, without a reason; contract §2 answers every
 * refused frame with a close code and a reason, so that call is given one.
 * A close with a reason of its own (every close the session makes) is left
 * as it is.
 */
import { CloseCode, ProtocolError } from "@patchcast/protocol";
import type { WebSocket } from "ws";

export function refusalReason(code: number, maxFrameBytes: number): string | undefined {
  switch (code) {
    case CloseCode.MESSAGE_TOO_BIG:
      return new ProtocolError(
        "PC_PROTO_FRAME_TOO_LARGE",
        `a message is larger than the ${maxFrameBytes}-byte limit`,
      ).closeReason;
    case CloseCode.INVALID_PAYLOAD:
      return "invalid UTF-8 in a text or close frame";
    case CloseCode.PROTOCOL_ERROR:
      return "the frame breaks the WebSocket protocol (RFC 6455)";
    case CloseCode.POLICY_VIOLATION:
      return "a message in too many fragments";
    default:
      return undefined;
  }
}

/** Gives the closes ws makes for the frames it refuses their reason. */
export function giveRefusalsAReason(socket: WebSocket, maxFrameBytes: number): void {
  const close = socket.close.bind(socket);
  socket.close = (code?: number, reason?: string | Buffer) =>
    close(code, reason ?? (code === undefined ? undefined : refusalReason(code, maxFrameBytes)));
}
