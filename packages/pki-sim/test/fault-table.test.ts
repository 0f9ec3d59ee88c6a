/**
 * Contract §3 and the seed 001 table: every maintenance code produced by a
 * real fault in a pki-sim device, and the precedence of competing faults.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AUTH_CODE_NAMES, MaintenanceCode } from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CertificationOffice,
  createCertificationOffice,
  expectedCode,
  issueFaultyDevice,
} from "../src/index.ts";
import {
  canBuild,
  caseName,
  expectOutcome,
  PAIR_CASES,
  pcOutcome,
  SINGLE_FAULT_CASES,
} from "./fault-cases.ts";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-faults-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each([
  { office: "root only, EC keys", intermediate: false, keyType: "ec" as const },
  { office: "root + intermediate, RSA CA keys", intermediate: true, keyType: "rsa" as const },
])("pki-sim office ($office)", ({ intermediate, keyType }) => {
  let office: CertificationOffice;
  let n = 0;
  beforeAll(() => {
    office = createCertificationOffice({ intermediate, keyType });
  });

  it("a sound device authenticates and its offer verifies (contract §3)", async () => {
    const device = await issueFaultyDevice(office, {
      dir: join(root, `ok-${keyType}`),
      pcId: "pc-ok",
      faults: [],
    });
    expect(await pcOutcome(device.dir, {}, device.signedOffer)).toEqual({ code: "OK", detail: "" });
  });

  it("the single-fault table covers all nine authentication codes (seed 001 table)", () => {
    const codes = new Set(SINGLE_FAULT_CASES.map((c) => c.expected));
    for (const name of AUTH_CODE_NAMES) expect(codes).toContain(MaintenanceCode[name]);
  });

  for (const c of [...SINGLE_FAULT_CASES, ...PAIR_CASES]) {
    it.runIf(canBuild(c))(caseName(c), async () => {
      const device = await issueFaultyDevice(office, {
        dir: join(root, `${keyType}-${n++}`),
        pcId: `pc-${n}`,
        faults: c.faults,
      });
      expect(device.expectedCode).toBe(c.expected);
      expect(expectedCode(c.faults)).toBe(c.expected);
      expectOutcome(await pcOutcome(device.dir, device.authenticateOptions, device.signedOffer), c);
    });
  }
});
