import { describe, expect, it } from "vitest";
import { readTime } from "./certificate-fields.ts";
import { readRoot } from "./der.ts";

const time = (tag: number, text: string) => {
  const der = Buffer.concat([Buffer.of(tag, text.length), Buffer.from(text, "latin1")]);
  return readTime(der, readRoot(der));
};

describe("certificate validity times (RFC 5280 §4.1.2.5)", () => {
  it("reads UTCTime (1950-2049) and GeneralizedTime to the second", () => {
    expect(time(0x17, "491231235959Z")).toEqual(new Date("2049-12-31T23:59:59Z"));
    expect(time(0x17, "500101000000Z")).toEqual(new Date("1950-01-01T00:00:00Z"));
    expect(time(0x18, "20510601120000Z")).toEqual(new Date("2051-06-01T12:00:00Z"));
    expect(time(0x17, "240229120000Z")).toEqual(new Date("2024-02-29T12:00:00Z"));
  });

  it("leaves every other form to OpenSSL", () => {
    for (const [tag, text] of [
      [0x17, "4912312359Z"],
      [0x17, "491231235959+0100"],
      [0x17, "230229120000Z"],
      [0x17, "491331235959Z"],
      [0x17, "491231245959Z"],
      [0x18, "20510601120000.5Z"],
      [0x18, "00010101000000Z"],
      [0x04, "491231235959Z"],
    ] as const) {
      expect(time(tag, text), text).toBeUndefined();
    }
  });
});
