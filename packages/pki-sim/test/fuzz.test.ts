/**
 * Contract §3: "The classifier never throws: every outcome is a success or
 * exactly one code." Each device file is replaced by random bytes, by
 * random base64 under the right PEM label, and by truncations of the real
 * file (as text, and as DER inside intact PEM armour).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AUTH_CODE_NAMES,
  authenticateDevice,
  encodePem,
  MaintenanceCode,
  readPemBlocks,
} from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCertificationOffice, issueDevice } from "../src/index.ts";

const AUTH_CODES = new Set(AUTH_CODE_NAMES.map((name) => MaintenanceCode[name]));
const FILES = ["device.crt", "device.key", "ca.crt", "crl.pem"] as const;

/** A small deterministic generator, so that a failure can be replayed. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variants(original: Buffer, seed: number): Buffer[] {
  const random = prng(seed);
  const bytes = (n: number) =>
    Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
  const out: Buffer[] = [];
  for (const n of [0, 1, 2, 16, 100, 700, 3000]) out.push(bytes(n));
  const [block] = readPemBlocks(original.toString("latin1"));
  const label = block?.label ?? "CERTIFICATE";
  for (const n of [1, 10, 64, 300, 1200]) out.push(Buffer.from(encodePem(label, bytes(n))));
  for (let i = 0; i < 12; i++)
    out.push(original.subarray(0, Math.floor(random() * original.length)));
  if (block) {
    for (let i = 0; i < 12; i++) {
      const cut = block.der.subarray(0, Math.floor(random() * block.der.length));
      out.push(Buffer.from(encodePem(label, cut)));
    }
    for (let i = 0; i < 8; i++) {
      const flipped = Buffer.from(block.der);
      const at = Math.floor(random() * flipped.length);
      flipped[at] = (flipped[at] as number) ^ (1 << Math.floor(random() * 8));
      out.push(Buffer.from(encodePem(label, flipped)));
    }
  }
  return out;
}

describe("the authenticator never throws (contract §3)", () => {
  let root: string;
  let dir: string;
  const originals = new Map<string, Buffer>();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "patchcast-fuzz-"));
    const office = createCertificationOffice({ intermediate: true });
    office.revoke("01");
    dir = issueDevice(office, { dir: join(root, "pc"), pcId: "pc-fuzz" }).dir;
    for (const name of FILES) originals.set(name, readFileSync(join(dir, name)));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("the unmodified device authenticates", async () => {
    expect((await authenticateDevice(dir)).ok).toBe(true);
  });

  it.each(FILES.map((name, i) => [name, i]))(
    "%s: random, armoured and truncated bytes give success or one code",
    async (name, seed) => {
      const original = originals.get(name) as Buffer;
      const cases = variants(original, 1000 + seed);
      expect(cases.length).toBeGreaterThan(30);
      for (const content of cases) {
        writeFileSync(join(dir, name), content, { mode: 0o600 });
        const result = await authenticateDevice(dir);
        if (!result.ok) {
          expect(AUTH_CODES, result.detail).toContain(result.code);
          expect(result.detail.length).toBeGreaterThan(0);
        }
      }
      writeFileSync(join(dir, name), original, { mode: 0o600 });
    },
  );
});
