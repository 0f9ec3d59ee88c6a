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
});
