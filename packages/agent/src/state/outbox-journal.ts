/**
 * The outbox's journal format: a sequence of records, each
 *
 *     u32 length of the body | u32 CRC-32 of the body | body
 *     body: u8 kind | u64 seq | payload
 *
 * (big-endian). A REPORT record holds a report's encoded Envelope; an ACK
 * record, with no payload, says the manager acknowledged that seq. A
 * journal is read up to its first record that is cut short or does not
 * match its CRC: what a crash in the middle of an append leaves.
 */
import { crc32 } from "node:zlib";
import { Limits } from "@patchcast/protocol";

export const RecordKind = Object.freeze({ REPORT: 1, ACK: 2 });
export type RecordKind = (typeof RecordKind)[keyof typeof RecordKind];

const HEADER_BYTES = 8;
const BODY_HEADER_BYTES = 9;
/** No Envelope is larger than a frame: a length beyond it is damage, not a record. */
const MAX_BODY_BYTES = BODY_HEADER_BYTES + Limits.MAX_FRAME_BYTES;

/** What a REPORT record takes beyond its envelope. */
export const RECORD_OVERHEAD_BYTES = HEADER_BYTES + BODY_HEADER_BYTES;

export interface JournalRecord {
  readonly kind: RecordKind;
  readonly seq: number;
  readonly payload: Uint8Array;
}

export function encodeRecord(kind: RecordKind, seq: number, payload?: Uint8Array): Buffer {
  const length = BODY_HEADER_BYTES + (payload?.byteLength ?? 0);
  const record = Buffer.allocUnsafe(HEADER_BYTES + length);
  record.writeUInt32BE(length, 0);
  record.writeUInt8(kind, HEADER_BYTES);
  record.writeBigUInt64BE(BigInt(seq), HEADER_BYTES + 1);
  if (payload) record.set(payload, HEADER_BYTES + BODY_HEADER_BYTES);
  record.writeUInt32BE(crc32(record.subarray(HEADER_BYTES)), 4);
  return record;
}

export interface DecodedJournal {
  readonly records: JournalRecord[];
  /** Bytes up to the end of the last whole record; the rest is a torn tail. */
  readonly validBytes: number;
}

export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: JournalRecord[] = [];
  let offset = 0;
  while (buffer.byteLength - offset >= HEADER_BYTES) {
    const length = buffer.readUInt32BE(offset);
    const end = offset + HEADER_BYTES + length;
    if (length < BODY_HEADER_BYTES || length > MAX_BODY_BYTES || end > buffer.byteLength) break;
    const body = buffer.subarray(offset + HEADER_BYTES, end);
    if (crc32(body) !== buffer.readUInt32BE(offset + 4)) break;
    const kind = body.readUInt8(0);
    const seq = body.readBigUInt64BE(1);
    const known = kind === RecordKind.REPORT || kind === RecordKind.ACK;
    if (!known || seq > BigInt(Number.MAX_SAFE_INTEGER)) break;
    records.push({
      kind: kind as RecordKind,
      seq: Number(seq),
      payload: body.subarray(BODY_HEADER_BYTES),
    });
    offset = end;
  }
  return { records, validBytes: offset };
}

/** The reports a journal still holds: each REPORT not followed by an ACK of its seq. */
export function pendingOf(records: readonly JournalRecord[]): Map<number, Uint8Array> {
  const pending = new Map<number, Uint8Array>();
  for (const { kind, seq, payload } of records) {
    if (kind === RecordKind.REPORT) pending.set(seq, payload);
    else pending.delete(seq);
  }
  return pending;
}
