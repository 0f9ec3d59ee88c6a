/**
 * Contract §3, job signing: the manager signs every job offer with its own
 * certificate from the certification office. Only a certificate whose
 * extended key usage names code signing may sign offers; any other
 * certificate of the office (a device's, or one made without the
 * extension, as OpenSSL does by default) is 300097078400.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createTestOffice, type TestOffice } from "../__fixtures__/office.ts";
import { MaintenanceCode } from "../maintenance-codes.ts";
import { ExtendedKeyUsage } from "./certificate.ts";
import { signOffer, verifyOffer } from "./offer.ts";
import { createSigner } from "./signer.ts";
import { createTrustStore, type TrustStore } from "./trust-store.ts";

const offer = new TextEncoder().encode("serialized JobOffer: job 42 for pc-0001");

let office: TestOffice;
let trust: TrustStore;

beforeAll(() => {
  office = createTestOffice();
  const store = createTrustStore({ ca: office.caPem });
  if (!store.ok) throw new Error(store.detail);
  trust = store.trust;
});

/** An offer signed by a certificate of the office with these extended key usages. */
function offerSignedWith(extendedKeyUsage: readonly string[] | undefined) {
  const leaf = office.issue({ commonName: "patchcast manager", extendedKeyUsage });
  const signer = createSigner({ privateKey: leaf.keyPem, certificates: leaf.certificatePem });
  return signOffer(offer, signer);
}

describe("the job offer signer's extended key usage (contract §3)", () => {
  it("a certificate of the office that names code signing signs offers", () => {
    for (const usages of [["codeSigning"], ["serverAuth", "codeSigning"]]) {
      const result = verifyOffer(offerSignedWith(usages), trust);
      expect(result.ok && result.identity.pcId).toBe("patchcast manager");
    }
  });

  it("a certificate of the office without an extended key usage extension is 300097078400", () => {
    expect(verifyOffer(offerSignedWith(undefined), trust)).toMatchObject({
      code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
      detail:
        "the job offer's signer certificate is not meant for signing job offers (code signing) (its extended key usage: no extension)",
    });
  });

  it("an empty extended key usage extension allows nothing (RFC 5280 §4.2.1.12): 300097078400", () => {
    expect(verifyOffer(offerSignedWith([]), trust)).toMatchObject({
      code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringContaining("(its extended key usage: an empty extension)"),
    });
  });

  it("client authentication only, or anyExtendedKeyUsage without code signing, is 300097078400", () => {
    for (const usages of [["clientAuth"], [ExtendedKeyUsage.ANY]]) {
      expect(verifyOffer(offerSignedWith(usages), trust), usages[0]).toMatchObject({
        code: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
        detail: expect.stringContaining("not meant for signing job offers"),
      });
    }
  });
});
