/**
 * Every error the protocol package raises, in one catalogue (the habit of
 * fastify's lib/errors.js and ws's WS_ERR_*): a stable code, the WebSocket
 * close code a peer uses when the error ends a connection, and what it means.
 * errors.test.ts keeps the catalogue honest.
 */

/** WebSocket close codes used by patchcast (RFC 6455 §7.4.1). */
export const CloseCode = Object.freeze({
  NORMAL: 1000,
  GOING_AWAY: 1001,
  PROTOCOL_ERROR: 1002,
  UNSUPPORTED_DATA: 1003,
  INVALID_PAYLOAD: 1007,
  POLICY_VIOLATION: 1008,
  MESSAGE_TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
  /** The manager cannot serve the PC now (its database is down): reconnect later. */
  TRY_AGAIN_LATER: 1013,
} as const);
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export interface ProtocolErrorSpec {
  readonly closeCode: CloseCode;
  readonly description: string;
}

export const PROTOCOL_ERRORS = Object.freeze({
  PC_PROTO_TEXT_FRAME: {
    closeCode: CloseCode.UNSUPPORTED_DATA,
    description: "A text WebSocket message arrived; patchcast carries only binary Envelopes.",
  },
  PC_PROTO_FRAME_TOO_LARGE: {
    closeCode: CloseCode.MESSAGE_TOO_BIG,
    description:
      "A message is larger than the frame size limit (1 MiB by default); it is refused before it is decoded.",
  },
  PC_PROTO_UNDECODABLE: {
    closeCode: CloseCode.INVALID_PAYLOAD,
    description:
      "The bytes are not a protobuf message of the expected type (truncated, bad wire type or length).",
  },
  PC_PROTO_INVALID_FIELD: {
    closeCode: CloseCode.INVALID_PAYLOAD,
    description:
      "The message decoded, but a field is missing, out of range or malformed for its meaning (for example a SHA-256 that is not 32 bytes).",
  },
  PC_PROTO_EMPTY_ENVELOPE: {
    closeCode: CloseCode.PROTOCOL_ERROR,
    description:
      "The Envelope carries no message body that this protocol version knows (an empty envelope, or a body from a later version).",
  },
  PC_PROTO_VERSION_MISMATCH: {
    closeCode: CloseCode.PROTOCOL_ERROR,
    description: "The peer speaks another wire protocol version than this one.",
  },
  PC_PROTO_UNEXPECTED_MESSAGE: {
    closeCode: CloseCode.PROTOCOL_ERROR,
    description:
      "A message arrived out of order for the session's phase (for example a status report before authentication).",
  },
} as const satisfies Record<string, ProtocolErrorSpec>);

export type ProtocolErrorCode = keyof typeof PROTOCOL_ERRORS;

/**
 * A violation of the wire protocol by the peer. `closeCode` is the WebSocket
 * close code to end that peer's connection with; other connections are
 * unaffected.
 */
export class ProtocolError extends Error {
  override readonly name = "ProtocolError";
  readonly code: ProtocolErrorCode;
  readonly closeCode: CloseCode;

  constructor(code: ProtocolErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.closeCode = PROTOCOL_ERRORS[code].closeCode;
  }

  /**
   * The close reason to send: RFC 6455 allows at most 123 bytes of UTF-8,
   * so the message is cut (at a character boundary) to fit.
   */
  get closeReason(): string {
    return truncateUtf8(`${this.code}: ${this.message}`, 123);
  }
}

export function isProtocolError(value: unknown): value is ProtocolError {
  return value instanceof ProtocolError;
}

function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).byteLength <= maxBytes) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const size = encoder.encode(ch).byteLength;
    if (used + size > maxBytes - 3) break;
    out += ch;
    used += size;
  }
  return `${out}...`;
}
