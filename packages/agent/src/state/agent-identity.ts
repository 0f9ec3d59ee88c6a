/**
 * agent.json: the state directory's identity (Hello.state_id) and the
 * Envelope.seq numbers handed out under it. Numbers are reserved in blocks
 * so that most reports cost no extra write; after a crash the unused rest of
 * a block is skipped, never reused.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import {
  hasFormat,
  parseStateJson,
  readIfExists,
  type WriteOptions,
  writeFileAtomic,
} from "./atomic-file.ts";

const FORMAT = "patchcast-agent-state/1";
export const IDENTITY_FILE = "agent.json";
const SEQ_BLOCK = 64;

interface IdentityFile {
  readonly format: typeof FORMAT;
  readonly stateId: string;
  /** Every seq up to this one may have been used. */
  readonly reservedSeq: number;
}

function isIdentityFile(value: unknown): value is IdentityFile {
  if (!hasFormat(value, FORMAT)) return false;
  const { stateId, reservedSeq } = value;
  return (
    typeof stateId === "string" &&
    /^[A-Za-z0-9-]{8,64}$/.test(stateId) &&
    Number.isSafeInteger(reservedSeq) &&
    (reservedSeq as number) >= 0
  );
}

export interface AgentIdentity {
  readonly stateId: string;
  /**
   * The next Envelope.seq, never handed out before under this state ID.
   * Rejects when the block it needs cannot be reserved in agent.json; the
   * next call tries again.
   */
  nextSeq(): Promise<number>;
}

/**
 * Reads agent.json, or creates it with a new state ID. `usedSeq` is the
 * highest seq still in the outbox: numbering continues above it even if
 * agent.json was lost.
 */
export async function openIdentity(
  dir: string,
  usedSeq: number,
  options: WriteOptions = {},
): Promise<AgentIdentity> {
  const path = join(dir, IDENTITY_FILE);
  const bytes = await readIfExists(path, options);
  const file = bytes
    ? parseStateJson(path, bytes, isIdentityFile, FORMAT)
    : { format: FORMAT, stateId: randomUUID(), reservedSeq: 0 };
  const stateId = file.stateId;
  let reserved = Math.max(file.reservedSeq, usedSeq);
  let next = reserved + 1;
  /** The last reservation, settled either way: the next one waits for it, failed or not. */
  let writing: Promise<void> = Promise.resolve();

  const reserve = async (upTo: number) => {
    const content: IdentityFile = { format: FORMAT, stateId, reservedSeq: upTo };
    await writeFileAtomic(path, `${JSON.stringify(content)}\n`, options);
    reserved = upTo;
  };
  if (!bytes) await reserve(reserved);

  return {
    stateId,
    nextSeq() {
      const seq = next++;
      if (seq <= reserved) return Promise.resolve(seq);
      const reserving = writing.then(() =>
        seq <= reserved ? undefined : reserve(seq + SEQ_BLOCK - 1),
      );
      // A failed write (a full disk, say) fails its own caller; its seq is never handed
      // out, and the next caller above what is reserved tries to write again.
      writing = reserving.catch(() => undefined);
      return reserving.then(() => seq);
    },
  };
}
