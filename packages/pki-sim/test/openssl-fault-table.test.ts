/**
 * Contract §3: "certificates made by any PKI tool (OpenSSL included) work".
 * The same fault table as fault-table.test.ts, with every certificate,
 * key and CRL made by the `openssl` command line: an RSA root, an EC
 * intermediate with a SEC1 key, device keys in PKCS#1, PKCS#8 and SEC1.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSigner, type SignedOffer, signOffer } from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  breakDeviceFiles,
  checkFaultCombination,
  type FaultKind,
  inApplicationOrder,
  isFileFault,
  TOO_SMALL_MEMORY_BUDGET_BYTES,
} from "../src/index.ts";
import {
  canBuild,
  caseName,
  expectOutcome,
  type FaultCase,
  PAIR_CASES,
  pcOutcome,
  SINGLE_FAULT_CASES,
} from "./fault-cases.ts";
import { hasOpenssl, OpensslCa, type OpensslIssue, type OpensslKeyKind } from "./openssl-office.ts";

const DAY = 86_400_000;
const KEY_KINDS: readonly OpensslKeyKind[] = ["ec-pkcs8", "rsa-pkcs1", "ec-sec1", "rsa-pkcs8"];

describe.runIf(hasOpenssl())("OpenSSL-made certification office (contract §3)", () => {
  let root: string;
  let rootCa: OpensslCa;
  let issuing: OpensslCa;
  let other: OpensslCa;
  let imposter: OpensslCa;
  let goodOffer: SignedOffer;
  let n = 0;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "patchcast-openssl-"));
    rootCa = new OpensslCa(join(root, "ca-root"), "openssl Root CA", { keyKind: "rsa-pkcs1" });
    issuing = new OpensslCa(join(root, "ca-issuing"), "openssl Issuing CA", {
      keyKind: "ec-sec1",
      parent: rootCa,
    });
    other = new OpensslCa(join(root, "ca-other"), "openssl Other CA", { keyKind: "ec-pkcs8" });
    imposter = new OpensslCa(join(root, "ca-imposter"), "openssl Issuing CA", {
      keyKind: "ec-pkcs8",
    });
    const managerDir = join(root, "manager");
    issuing.issue(managerDir, {
      pcId: "openssl manager",
      extensions: "manager",
      keyKind: "rsa-pkcs1",
    });
    const signer = createSigner({
      privateKey: readFileSync(join(managerDir, "device.key"), "latin1"),
      certificates: readFileSync(join(managerDir, "device.crt"), "latin1"),
    });
    goodOffer = signOffer(new TextEncoder().encode("job offer for an OpenSSL-made PC"), signer);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  function issueOptions(faults: readonly FaultKind[], index: number): OpensslIssue {
    const now = Date.now();
    const dates = faults.includes("expired")
      ? { notBefore: new Date(now - 400 * DAY), notAfter: new Date(now - DAY) }
      : faults.includes("not-yet-valid")
        ? { notBefore: new Date(now + DAY), notAfter: new Date(now + 400 * DAY) }
        : {};
    return {
      pcId: `pc-${index}`,
      keyKind: faults.includes("unsupported-key")
        ? "ed25519"
        : (KEY_KINDS[index % KEY_KINDS.length] as OpensslKeyKind),
      extensions: faults.includes("server-only") ? "server" : "client",
      ...dates,
    };
  }

  async function makeDevice(faults: readonly FaultKind[]) {
    const index = n++;
    const dir = join(root, `pc-${index}`);
    const ca = faults.includes("other-ca")
      ? other
      : faults.includes("imposter-ca")
        ? imposter
        : issuing;
    ca.issue(dir, issueOptions(faults, index));
    issuing.writeCa(dir);
    if (faults.includes("revoked")) issuing.revoke(join(dir, "device.crt"), join(dir, "crl.pem"));
    for (const fault of inApplicationOrder(checkFaultCombination(faults))) {
      if (isFileFault(fault)) await breakDeviceFiles(dir, fault);
    }
    let offer = goodOffer;
    if (faults.includes("tampered-job")) {
      const bytes = Uint8Array.from(goodOffer.offer);
      bytes[3] = (bytes[3] as number) ^ 0x01;
      offer = { ...goodOffer, offer: bytes };
    }
    const options = faults.includes("memory-budget")
      ? { memoryBudgetBytes: TOO_SMALL_MEMORY_BUDGET_BYTES }
      : {};
    return { dir, options, offer };
  }

  it("a sound OpenSSL device (RSA PKCS#1 key) authenticates and the OpenSSL-made manager's offer verifies", async () => {
    const dir = join(root, "ok-rsa");
    issuing.issue(dir, { pcId: "pc-ok-rsa", keyKind: "rsa-pkcs1" });
    issuing.writeCa(dir);
    expect(await pcOutcome(dir, {}, goodOffer)).toEqual({ code: "OK", detail: "" });
  });

  it("a sound OpenSSL device with a CRL that revokes someone else authenticates", async () => {
    const revokedDir = join(root, "someone-else");
    issuing.issue(revokedDir, { pcId: "pc-someone-else" });
    const dir = join(root, "ok-crl");
    issuing.issue(dir, { pcId: "pc-ok-crl", keyKind: "ec-sec1" });
    issuing.writeCa(dir);
    issuing.revoke(join(revokedDir, "device.crt"), join(dir, "crl.pem"));
    expect(await pcOutcome(dir, {}, goodOffer)).toEqual({ code: "OK", detail: "" });
  });

  const cases: readonly FaultCase[] = [...SINGLE_FAULT_CASES, ...PAIR_CASES];
  for (const c of cases) {
    it.runIf(canBuild(c))(caseName(c), async () => {
      const device = await makeDevice(c.faults);
      expectOutcome(await pcOutcome(device.dir, device.options, device.offer), c);
    });
  }
});
