import { describe, expect, it } from "vitest";
import { mayPrintAlike } from "./names.ts";

const tlv = (tag: number, content: Uint8Array) =>
  Buffer.concat([Buffer.of(tag, content.byteLength), content]);
const CN = Buffer.from("0603550403", "hex");
const O = Buffer.from("060355040a", "hex");
const attribute = (type: Buffer, tag: number, text: string, encoding: BufferEncoding = "utf8") =>
  tlv(0x31, tlv(0x30, Buffer.concat([type, tlv(tag, Buffer.from(text, encoding))])));
const name = (...rdns: Buffer[]) => tlv(0x30, Buffer.concat(rdns));

describe("distinguished names that may print alike", () => {
  const office = name(attribute(O, 0x0c, "patchcast"), attribute(CN, 0x0c, "Office"));

  it("tells names apart by their attributes and their decoded values", () => {
    expect(
      mayPrintAlike(
        office,
        name(attribute(O, 0x0c, "patchcast"), attribute(CN, 0x0c, "Issuing CA")),
      ),
    ).toBe(false);
    expect(mayPrintAlike(office, name(attribute(CN, 0x0c, "Office")))).toBe(false);
    expect(
      mayPrintAlike(office, name(attribute(CN, 0x0c, "patchcast"), attribute(O, 0x0c, "Office"))),
    ).toBe(false);
  });

  it("leaves to OpenSSL the same values in other string types, and anything unusual", () => {
    expect(
      mayPrintAlike(office, name(attribute(O, 0x13, "patchcast"), attribute(CN, 0x13, "Office"))),
    ).toBe(true);
    expect(
      mayPrintAlike(
        office,
        name(attribute(O, 0x0c, "patchcast"), attribute(CN, 0x1e, "\0O\0f\0f\0i\0c\0e", "latin1")),
      ),
    ).toBe(true);
    expect(
      mayPrintAlike(
        office,
        name(attribute(O, 0x0c, "patchcast"), attribute(CN, 0x0c, "\xff", "latin1")),
      ),
    ).toBe(true);
    expect(mayPrintAlike(office, Buffer.from("3003020100", "hex"))).toBe(true);
  });
});
