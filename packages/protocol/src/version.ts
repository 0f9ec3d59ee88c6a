import { ProtocolError } from "./errors.ts";

/** The wire protocol version this package implements (Hello.protocol_version). */
export const PROTOCOL_VERSION = 1;

/** The WebSocket sub-protocol name negotiated on the /agent endpoint. */
export const SUBPROTOCOL = "patchcast.v1";

/** The manager's WebSocket path for agents. */
export const AGENT_PATH = "/agent";

/**
 * Checks the version a peer announced. A peer that announces none (0, the
 * proto3 default) is refused like any other mismatch.
 */
export function checkProtocolVersion(received: number): void {
  if (received !== PROTOCOL_VERSION) {
    throw new ProtocolError(
      "PC_PROTO_VERSION_MISMATCH",
      `protocolVersion must be ${PROTOCOL_VERSION}: got ${received}`,
    );
  }
}
