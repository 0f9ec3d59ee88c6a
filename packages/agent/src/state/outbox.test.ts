// The outbox keeps every report until the manager acknowledges it, across
// restarts and crashes: one append-only journal (outbox-journal.ts), read
// up to a tail a crash tore, emptied once nothing waits. Over real files.
import {
  appendFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WriteOptions } from "./atomic-file.ts";
import { JOURNAL_FILE, JOURNAL_LIMIT_BYTES, listOutbox, OUTBOX_DIR, openOutbox } from "./outbox.ts";
import { decodeJournal, encodeRecord, RecordKind } from "./outbox-journal.ts";

const WRITE_MODES: [string, WriteOptions][] = [
  ["durable", {}],
  ["not durable (synchronous calls)", { durable: false }],
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-agent-outbox-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const journalPath = () => join(dir, OUTBOX_DIR, JOURNAL_FILE);
const journalSize = async () => (await stat(journalPath())).size;
const bytes = (...values: number[]) => new Uint8Array(values);

describe.each(WRITE_MODES)("outbox/, %s", (_how, options) => {
  it("keeps envelopes in seq order until removed", async () => {
    const outbox = await openOutbox(dir, options);
    await outbox.put(10, bytes(10));
    await outbox.put(9, bytes(9));
    expect(await outbox.list()).toEqual([9, 10]);
    await outbox.remove(9);
    expect(await outbox.list()).toEqual([10]);
    expect(await outbox.read(10)).toEqual(bytes(10));
    expect(await outbox.read(9)).toBeUndefined();
    await outbox.close();
  });

  it("gives at opening what waits in it, acknowledged reports left out", async () => {
    const first = await openOutbox(dir, options);
    await first.put(3, bytes(3, 3));
    await first.put(2, bytes(2));
    await first.put(4, bytes(4));
    await first.remove(3);
    expect(first.listedAtOpen).toEqual([]);
    await first.close();
    const again = await openOutbox(dir, options);
    expect(again.listedAtOpen).toEqual([2, 4]);
    expect(await again.read(2)).toEqual(Buffer.from([2]));
    expect(await listOutbox(dir)).toEqual([2, 4]);
    await again.close();
  });

  it("is emptied once every report is acknowledged", async () => {
    const outbox = await openOutbox(dir, options);
    await outbox.put(1, bytes(1));
    await outbox.put(2, bytes(2));
    await outbox.remove(1);
    expect(await journalSize()).toBeGreaterThan(0);
    await outbox.remove(2);
    expect(await journalSize()).toBe(0);
    // And written to again after that.
    await outbox.put(3, bytes(3));
    await outbox.close();
    expect(await listOutbox(dir)).toEqual([3]);
  });

  it("keeps a report put while the last other one is acknowledged", async () => {
    const outbox = await openOutbox(dir, options);
    await outbox.put(1, bytes(1));
    await Promise.all([outbox.put(2, bytes(2)), outbox.remove(1)]);
    await outbox.close();
    expect(await listOutbox(dir)).toEqual([2]);
  });

  it("keeps what came before a tail torn by a crash, and drops the tail", async () => {
    const outbox = await openOutbox(dir, options);
    await outbox.put(1, bytes(1));
    await outbox.put(2, bytes(2));
    await outbox.close();
    const torn = encodeRecord(RecordKind.REPORT, 3, bytes(3, 3, 3));
    await appendFile(journalPath(), torn.subarray(0, torn.byteLength - 2));
    const again = await openOutbox(dir, options);
    expect(again.listedAtOpen).toEqual([1, 2]);
    await again.put(4, bytes(4));
    await again.close();
    // The torn record is gone, so what is appended after it is read back too.
    expect(await listOutbox(dir)).toEqual([1, 2, 4]);
  });

  it("stops reading at a record whose checksum does not match", async () => {
    const good = encodeRecord(RecordKind.REPORT, 1, bytes(1));
    const bad = encodeRecord(RecordKind.REPORT, 2, bytes(2));
    bad.writeUInt8(bad.readUInt8(bad.byteLength - 1) ^ 0xff, bad.byteLength - 1);
    const decoded = decodeJournal(Buffer.concat([good, bad]));
    expect(decoded.records.map((r) => r.seq)).toEqual([1]);
    expect(decoded.validBytes).toBe(good.byteLength);
  });

  it("takes in the reports an earlier agent kept a file each, and removes the files", async () => {
    await mkdir(join(dir, OUTBOX_DIR), { recursive: true });
    await writeFile(join(dir, OUTBOX_DIR, "0000000000000007.bin"), bytes(7));
    await writeFile(join(dir, OUTBOX_DIR, "0000000000000005.bin"), bytes(5));
    expect(await listOutbox(dir)).toEqual([5, 7]);
    const outbox = await openOutbox(dir, options);
    expect(outbox.listedAtOpen).toEqual([5, 7]);
    expect(await outbox.read(7)).toEqual(Buffer.from([7]));
    await outbox.close();
    expect(await readdir(join(dir, OUTBOX_DIR))).toEqual([JOURNAL_FILE]);
    expect(await listOutbox(dir)).toEqual([5, 7]);
  });

  it("is written anew with what waits once it grows past its limit", async () => {
    const outbox = await openOutbox(dir, options);
    const big = new Uint8Array(200 * 1024);
    await outbox.put(1, bytes(1));
    for (let seq = 2; seq < 9; seq += 1) {
      await outbox.put(seq, big);
      await outbox.remove(seq);
    }
    expect(await journalSize()).toBeLessThan(JOURNAL_LIMIT_BYTES);
    await outbox.close();
    expect(await listOutbox(dir)).toEqual([1]);
  });

  it("moves an entry that cannot be sent aside", async () => {
    const outbox = await openOutbox(dir, options);
    await outbox.put(12, bytes(12));
    await outbox.put(13, bytes(13));
    await outbox.quarantine(12);
    expect(await outbox.list()).toEqual([13]);
    expect(await readFile(join(dir, OUTBOX_DIR, "0000000000000012.bin.corrupt"))).toEqual(
      Buffer.from([12]),
    );
    await outbox.close();
  });

  it("takes nothing once closed, and forgets an Ack that comes after", async () => {
    const outbox = await openOutbox(dir, options);
    await outbox.put(1, bytes(1));
    await outbox.close();
    await expect(outbox.put(2, bytes(2))).rejects.toThrow(/closed/);
    await outbox.remove(1);
    expect(await listOutbox(dir)).toEqual([1]);
  });

  it("a report that cannot be written is not counted as waiting", async () => {
    const outbox = await openOutbox(dir, options);
    await outbox.put(1, bytes(1));
    await outbox.remove(1);
    // The journal's place taken by a directory: the append fails.
    await rm(journalPath());
    await mkdir(journalPath());
    await expect(outbox.put(2, bytes(2))).rejects.toThrow();
    expect(await outbox.list()).toEqual([]);
  });
});
