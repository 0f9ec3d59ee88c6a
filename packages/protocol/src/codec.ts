/**
 * Encoding and decoding of the one Envelope each binary WebSocket message
 * carries (contract §2). Every failure is a ProtocolError with the close
 * code to use; nothing else escapes.
 */
import { ProtocolError } from "./errors.ts";
import { assertFrameSize, type FrameData, frameBytes } from "./frame.ts";
import { Limits } from "./limits.ts";
import type { Body, JobOffer, Message } from "./messages.ts";
import { v1 } from "./messages.ts";
import { validateBody, validateJobOffer } from "./validate.ts";

export interface CodecOptions {
  /** Largest message accepted or produced, in bytes (default 1 MiB). */
  maxFrameBytes?: number;
}

function maxBytesOf(options: CodecOptions | undefined): number {
  const max = options?.maxFrameBytes ?? Limits.MAX_FRAME_BYTES;
  if (!Number.isSafeInteger(max) || max <= 0) {
    throw new RangeError(`maxFrameBytes must be a positive integer: got ${max}`);
  }
  return max;
}

function describeDecodeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Encodes one message; refuses (PC_PROTO_FRAME_TOO_LARGE) what a peer would refuse. */
export function encodeMessage(
  message: { seq?: number; body: Body },
  options?: CodecOptions,
): Uint8Array {
  const max = maxBytesOf(options);
  const envelope = { seq: message.seq ?? 0, [message.body.case]: message.body.value };
  const bytes = v1.Envelope.encode(envelope).finish();
  assertFrameSize(bytes.byteLength, max);
  return bytes;
}

/**
 * Decodes one binary WebSocket message: size limit first (before any
 * allocation), then protobuf, then the body's meaning, including the
 * protocol version of a Hello.
 */
export function decodeMessage(data: FrameData, options?: CodecOptions): Message {
  const bytes = frameBytes(data, maxBytesOf(options));
  let envelope: ReturnType<typeof v1.Envelope.decode>;
  try {
    envelope = v1.Envelope.decode(bytes);
  } catch (cause) {
    throw new ProtocolError(
      "PC_PROTO_UNDECODABLE",
      `not a patchcast.v1.Envelope: ${describeDecodeFailure(cause)}`,
      { cause },
    );
  }
  const kase = envelope.body;
  if (!kase) {
    throw new ProtocolError(
      "PC_PROTO_EMPTY_ENVELOPE",
      "envelope carries no message body known to protocol version 1",
    );
  }
  const body = { case: kase, value: envelope[kase] } as Body;
  if (!Number.isSafeInteger(envelope.seq)) {
    throw new ProtocolError(
      "PC_PROTO_INVALID_FIELD",
      `envelope.seq must be below 2^53: got ${envelope.seq}`,
    );
  }
  validateBody(body);
  return { seq: envelope.seq, body };
}

/**
 * Decodes what a WebSocket library delivered, text frames included: a text
 * frame is PC_PROTO_TEXT_FRAME (close 1003) whatever it holds.
 */
export function decodeFrame(data: FrameData, isBinary: boolean, options?: CodecOptions): Message {
  if (!isBinary) {
    throw new ProtocolError(
      "PC_PROTO_TEXT_FRAME",
      "text messages are not accepted; send binary Envelopes",
    );
  }
  return decodeMessage(data, options);
}

/** Serializes a JobOffer for signing and for SignedJobOffer.offer. */
export function encodeJobOffer(offer: JobOffer): Uint8Array {
  validateJobOffer(offer);
  return v1.JobOffer.encode(offer).finish();
}

/** Decodes and checks the JobOffer inside a SignedJobOffer (or a stored copy). */
export function decodeJobOffer(bytes: Uint8Array): JobOffer {
  let offer: JobOffer;
  try {
    offer = v1.JobOffer.decode(bytes);
  } catch (cause) {
    throw new ProtocolError(
      "PC_PROTO_UNDECODABLE",
      `not a patchcast.v1.JobOffer: ${describeDecodeFailure(cause)}`,
      { cause },
    );
  }
  validateJobOffer(offer);
  return offer;
}
