// Contract §5: package name "DPT-" + file name without extension, "." → "_",
// cut to 47 characters; package ID: the name in upper case, cut to 44.
import { describe, expect, it } from "vitest";
import { packageIdFor, packageNameFor } from "./package-naming.ts";
import { parseWireJobId, wireJobId } from "./wire-job-id.ts";

describe("package naming (contract §5)", () => {
  it("names a package after its update file", () => {
    expect(packageNameFor("windows11.0-kb5031356-x64.msu")).toBe("DPT-windows11_0-kb5031356-x64");
    expect(packageIdFor("DPT-windows11_0-kb5031356-x64")).toBe("DPT-WINDOWS11_0-KB5031356-X64");
  });

  it("drops only the last extension and any folders", () => {
    expect(packageNameFor("a.b.c.cab")).toBe("DPT-a_b_c");
    expect(packageNameFor("files/sub\\kb1.msu")).toBe("DPT-kb1");
    expect(packageNameFor("noextension")).toBe("DPT-noextension");
    expect(packageNameFor(".hidden")).toBe("DPT-_hidden");
  });

  it("cuts the name to 47 characters and the ID to 44", () => {
    const long = `${"x".repeat(60)}.msu`;
    const name = packageNameFor(long);
    expect(name).toBe(`DPT-${"x".repeat(43)}`);
    expect(name).toHaveLength(47);
    const id = packageIdFor(name);
    expect(id).toBe(`DPT-${"X".repeat(40)}`);
    expect(id).toHaveLength(44);
  });
});

describe("wire job ID", () => {
  it("is the execution ID in decimal, and reads back", () => {
    expect(wireJobId(42)).toBe("42");
    expect(parseWireJobId("42")).toBe(42);
    for (const bad of ["", "0", "042", "-1", "1.5", "abc", "99999999999999999"]) {
      expect(parseWireJobId(bad)).toBeUndefined();
    }
  });
});
