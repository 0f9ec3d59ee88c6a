import { describe, expect, it } from "vitest";
import { encodePem, readPemBlocks, readPemLabelled } from "./pem.ts";

describe("pem", () => {
  it("round-trips and keeps blocks in order, ignoring text around them", () => {
    const a = Uint8Array.from([1, 2, 3]);
    const b = new Uint8Array(100).fill(9);
    const text = `Certificate:\n  text\n${encodePem("CERTIFICATE", a)}junk\n${encodePem("X509 CRL", b)}`;
    const blocks = readPemBlocks(text);
    expect(blocks.map((x) => x.label)).toEqual(["CERTIFICATE", "X509 CRL"]);
    expect([...(blocks[0]?.der ?? [])]).toEqual([1, 2, 3]);
    expect(readPemLabelled(text, ["X509 CRL"])).toHaveLength(1);
    expect(
      encodePem("CERTIFICATE", b)
        .split("\n")
        .every((line) => line.length <= 64),
    ).toBe(true);
  });

  it("skips blocks that are not base64, empty, or unterminated", () => {
    expect(readPemBlocks("-----BEGIN CERTIFICATE-----\n%%%\n-----END CERTIFICATE-----\n")).toEqual(
      [],
    );
    expect(readPemBlocks("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")).toEqual([]);
    expect(readPemBlocks("-----BEGIN CERTIFICATE-----\nAAAA\n")).toEqual([]);
    expect(readPemBlocks("-----BEGIN A-----\nAAAA\n-----END B-----\n")).toEqual([]);
  });

  it("reads a 2 MiB device.crt of unterminated BEGIN lines in linear time (no blocks, the CRL after them found)", () => {
    // 80,000 BEGIN lines without an END: a pattern that looks for each one's
    // END scans to the end of the text every time (minutes); a scan does not.
    const crl = encodePem("X509 CRL", Uint8Array.from([7, 7, 7]));
    const text = `${"-----BEGIN CERTIFICATE-----\n".repeat(80_000)}${crl}`;
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const blocks = readPemBlocks(text);
    expect(blocks.map((block) => block.label)).toEqual(["X509 CRL"]);
    expect(readPemLabelled(text, ["CERTIFICATE"])).toEqual([]);
    // as many different labels, each without its END line
    const labels = Array.from({ length: 80_000 }, (_, i) => `-----BEGIN L${i}-----\n`).join("");
    expect(readPemBlocks(labels)).toEqual([]);
  });

  it("finds exactly the blocks the pattern /-----BEGIN (L)-----…-----END \\1-----/ finds", () => {
    // the reference: the pattern the reader replaced, on inputs small enough for it
    const pattern = /-----BEGIN ([A-Z0-9 ]{1,64})-----([\s\S]*?)-----END \1-----/g;
    const reference = (text: string) =>
      [...text.matchAll(pattern)].flatMap((match) => {
        const body = match[2] as string;
        if (!/^[A-Za-z0-9+/=\s]*$/.test(body)) return [];
        const der = Buffer.from(body.replace(/\s+/g, ""), "base64");
        return der.byteLength === 0 ? [] : [{ label: match[1], der: [...der] }];
      });
    let seed = 20_261_120;
    const random = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pick = <T>(items: readonly T[]) => items[random(items.length)] as T;
    const labels = ["CERTIFICATE", "X509 CRL", "A".repeat(64), "A".repeat(65), "", "certificate"];
    const bodies = ["AAAA", "MIIB\nAAAA", "QUJD\r\nREVG", "", "%%", "=", " "];
    const noise = [
      "-----",
      "-----BEGIN ",
      "-----END CERTIFICATE",
      "-----BEGIN CERTIFICATE----",
      "x",
    ];
    const piece = () => {
      switch (random(5)) {
        case 0:
        case 1: {
          const label = pick(labels.slice(0, 3));
          return `-----BEGIN ${label}-----\n${pick(bodies)}\n-----END ${label}-----`;
        }
        case 2:
          return `-----BEGIN ${pick(labels)}-----`;
        case 3:
          return `-----END ${pick(labels)}-----`;
        default:
          return random(2) ? pick(bodies) : pick(noise);
      }
    };
    for (let round = 0; round < 3_000; round++) {
      const text = Array.from({ length: 1 + random(8) }, piece).join(random(4) ? "\n" : "");
      const blocks = readPemBlocks(text).map((block) => ({
        label: block.label,
        der: [...block.der],
      }));
      expect(blocks, JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
