// Seed 000 (3): jdn_manager_config.conf, key=value; Mgrsrv_Patch_AutoPackageKind=0
// turns off the acquisition the security policy triggers. Comments are
// allowed; unknown keys and bad values are warned about, never fatal.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MANAGER_CONFIG_FILE, parseManagerConfig, readManagerConfig } from "./manager-config.ts";

describe("jdn_manager_config.conf", () => {
  it("reads Mgrsrv_Patch_AutoPackageKind, with comments and spaces", () => {
    const text =
      "\uFEFF# properties\n; another comment\n\n  Mgrsrv_Patch_AutoPackageKind = 0  \r\n";
    expect(parseManagerConfig(text)).toEqual({
      config: { autoPackageKind: 0, dptLogMaxLines: 2000, dptLogGenerations: 5 },
      warnings: [],
    });
  });

  it("warns about unknown keys, lines that are not key=value, repeats and bad values", () => {
    const { config, warnings } = parseManagerConfig(
      "Mgrsrv_Unknown=1\njust words\nMgrsrv_Patch_AutoPackageKind=0\nMgrsrv_Patch_AutoPackageKind=-1\n",
    );
    expect(config.autoPackageKind).toBe(0);
    expect(warnings).toEqual([
      "line 1: unknown key Mgrsrv_Unknown, ignored",
      'line 2: not key=value, ignored: "just words"',
      "line 4: Mgrsrv_Patch_AutoPackageKind given again; this value wins",
      'line 4: Mgrsrv_Patch_AutoPackageKind must be a non-negative integer: got "-1"; ignored',
    ]);
  });

  it("reads DPT.LOG's limits, within their ranges", () => {
    const { config, warnings } = parseManagerConfig(
      "Mgrsrv_DptLog_MaxLines=500\nMgrsrv_DptLog_Generations=3\nMgrsrv_DptLog_Generations=0\n",
    );
    expect([config.dptLogMaxLines, config.dptLogGenerations]).toEqual([500, 3]);
    expect(warnings).toEqual([
      "line 3: Mgrsrv_DptLog_Generations given again; this value wins",
      'line 3: Mgrsrv_DptLog_Generations must be an integer from 1 to 100: got "0"; ignored',
    ]);
  });

  it("defaults to 1 (security-policy acquisition on) without a file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "patchcast-conf-"));
    try {
      expect(await readManagerConfig(dir)).toEqual({
        config: { autoPackageKind: 1, dptLogMaxLines: 2000, dptLogGenerations: 5 },
        warnings: [],
      });
      await writeFile(join(dir, MANAGER_CONFIG_FILE), "Mgrsrv_Patch_AutoPackageKind=0\n");
      expect((await readManagerConfig(dir)).config.autoPackageKind).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
