import { copyFile, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { afterAll, describe, expect, it } from "vitest";
import { ManagerPkiError } from "../errors.ts";
import { loadManagerPki } from "./manager-pki.ts";

const office = createCertificationOffice();
const dirs: string[] = [];
const pkiDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "patchcast-mgr-pki-"));
  dirs.push(dir);
  await writeManagerCredential(dir, issueManagerCredential(office));
  return dir;
};
const problem = async (dir: string) => {
  const error = await loadManagerPki(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ManagerPkiError);
  return (error as ManagerPkiError).message;
};

afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("the manager's PKI directory", () => {
  it("loads a directory made by pki-sim: trust for the PCs, a signer for offers", async () => {
    const pki = await loadManagerPki(await pkiDir());
    expect(pki.trust.anchors.length).toBe(1);
    expect(pki.signer.certificates.length).toBe(1);
    expect(pki.hasCrl).toBe(false);
  });

  it("reads crl.pem when there is one, and refuses one that cannot be read", async () => {
    const dir = await pkiDir();
    await writeFile(join(dir, "crl.pem"), office.crlPem());
    expect((await loadManagerPki(dir)).hasCrl).toBe(true);
    await writeFile(
      join(dir, "crl.pem"),
      "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n",
    );
    expect(await problem(dir)).toMatch(
      /crl\.pem cannot be used: revocation list 1 in crl\.pem is unreadable/,
    );
  });

  for (const file of ["manager.crt", "manager.key", "ca.crt"]) {
    it(`names ${file} when it is absent, and says how to make the directory`, async () => {
      const dir = await pkiDir();
      await unlink(join(dir, file));
      expect(await problem(dir)).toMatch(
        new RegExp(
          `${file.replace(".", "\\.")} is absent \\(make one with \`patchcast-pki manager`,
        ),
      );
    });
  }

  it("refuses a key that is not the certificate's", async () => {
    const dir = await pkiDir();
    const other = await pkiDir();
    await copyFile(join(other, "manager.key"), join(dir, "manager.key"));
    expect(await problem(dir)).toMatch(/manager\.key is not the key of manager\.crt/);
  });

  it("refuses a certificate or key that is not PEM", async () => {
    const dir = await pkiDir();
    await writeFile(join(dir, "manager.key"), "not a key");
    expect(await problem(dir)).toMatch(/manager\.crt and manager\.key cannot sign offers/);
    const noCa = await pkiDir();
    await writeFile(join(noCa, "ca.crt"), "");
    expect(await problem(noCa)).toMatch(/ca\.crt cannot be used/);
  });
});
