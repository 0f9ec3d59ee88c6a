/**
 * outbox/: the reports (StatusReport, RestartConfirmResult) not yet
 * acknowledged by the manager, one file per Envelope.seq holding the exact
 * encoded Envelope, so a resend after a reconnect or a restart is
 * byte-for-byte the same message.
 */
import { mkdir, readdir, rename } from "node:fs/promises";
import { join } from "node:path";
import {
  readIfExists,
  removeFile,
  removeStaleTemporaries,
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
  /** The stored envelope, or undefined if it was acknowledged meanwhile. */
  read(seq: number): Promise<Uint8Array | undefined>;
  /** Moves an unreadable entry aside (`<name>.corrupt`). */
  quarantine(seq: number): Promise<void>;
}

const fileName = (seq: number) => `${String(seq).padStart(16, "0")}.bin`;

export async function openOutbox(stateDir: string, options: WriteOptions = {}): Promise<Outbox> {
  const dir = join(stateDir, OUTBOX_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await removeStaleTemporaries(dir);
  return {
    put: (seq, envelope) => writeFileAtomic(join(dir, fileName(seq)), envelope, options),
    remove: (seq) => removeFile(join(dir, fileName(seq)), options),
    async list() {
      const seqs: number[] = [];
      for (const name of await readdir(dir)) {
        const match = NAME.exec(name);
        if (match) seqs.push(Number(match[1]));
      }
      return seqs.sort((a, b) => a - b);
    },
    read: (seq) => readIfExists(join(dir, fileName(seq)), options),
    quarantine: (seq) => rename(join(dir, fileName(seq)), join(dir, `${fileName(seq)}.corrupt`)),
  };
}
