/**
 * Contract §3, 300097078400 "not meant for client authentication": the
 * extended key usage rule of device certificates (RFC 5280 §4.2.1.12).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createTestOffice, type TestOffice } from "../__fixtures__/office.ts";
import { MaintenanceCode } from "../maintenance-codes.ts";
import { ExtendedKeyUsage } from "./certificate.ts";
import { parseChain, validatePath } from "./chain.ts";
import { PemLabel, readPemLabelled } from "./pem.ts";
import { createTrustStore, type TrustStore } from "./trust-store.ts";

let office: TestOffice;
let trust: TrustStore;

beforeAll(() => {
  office = createTestOffice();
  const store = createTrustStore({ ca: office.caPem });
  if (!store.ok) throw new Error(store.detail);
  trust = store.trust;
});

/** A device certificate of the office with these usages, checked for client authentication. */
function checkDevice(extendedKeyUsage: readonly string[] | undefined) {
  const leaf = office.issue({ commonName: "pc-0001", extendedKeyUsage });
  const chain = parseChain(
    readPemLabelled(leaf.certificatePem, [PemLabel.CERTIFICATE]),
    "device.crt",
  );
  if (!chain.ok) throw new Error(chain.detail);
  return validatePath(chain, trust, {
    now: new Date(),
    usage: ExtendedKeyUsage.CLIENT_AUTH,
    usageName: "client authentication",
    subject: "device.crt",
  });
}

describe("device certificates' extended key usage (contract §3, RFC 5280 §4.2.1.12)", () => {
  it("client authentication, anyExtendedKeyUsage, or no extension at all: the device authenticates", () => {
    for (const usages of [["clientAuth"], [ExtendedKeyUsage.ANY], undefined]) {
      expect(checkDevice(usages), String(usages)).toMatchObject({ ok: true });
    }
  });

  it("an extension without client authentication, or an empty one, is 300097078400", () => {
    expect(checkDevice(["serverAuth"])).toMatchObject({
      code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringContaining("not meant for client authentication"),
    });
    expect(checkDevice([])).toMatchObject({
      code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
      detail:
        "device.crt is not meant for client authentication (its extended key usage: an empty extension)",
    });
  });
});
