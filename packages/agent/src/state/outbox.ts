/**
 * outbox/: the reports (StatusReport, RestartConfirmResult) not yet
 * acknowledged by the manager, one file per Envelope.seq holding the exact
 * encoded Envelope, so a resend after a reconnect or a restart is
 * byte-for-byte the same message.
 */
import { readdir, rename } from "node:fs/promises";
import { join } from "node:path";
import {
  openStateDirectory,
  readIfExists,
  removeFile,
  type WriteOptions,
  writeFileAtomic,
} from "./atomic-file.ts";

export const OUTBOX_DIR = "outbox";
const NAME = /^(\d{16})\.bin$/;

export interface Outbox {
  put(seq: number, envelope: Uint8Array): Promise<void>;
  remove(seq: number): Promise<void>;
  /** The seqs waiting for an Ack, in order. */
  list(): Promise<number[]>;
  /** What `list` gave when the outbox was opened (no second listing at start). */
  readonly listedAtOpen: readonly number[];
  /** The stored envelope, or undefined if it was acknowledged meanwhile. */
  read(seq: number): Promise<Uint8Array | undefined>;
  /** Moves an unreadable entry aside (`<name>.corrupt`). */
  quarantine(seq: number): Promise<void>;
}

const fileName = (seq: number) => `${String(seq).padStart(16, "0")}.bin`;

function seqsOf(names: readonly string[]): number[] {
  const seqs: number[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (match) seqs.push(Number(match[1]));
  }
  return seqs.sort((a, b) => a - b);
}

export async function openOutbox(stateDir: string, options: WriteOptions = {}): Promise<Outbox> {
  const dir = join(stateDir, OUTBOX_DIR);
  const listedAtOpen = Object.freeze(seqsOf(await openStateDirectory(dir, options)));
  return {
    listedAtOpen,
    put: (seq, envelope) => writeFileAtomic(join(dir, fileName(seq)), envelope, options),
    remove: (seq) => removeFile(join(dir, fileName(seq)), options),
    list: async () => seqsOf(await readdir(dir)),
    read: (seq) => readIfExists(join(dir, fileName(seq)), options),
    quarantine: (seq) => rename(join(dir, fileName(seq)), join(dir, `${fileName(seq)}.corrupt`)),
  };
}
