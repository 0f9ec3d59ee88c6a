/**
 * Kernel figures that explain a bench's numbers (Linux; undefined
 * elsewhere): how long a listen queue may be, and how many handshakes were
 * dropped because one was full. A dropped handshake costs its client a
 * retransmission of a second or more, which a timed step then includes.
 */
import { readFileSync } from "node:fs";

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
};

/** `net.core.somaxconn`: the cap on any listen backlog asked for. */
export function somaxconn(text = read("/proc/sys/net/core/somaxconn")): number | undefined {
  const value = Number(text?.trim());
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** TcpExt ListenOverflows so far: handshakes dropped because a listen queue was full. */
export function listenOverflows(text = read("/proc/net/netstat")): number | undefined {
  const lines = (text ?? "").split("\n").filter((line) => line.startsWith("TcpExt:"));
  const [names, values] = lines.map((line) => line.trim().split(/\s+/));
  const at = names?.indexOf("ListenOverflows") ?? -1;
  const value = at > 0 ? Number(values?.[at]) : Number.NaN;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Counts the listen overflows during `step` (undefined where they cannot be read). */
export async function overflowsDuring<T>(
  step: () => Promise<T>,
): Promise<{ value: T; overflows: number | undefined }> {
  const before = listenOverflows();
  const value = await step();
  const after = listenOverflows();
  return {
    value,
    overflows: before === undefined || after === undefined ? undefined : after - before,
  };
}
