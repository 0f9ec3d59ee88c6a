// The floors printed beside the scale bench's figures: what each counts, and
// the measurement of the native operations they are counted in.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { floorMs, measurePrimitives, type Primitives, requiredWork } from "./floors.ts";

const PRIMITIVES: Primitives = {
  verifyUs: 70,
  signUs: 25,
  publicImportUs: 65,
  privateImportUs: 60,
  sha256MiBUs: 600,
  writeMiBUs: 400,
};

describe("requiredWork", () => {
  it("counts what the contract asks of each PC, in each figure", () => {
    const work = requiredWork(PRIMITIVES);
    // The manager: a key imported, two signatures checked; the PC: its key imported, one signature made.
    expect(work.storm).toBe(65 + 70 + 70 + 60 + 25);
    // The offer's signature, checked by the PC.
    expect(work.offer).toBe(70);
    // The offer; after the restart the PC's key and signature, the manager's check, the
    // stored job's check; the download written (the baseline hashes it too: not counted).
    expect(work.endToEnd).toBe(70 + 60 + 25 + 70 + 70 + 400);
  });
});

describe("floorMs", () => {
  const cpu = (cpuSeconds: number) => ({ busyShare: 1, cpuSeconds, cores: 2 });

  it("spreads the baseline's CPU and the required work over every core", () => {
    // 3 s of CPU and 10,000 × 300 µs = 3 s more, on two cores.
    expect(floorMs({ cpu: cpu(3) }, 10_000, 300)).toBeCloseTo(3_000);
  });

  it("is undefined without the baseline's CPU", () => {
    expect(floorMs({ cpu: undefined }, 1_000, 100)).toBeUndefined();
  });
});

describe("measurePrimitives", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("measures every operation, and leaves no file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "patchcast-floors-"));
    dirs.push(dir);
    const primitives = await measurePrimitives(dir, 5);
    for (const [name, us] of Object.entries(primitives)) {
      expect(us, name).toBeGreaterThan(0);
      expect(Number.isFinite(us), name).toBe(true);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
