import { ProtocolError } from "./errors.ts";

/**
 * What a WebSocket library hands over for one message: a buffer, an
 * ArrayBuffer, or the fragments of a fragmented message (ws's RawData).
 */
export type FrameData = Uint8Array | ArrayBuffer | readonly Uint8Array[];

/** Size of a frame in bytes, computed without copying anything. */
export function frameByteLength(data: FrameData): number {
  if (data instanceof ArrayBuffer || data instanceof Uint8Array) return data.byteLength;
  let total = 0;
  for (const part of data) total += part.byteLength;
  return total;
}

/** Throws PC_PROTO_FRAME_TOO_LARGE when `byteLength` exceeds `maxBytes`. */
export function assertFrameSize(byteLength: number, maxBytes: number): void {
  if (byteLength > maxBytes) {
    throw new ProtocolError(
      "PC_PROTO_FRAME_TOO_LARGE",
      `message of ${byteLength} bytes exceeds the limit of ${maxBytes} bytes`,
    );
  }
}

/**
 * The frame's bytes as one Uint8Array. The size limit is checked first, so
 * fragments of an oversized message are never joined.
 */
export function frameBytes(data: FrameData, maxBytes: number): Uint8Array {
  assertFrameSize(frameByteLength(data), maxBytes);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data.length === 1 && data[0] !== undefined) return data[0];
  const out = new Uint8Array(frameByteLength(data));
  let at = 0;
  for (const part of data) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
