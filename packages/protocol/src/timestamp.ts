import type { Timestamp } from "./messages.ts";

/** A `google.protobuf.Timestamp` for a JavaScript date or epoch milliseconds. */
export function toTimestamp(at: Date | number): Timestamp {
  const ms = typeof at === "number" ? at : at.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: Math.round((ms - seconds * 1000) * 1e6) };
}

/** Epoch milliseconds of a timestamp; `undefined` when the field was not set. */
export function fromTimestamp(ts: Timestamp | null | undefined): number | undefined {
  if (ts === null || ts === undefined) return undefined;
  return (ts.seconds ?? 0) * 1000 + Math.floor((ts.nanos ?? 0) / 1e6);
}
