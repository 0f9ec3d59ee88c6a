// Contract §5: "a malformed file is an error in DPT.LOG, never a crash"; an
// update file must match its size and SHA-256 (bounded: a larger file is
// cut off at the size announced); none of these ever becomes a package.
// And a refusal of the manager's (a payload over its limit) stops packaging
// with DPT015-E.
import { afterAll, expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { T0 } from "../services/testing.ts";
import type { SupportSite } from "../support-site/support-site.ts";
import { withoutTime } from "./dpt-assert.ts";
import { type CraftedFile, craftedSite, craftedUpdate, sampleBytes } from "./test-sites.ts";
import { useAcquisitionFixture } from "./testing.ts";

const MISMATCH = "DPT007-E Unable to store the downloaded information in the file system.";
const STOP = "DPT015-E The packaging processing will now stop because an error occurred.";

forEachDatabase("acquisition integrity", (getDb) => {
  const fx = useAcquisitionFixture(getDb, { api: { maxUploadBytes: 64 * 1024 } });
  const sites: SupportSite[] = [];
  afterAll(async () => {
    await Promise.all(sites.map((s) => s.close()));
  });

  const runOn = async (patchinfo: Parameters<typeof craftedSite>[0], files: CraftedFile[] = []) => {
    const site = await craftedSite(patchinfo, files);
    sites.push(site);
    const { cabinetId } = await fx.configure({ network: { supportSiteUrl: site.patchInfoUrl } });
    const acquisition = await fx.acquisition();
    const details = await fx.run(acquisition);
    return {
      ...details,
      file: withoutTime(await fx.dptFile(acquisition)),
      packages: await fx.api.fx.services.packages.listPackages(cabinetId).catch(() => []),
    };
  };

  for (const [what, text] of [
    ["not JSON", '{"format": "patchcast-patchinfo/1", "updates": ['],
    ["another format", JSON.stringify({ format: "other/9", version: 1, updates: [] })],
    [
      "a file without a digest",
      JSON.stringify({
        format: "patchcast-patchinfo/1",
        version: 1,
        generatedAt: T0.toISOString(),
        updates: [
          {
            ...craftedUpdate("KB1", T0, []),
            files: [{ name: "a.msu", url: "files/a.msu", size: 1 }],
          },
        ],
      }),
    ],
    [
      "a file name with a folder",
      JSON.stringify({
        format: "patchcast-patchinfo/1",
        version: 1,
        generatedAt: T0.toISOString(),
        updates: [craftedUpdate("KB1", T0, [{ name: "../a.msu", bytes: new Uint8Array(1) }])],
      }),
    ],
  ] as const) {
    it(`a malformed patch information file (${what}) is DPT007-E, no crash, no package`, async () => {
      const { file, run, packages } = await runOn(text);
      expect(file).toEqual([MISMATCH, STOP]);
      expect(run.outcome).toBe("failed");
      expect(run.detail).toContain("PC_MGR_ACQ_PATCHINFO_MALFORMED");
      expect(packages).toEqual([]);
    });
  }

  it("a file whose SHA-256 does not match is DPT007-E and not packaged; the others are", async () => {
    const good = { name: "windows11.0-kb7000001-x64.msu", bytes: sampleBytes("good") };
    const bad = {
      name: "windows11.0-kb7000002-x64.msu",
      bytes: sampleBytes("bad"),
      sha256: "0".repeat(64),
    };
    const { file, run, packages, items } = await runOn(
      { updates: [craftedUpdate("KB7000001", T0, [good]), craftedUpdate("KB7000002", T0, [bad])] },
      [good, bad],
    );
    expect(file).toEqual([MISMATCH]);
    expect(run).toMatchObject({ outcome: "partial", packaged: 1, failed: 1 });
    expect(packages.map((p) => p.fileName)).toEqual([good.name]);
    expect(items.find((i) => i.fileName === bad.name)?.detail).toContain("SHA-256");
  });

  it("a file larger than announced is cut off at the size announced, DPT007-E, not packaged", async () => {
    const big = sampleBytes("big", 48 * 1024);
    const liar = { name: "windows11.0-kb7000003-x64.msu", bytes: big, size: 1024 };
    const { file, run, packages, items } = await runOn(
      { updates: [craftedUpdate("KB7000003", T0, [liar])] },
      [liar],
    );
    expect(file).toEqual([MISMATCH]);
    expect(run).toMatchObject({ outcome: "partial", packaged: 0, failed: 1 });
    expect(packages).toEqual([]);
    expect(items[0]?.detail).toContain("more bytes than the 1024 announced");
  });

  it("a file smaller than announced is DPT007-E, not packaged", async () => {
    const short = {
      name: "windows11.0-kb7000004-x64.msu",
      bytes: sampleBytes("short", 100),
      size: 200,
    };
    const { file, packages } = await runOn({ updates: [craftedUpdate("KB7000004", T0, [short])] }, [
      short,
    ]);
    expect(file).toEqual([MISMATCH]);
    expect(packages).toEqual([]);
  });

  it("DPT015-E: the manager refuses the package (larger than its upload limit)", async () => {
    const huge = { name: "windows11.0-kb7000005-x64.msu", bytes: sampleBytes("huge", 96 * 1024) };
    const { file, run, packages } = await runOn(
      { updates: [craftedUpdate("KB7000005", T0, [huge])] },
      [huge],
    );
    expect(file).toEqual([STOP]);
    expect(run.outcome).toBe("failed");
    expect(run.detail).toContain("PC_MGR_PAYLOAD_TOO_LARGE");
    expect(packages).toEqual([]);
  });
});
