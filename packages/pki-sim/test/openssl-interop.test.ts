/**
 * Contract §3, "standard PEM": what pki-sim writes is accepted by OpenSSL
 * itself (chain, client usage, CRL signature and revocation).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCertificationOffice, issueDevice, issueManagerCredential } from "../src/index.ts";
import { hasOpenssl, OPENSSL } from "./openssl-office.ts";

describe.runIf(hasOpenssl())("pki-sim material checked by openssl", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "patchcast-interop-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each([
    { intermediate: false, keyType: "ec" as const },
    { intermediate: true, keyType: "rsa" as const },
  ])(
    "openssl verifies devices, the manager certificate and the CRL (intermediate: $intermediate, CA key: $keyType)",
    ({ intermediate, keyType }) => {
      const office = createCertificationOffice({ intermediate, keyType });
      const good = issueDevice(office, { dir: join(root, `good-${keyType}`), pcId: "pc-1" });
      const revoked = issueDevice(office, { dir: join(root, `revoked-${keyType}`), pcId: "pc-2" });
      office.revoke(revoked.serialNumber);
      const crlFile = join(root, `crl-${keyType}.pem`);
      writeFileSync(crlFile, office.crlPem());
      const ca = join(good.dir, "ca.crt");
      const verify = (cert: string, ...extra: string[]) =>
        spawnSync(OPENSSL, ["verify", "-CAfile", ca, ...extra, cert], { encoding: "utf8" });

      expect(verify(join(good.dir, "device.crt"), "-purpose", "sslclient").status).toBe(0);
      expect(verify(join(good.dir, "device.crt"), "-CRLfile", crlFile, "-crl_check").status).toBe(
        0,
      );
      const refused = verify(join(revoked.dir, "device.crt"), "-CRLfile", crlFile, "-crl_check");
      expect(refused.status).not.toBe(0);
      expect(refused.stdout + refused.stderr).toContain("revoked");
      expect(verify(join(good.dir, "device.crt"), "-purpose", "sslserver").status).not.toBe(0);

      execFileSync(OPENSSL, ["crl", "-in", crlFile, "-CAfile", ca, "-noout"], { stdio: "pipe" });
      execFileSync(OPENSSL, ["pkey", "-in", join(good.dir, "device.key"), "-noout"], {
        stdio: "pipe",
      });

      const manager = issueManagerCredential(office);
      const managerFile = join(root, `manager-${keyType}.crt`);
      writeFileSync(managerFile, manager.certificatePem);
      expect(verify(managerFile, "-purpose", "sslserver", "-untrusted", managerFile).status).toBe(
        0,
      );
    },
  );
});
