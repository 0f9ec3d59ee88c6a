// Every protocol error code is unique, follows the naming rule, carries a
// WebSocket close code from RFC 6455, and is documented in the README.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CloseCode, PROTOCOL_ERRORS, ProtocolError, type ProtocolErrorCode } from "./errors.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const codes = Object.keys(PROTOCOL_ERRORS) as ProtocolErrorCode[];

describe("protocol error catalogue", () => {
  it("has unique codes named PC_PROTO_*", () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^PC_PROTO_[A-Z0-9_]+$/);
  });

  for (const code of codes) {
    it(`${code} has a close code, a description, and a README row`, () => {
      const spec = PROTOCOL_ERRORS[code];
      expect(Object.values(CloseCode)).toContain(spec.closeCode);
      expect(spec.description.length).toBeGreaterThan(20);
      expect(readme).toContain(`| \`${code}\` | ${spec.closeCode} |`);
      const error = new ProtocolError(code, "detail");
      expect(error.code).toBe(code);
      expect(error.closeCode).toBe(spec.closeCode);
      expect(error).toBeInstanceOf(Error);
    });
  }

  it("uses the close codes the issue fixes for the four wire failures", () => {
    expect(PROTOCOL_ERRORS.PC_PROTO_TEXT_FRAME.closeCode).toBe(1003);
    expect(PROTOCOL_ERRORS.PC_PROTO_UNDECODABLE.closeCode).toBe(1007);
    expect(PROTOCOL_ERRORS.PC_PROTO_FRAME_TOO_LARGE.closeCode).toBe(1009);
    expect(PROTOCOL_ERRORS.PC_PROTO_VERSION_MISMATCH.closeCode).toBe(1002);
  });
});
