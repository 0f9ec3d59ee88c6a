import { describe, expect, it } from "vitest";
import { children, DerError, decodeOid, integerHex, readRoot, readTlv } from "./der.ts";

describe("der reader", () => {
  it("reads nested elements with short and long lengths", () => {
    const inner = new Uint8Array(200).fill(7);
    const bytes = Uint8Array.from([
      0x30,
      0x81,
      0xcb,
      0x02,
      0x01,
      0x05,
      0x04,
      0x81,
      0xc5,
      ...inner.subarray(0, 0xc5),
    ]);
    const root = readRoot(bytes);
    const [int, octets] = children(bytes, root);
    expect(int).toMatchObject({ tag: 0x02, contentStart: 5, end: 6 });
    expect(octets).toMatchObject({ tag: 0x04, end: bytes.length });
  });

  it.each([
    [[0x30], "truncated element"],
    [[0x30, 0x05, 0x02], "overruns"],
    [[0x30, 0x85, 1, 1, 1, 1, 1], "unsupported length"],
    [[0x1f, 0x01, 0x00], "multi-byte tag"],
  ])("rejects malformed input %j", (input, message) => {
    expect(() => readTlv(Uint8Array.from(input), 0)).toThrow(DerError);
    expect(() => readTlv(Uint8Array.from(input), 0)).toThrow(message);
  });

  it("rejects trailing bytes after the root", () => {
    expect(() => readRoot(Uint8Array.from([0x05, 0x00, 0x00]))).toThrow("trailing");
  });

  it("decodes object identifiers", () => {
    expect(decodeOid(Uint8Array.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02]))).toBe(
      "1.2.840.10045.4.3.2",
    );
    expect(decodeOid(Uint8Array.from([0x55, 0x1d, 0x25]))).toBe("2.5.29.37");
    expect(() => decodeOid(Uint8Array.from([0x2a, 0x86]))).toThrow("truncated");
  });

  it("canonicalizes serial numbers", () => {
    expect(integerHex(Uint8Array.from([0x00, 0xab, 0x01]))).toBe("ab01");
    expect(integerHex(Uint8Array.from([0x00]))).toBe("00");
  });
});
