/**
 * outbox/: the reports (StatusReport, RestartConfirmResult) not yet
 * acknowledged by the manager, each the exact encoded Envelope, so a resend
 * after a reconnect or a restart is byte-for-byte the same message.
 *
 * They are kept in one append-only journal, `outbox/journal.bin`
 * (outbox-journal.ts): a report is a record appended, and flushed when
 * durable, before it is sent; an Ack appends a record naming its seq, not
 * flushed (an Ack lost in a crash only means the report is sent again,
 * and the manager stores it once). Once nothing waits, the journal is
 * emptied and closed; one past JOURNAL_LIMIT_BYTES that is mostly
 * acknowledged reports is written anew with what still waits (best effort:
 * the journal as it is stays valid). At opening, a tail torn by a crash is
 * cut off. A report costs one write (and one fdatasync), where a file per
 * report cost a file created, renamed and removed, and two fsyncs; the
 * journal stays open while reports wait.
 *
 * Outboxes of earlier agents, a file per report (`<seq>.bin`), are taken
 * into the journal when opened (an earlier agent does not read the journal).
 */
import { truncateSync } from "node:fs";
import { readdir, truncate } from "node:fs/promises";
import { join } from "node:path";
import { type AppendFile, appendFile } from "./append-file.ts";
import {
  openStateDirectory,
  readIfExists,
  removeFile,
  type WriteOptions,
  writeFileAtomic,
} from "./atomic-file.ts";
import {
  decodeJournal,
  encodeRecord,
  pendingOf,
  RECORD_OVERHEAD_BYTES,
  RecordKind,
} from "./outbox-journal.ts";

export const OUTBOX_DIR = "outbox";
export const JOURNAL_FILE = "journal.bin";
/** Past this size, the journal is written anew with what still waits. */
export const JOURNAL_LIMIT_BYTES = 1024 * 1024;
/** A report of an earlier agent, a file per report. */
const LEGACY_NAME = /^(\d{16})\.bin$/;

export interface Outbox {
  put(seq: number, envelope: Uint8Array): Promise<void>;
  remove(seq: number): Promise<void>;
  /** The seqs waiting for an Ack, in order. */
  list(): Promise<number[]>;
  /** What `list` gave when the outbox was opened. */
  readonly listedAtOpen: readonly number[];
  /** The stored envelope, or undefined if it was acknowledged meanwhile. */
  read(seq: number): Promise<Uint8Array | undefined>;
  /** Moves an entry that cannot be sent aside (`<seq>.bin.corrupt`). */
  quarantine(seq: number): Promise<void>;
  /** Closes the journal (the runtime ending); nothing may be put after. */
  close(): Promise<void>;
}

const fileName = (seq: number) => `${String(seq).padStart(16, "0")}.bin`;
const bySeq = (a: number, b: number) => a - b;

interface Loaded {
  readonly pending: Map<number, Uint8Array>;
  /** Bytes of the journal file, 0 when there is none. */
  readonly journalBytes: number;
  readonly journalExists: boolean;
  /** Bytes up to the end of the journal's last whole record. */
  readonly validBytes: number;
  readonly legacy: readonly number[];
}

/** Reads the outbox without changing it: the journal, then the files of an earlier agent. */
async function load(dir: string, names: readonly string[], options: WriteOptions): Promise<Loaded> {
  const bytes = await readIfExists(join(dir, JOURNAL_FILE), options);
  const { records, validBytes } = decodeJournal(bytes ?? new Uint8Array());
  const pending = pendingOf(records);
  const legacy: number[] = [];
  for (const name of names) {
    const match = LEGACY_NAME.exec(name);
    if (!match) continue;
    const seq = Number(match[1]);
    legacy.push(seq);
    const envelope = await readIfExists(join(dir, name), options);
    if (envelope && !pending.has(seq)) pending.set(seq, envelope);
  }
  return {
    pending,
    journalBytes: bytes?.byteLength ?? 0,
    journalExists: bytes !== undefined,
    validBytes,
    legacy,
  };
}

const recordBytes = (envelope: Uint8Array) => RECORD_OVERHEAD_BYTES + envelope.byteLength;

const journalOf = (pending: ReadonlyMap<number, Uint8Array>) =>
  Buffer.concat(
    [...pending.keys()]
      .sort(bySeq)
      .map((seq) => encodeRecord(RecordKind.REPORT, seq, pending.get(seq))),
  );

/** The seqs waiting in a state directory's outbox, read without changing it (tests, operators). */
export async function listOutbox(stateDir: string): Promise<number[]> {
  const dir = join(stateDir, OUTBOX_DIR);
  const names = await readdir(dir).catch(() => []);
  return [...(await load(dir, names, {})).pending.keys()].sort(bySeq);
}

export async function openOutbox(stateDir: string, options: WriteOptions = {}): Promise<Outbox> {
  const dir = join(stateDir, OUTBOX_DIR);
  const path = join(dir, JOURNAL_FILE);
  const loaded = await load(dir, await openStateDirectory(dir, options), options);
  const { pending } = loaded;
  let live = 0;
  for (const envelope of pending.values()) live += recordBytes(envelope);
  // A tail torn by a crash is cut off before anything is appended behind it (no space needed).
  if (loaded.validBytes < loaded.journalBytes) {
    if (options.durable === false) truncateSync(path, loaded.validBytes);
    else await truncate(path, loaded.validBytes);
  }
  const journal: AppendFile = appendFile(path, {
    ...options,
    size: loaded.validBytes,
    exists: loaded.journalExists,
    contents: () => journalOf(pending),
  });
  /** Writes the journal anew with what waits when it is mostly acknowledged reports; best effort. */
  const compact = async () => {
    if (journal.size <= JOURNAL_LIMIT_BYTES || journal.size <= 2 * live) return;
    await journal.rewrite().catch(() => undefined);
  };
  if (loaded.legacy.length > 0) {
    // The earlier agent's files go once the journal holds their reports; else they are read again.
    const taken = await journal.rewrite().then(
      () => true,
      () => false,
    );
    if (taken) for (const seq of loaded.legacy) await removeFile(join(dir, fileName(seq)), options);
  } else await compact();
  let closed = false;

  const remove = async (seq: number) => {
    const envelope = pending.get(seq);
    // An Ack after the close is forgotten: the report is sent again at the next start.
    if (closed || envelope === undefined) return;
    pending.delete(seq);
    live -= recordBytes(envelope);
    if (pending.size === 0) return journal.empty();
    await journal.append(encodeRecord(RecordKind.ACK, seq), false);
    await compact();
  };

  return {
    listedAtOpen: Object.freeze([...pending.keys()].sort(bySeq)),
    async put(seq, envelope) {
      if (closed) throw new Error(`the outbox in ${dir} is closed`);
      // Counted before it is written: an Ack of the last other report must not empty the journal under it.
      pending.set(seq, envelope);
      live += recordBytes(envelope);
      try {
        await journal.append(encodeRecord(RecordKind.REPORT, seq, envelope), true);
      } catch (error) {
        pending.delete(seq);
        live -= recordBytes(envelope);
        throw error;
      }
    },
    remove,
    list: async () => [...pending.keys()].sort(bySeq),
    read: async (seq) => pending.get(seq),
    async quarantine(seq) {
      const envelope = pending.get(seq);
      if (envelope === undefined) return;
      await writeFileAtomic(join(dir, `${fileName(seq)}.corrupt`), envelope, options);
      await remove(seq);
    },
    async close() {
      closed = true;
      await journal.close();
    },
  };
}
