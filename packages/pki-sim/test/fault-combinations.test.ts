/**
 * Contract §3, check order 9100, 8600, 8300, 8500, 8400, 8100 (8200 and
 * 8700 where they occur): whatever faults are asked for together, the
 * device pki-sim issues authenticates with exactly the code it says to
 * expect, or the combination is refused up front (PKI_ERR_FAULT_CONFLICT)
 * and nothing is written. Every single fault, every pair in both orders, a
 * fault given twice, and seeded random sets of three to five; real files,
 * real certificates.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CertificationOffice,
  createCertificationOffice,
  expectedCode,
  FAULT_APPLICATION_ORDER,
  FAULT_KINDS,
  type FaultKind,
  faultCode,
  issueFaultyDevice,
  PkiSimError,
} from "../src/index.ts";
import { pcOutcome } from "./fault-cases.ts";

const KINDS: readonly FaultKind[] = FAULT_KINDS.map((f) => f.kind);
const isRoot = process.getuid?.() === 0;

/** README.md, "Fault combinations", written out again: the pairs that must be refused. */
const REPLACE_CERTIFICATE: readonly FaultKind[] = [
  "missing-certificate",
  "empty-certificate",
  "corrupt-certificate",
  "unreadable-certificate",
];
const IN_CERTIFICATE: readonly FaultKind[] = [
  "expired",
  "not-yet-valid",
  "other-ca",
  "imposter-ca",
  "server-only",
  "unsupported-key",
  "tampered-certificate",
];
function mustRefuse(a: FaultKind, b: FaultKind): boolean {
  const either = (p: (x: FaultKind, y: FaultKind) => boolean) => p(a, b) || p(b, a);
  return (
    either((x, y) => x === "expired" && y === "not-yet-valid") ||
    either((x, y) => x === "other-ca" && y === "imposter-ca") ||
    either((x, y) => x === "missing-ca" && y === "empty-ca") ||
    (REPLACE_CERTIFICATE.includes(a) && REPLACE_CERTIFICATE.includes(b)) ||
    either((x, y) => REPLACE_CERTIFICATE.includes(x) && IN_CERTIFICATE.includes(y)) ||
    either((x, y) => x === "no-device" && y !== "memory-budget" && y !== "tampered-job")
  );
}

let root: string;
let office: CertificationOffice;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-fault-combinations-"));
  office = createCertificationOffice();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

type Verdict =
  | { readonly refused: true; readonly message: string }
  | { readonly refused: false; readonly expected: string; readonly actual: string };

/**
 * Issues `faults` into a fresh directory: either refused (nothing written)
 * or the code printed beside the code the PC really ends with.
 */
async function issue(faults: readonly FaultKind[]): Promise<Verdict> {
  const dir = join(root, `pc-${n++}`);
  let device: Awaited<ReturnType<typeof issueFaultyDevice>>;
  try {
    device = await issueFaultyDevice(office, { dir, pcId: `pc-${n}`, faults });
  } catch (error) {
    // Only root can give device.key away (documented as PKI_ERR_NOT_PERMITTED).
    if (!isRoot && error instanceof PkiSimError && error.code === "PKI_ERR_NOT_PERMITTED") {
      return { refused: true, message: error.message };
    }
    expect(error, `${faults.join(" + ")} threw`).toBeInstanceOf(PkiSimError);
    expect((error as PkiSimError).code).toBe("PKI_ERR_FAULT_CONFLICT");
    expect((error as PkiSimError).exitCode).toBe(2);
    expect(existsSync(dir), "a refused combination writes nothing").toBe(false);
    return { refused: true, message: (error as Error).message };
  }
  expect(device.expectedCode).toBe(expectedCode(faults));
  const outcome = await pcOutcome(device.dir, device.authenticateOptions, device.signedOffer);
  return { refused: false, expected: device.expectedCode, actual: outcome.code };
}

/** The property: the code the PC ends with is the code pki-sim said to expect. */
function expectHonest(verdict: Verdict, faults: readonly FaultKind[]): void {
  if (verdict.refused) return;
  expect(verdict.actual, `${faults.join(" + ")}: printed "expect ${verdict.expected}"`).toBe(
    verdict.expected,
  );
}

describe("fault combinations (contract §3 check order)", () => {
  it.each(KINDS)("%s alone, and given twice, gives its own code", async (kind) => {
    for (const faults of [[kind], [kind, kind]]) {
      const verdict = await issue(faults);
      if (verdict.refused && !isRoot && kind === "key-foreign-owner") continue;
      expect(verdict.refused, verdict.refused ? verdict.message : "").toBe(false);
      expectHonest(verdict, faults);
      if (!verdict.refused) expect(verdict.expected).toBe(faultCode(kind));
    }
  });

  const pairs = KINDS.flatMap((a, i) => KINDS.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)(
    "%s + %s: the PC ends with the code printed, or the pair is refused, in either order",
    async (a, b) => {
      const forward = await issue([a, b]);
      const backward = await issue([b, a]);
      expectHonest(forward, [a, b]);
      expectHonest(backward, [b, a]);
      expect(backward.refused).toBe(forward.refused);
      if (isRoot || (a !== "key-foreign-owner" && b !== "key-foreign-owner")) {
        expect(forward.refused, forward.refused ? forward.message : "accepted").toBe(
          mustRefuse(a, b),
        );
      }
      if (!forward.refused && !backward.refused) expect(backward.expected).toBe(forward.expected);
    },
  );

  it("the review's cases: key-readable + key-mismatch is 9100; expired with a certificate that cannot be expired, and two replacements of device.crt, are refused", async () => {
    const readable = await issue(["key-readable", "key-mismatch"]);
    expect(readable).toEqual({ refused: false, expected: "300097079100", actual: "300097079100" });
    for (const faults of [
      ["expired", "corrupt-certificate"],
      ["expired", "not-yet-valid"],
      ["unreadable-certificate", "missing-certificate"],
    ] as const) {
      const verdict = await issue(faults);
      expect(verdict.refused, faults.join(" + ")).toBe(true);
      if (verdict.refused) {
        for (const kind of faults) expect(verdict.message).toContain(kind);
      }
    }
  });

  it("seeded random sets of three to five faults: the PC ends with the code printed, or the set is refused", async () => {
    let state = 0x5eed;
    const random = () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    let built = 0;
    for (let round = 0; round < 60; round++) {
      const size = 3 + Math.floor(random() * 3);
      const faults = Array.from(
        { length: size },
        () => KINDS[Math.floor(random() * KINDS.length)] as FaultKind,
      );
      const verdict = await issue(faults);
      expectHonest(verdict, faults);
      if (!verdict.refused) built++;
    }
    // Not vacuous: many of these sets are devices, not refusals.
    expect(built).toBeGreaterThanOrEqual(10);
  });

  it("every fault kind has one place in the order faults are applied in", () => {
    expect([...FAULT_APPLICATION_ORDER].sort()).toEqual([...KINDS].sort());
  });
});
