// Seed 000 8.1.3 and contract §5: which updates a run takes — OS updates
// only, released from the run time back to 60 days before it (both ends
// included, to the second), of a selected product and type, not superseded
// by another update the run takes — and how each file is named as a package (47/44 cuts, "." to "_",
// upper-case ID).
import { describe, expect, it } from "vitest";
import { packageIdFor, packageNameFor } from "../services/package-naming.ts";
import { parsePatchInfo } from "./patchinfo.ts";
import { PATCHINFO_FORMAT, type PatchUpdateJson } from "./patchinfo-format.ts";
import { inWindow, type SelectionRules, selectUpdates } from "./select-updates.ts";
import { DEFAULT_AUTOMATIC_SETTINGS } from "./settings.ts";

const RUN = new Date("2026-11-20T00:00:00Z");
const SIXTY_DAYS = 60 * 86_400_000;
const BASE = new URL("http://site.example/patchinfo.json");

let kb = 1000;
const update = (extra: Partial<PatchUpdateJson> = {}): PatchUpdateJson => {
  kb += 1;
  const name = `windows11.0-kb${kb}-x64.msu`;
  return {
    id: `KB${kb}`,
    title: `Update ${kb}`,
    target: "os",
    products: ["Windows 11"],
    classification: "Security Updates",
    releasedAt: new Date(RUN.getTime() - 86_400_000).toISOString(),
    files: [{ name, url: `files/${name}`, size: 1, sha256: "a".repeat(64) }],
    ...extra,
  };
};

const rules = (extra: Partial<SelectionRules> = {}): SelectionRules => ({
  automatic: DEFAULT_AUTOMATIC_SETTINGS,
  useSettings: true,
  requiredUpdates: [],
  ...extra,
});

const select = (updates: PatchUpdateJson[], r = rules(), at = RUN) =>
  selectUpdates(
    parsePatchInfo(
      JSON.stringify({
        format: PATCHINFO_FORMAT,
        version: 1,
        generatedAt: RUN.toISOString(),
        updates,
      }),
      BASE,
    ),
    at,
    r,
  ).map((s) => s.update.id);

describe("the 60-day window (seed 000 8.1.3: 'from packaging run time to 60 days ago')", () => {
  it("takes an update released exactly 60 days before the run, to the second", () => {
    const edge = update({ releasedAt: new Date(RUN.getTime() - SIXTY_DAYS).toISOString() });
    expect(select([edge])).toEqual([edge.id]);
  });

  it("does not take one released one second earlier", () => {
    const older = update({ releasedAt: new Date(RUN.getTime() - SIXTY_DAYS - 1000).toISOString() });
    expect(select([older])).toEqual([]);
  });

  it("compares to the second: a run at .999 still takes the edge, fractions do not move it", () => {
    const edge = update({ releasedAt: new Date(RUN.getTime() - SIXTY_DAYS).toISOString() });
    expect(select([edge], rules(), new Date(RUN.getTime() + 999))).toEqual([edge.id]);
    expect(inWindow(new Date(RUN.getTime() - SIXTY_DAYS + 500), RUN)).toBe(true);
  });

  it("takes one released at the run time, not one released a second after it", () => {
    const now = update({ releasedAt: RUN.toISOString() });
    const later = update({ releasedAt: new Date(RUN.getTime() + 1000).toISOString() });
    expect(select([now, later])).toEqual([now.id]);
  });
});

describe("filters (seed 000 (1): Target Product, Update Type; contract §5)", () => {
  it("takes only OS updates, never application updates", () => {
    const os = update();
    const app = update({ target: "application", products: ["Microsoft Office 2021"] });
    expect(
      select(
        [os, app],
        rules({ automatic: { ...DEFAULT_AUTOMATIC_SETTINGS, targetProducts: "all" } }),
      ),
    ).toEqual([os.id]);
  });

  it("takes only the products selected; 'all' takes every product", () => {
    const w11 = update();
    const w10 = update({ products: ["Windows 10"] });
    const both = update({ products: ["Windows 10", "Windows Server 2022"] });
    const only10 = rules({
      automatic: { ...DEFAULT_AUTOMATIC_SETTINGS, targetProducts: ["Windows 10"] },
    });
    expect(select([w11, w10, both], only10)).toEqual([w10.id, both.id]);
    expect(select([w11, w10, both])).toEqual([w11.id, w10.id, both.id]);
  });

  it("takes only the update types selected (default: Critical Updates and Security Updates)", () => {
    const byType = Object.fromEntries(
      (
        [
          "Critical Updates",
          "Security Updates",
          "Definition Updates",
          "Updates",
          "Drivers",
        ] as const
      ).map((c) => [c, update({ classification: c })]),
    );
    const all = Object.values(byType);
    expect(select(all)).toEqual([byType["Critical Updates"]?.id, byType["Security Updates"]?.id]);
    const drivers = rules({
      automatic: { ...DEFAULT_AUTOMATIC_SETTINGS, updateTypes: ["Drivers"] },
    });
    expect(select(all, drivers)).toEqual([byType.Drivers?.id]);
  });

  it("does not take an update superseded by another update of the file", () => {
    const old = update();
    const replacement = update({ supersedes: [old.id] });
    expect(select([old, replacement])).toEqual([replacement.id]);
  });

  it("takes an update whose replacement the run does not take: nothing else would bring its fix", () => {
    const security = update();
    const byDriver = update({ classification: "Drivers", supersedes: [security.id] });
    const byApplication = update({ target: "application", supersedes: [security.id] });
    expect(select([security, byDriver, byApplication])).toEqual([security.id]);
    const byOtherProduct = update({ products: ["Windows 10"], supersedes: [security.id] });
    expect(select([security, byOtherProduct])).toEqual([byOtherProduct.id]);
    const windows11Only = rules({
      automatic: { ...DEFAULT_AUTOMATIC_SETTINGS, targetProducts: ["Windows 11"] },
    });
    expect(select([security, byOtherProduct], windows11Only)).toEqual([security.id]);
  });

  it("follows a chain of supersedence through updates it does not take", () => {
    const oldest = update();
    const driver = update({ classification: "Drivers", supersedes: [oldest.id] });
    const newest = update({ supersedes: [driver.id] });
    expect(select([oldest, driver, newest])).toEqual([newest.id]);
  });

  it("keeps both of two updates that supersede each other (neither is the newer)", () => {
    const a = update({ id: "KB9000001", supersedes: ["KB9000002"] });
    const b = update({ id: "KB9000002", supersedes: ["KB9000001"] });
    expect(select([a, b])).toEqual([a.id, b.id]);
  });

  it("counts only supersedence by updates released by the run time", () => {
    const old = update();
    const future = update({
      supersedes: [old.id],
      releasedAt: new Date(RUN.getTime() + 3_600_000).toISOString(),
    });
    expect(select([old, future])).toEqual([old.id]);
  });

  it("adds the security policy's updates whatever their product and type, OS only", () => {
    const driver = update({ classification: "Drivers", products: ["Windows 10"] });
    const app = update({ target: "application" });
    const policy = rules({
      automatic: { ...DEFAULT_AUTOMATIC_SETTINGS, targetProducts: ["Windows 11"] },
      requiredUpdates: [driver.id, app.id],
    });
    expect(select([driver, app], policy)).toEqual([driver.id]);
    expect(select([driver, app, update()], { ...policy, useSettings: false })).toEqual([driver.id]);
  });
});

describe("package naming (contract §5)", () => {
  it("names a package DPT- + the file name without extension, '.' as '_'; the ID in upper case", () => {
    const name = packageNameFor("windows11.0-kb5031356-x64.msu");
    expect(name).toBe("DPT-windows11_0-kb5031356-x64");
    expect(packageIdFor(name)).toBe("DPT-WINDOWS11_0-KB5031356-X64");
  });

  it("cuts the name to 47 characters and the ID to 44", () => {
    const file = "windows11.0-ndp481-cumulative-update-for-dotnet-framework-kb5031710-x64.msu";
    const name = packageNameFor(file);
    expect(name).toBe("DPT-windows11_0-ndp481-cumulative-update-for-do");
    expect(name).toHaveLength(47);
    expect(packageIdFor(name)).toBe("DPT-WINDOWS11_0-NDP481-CUMULATIVE-UPDATE-FOR");
    expect(packageIdFor(name)).toHaveLength(44);
  });

  it("gives each selected file its package name, ID and version (the release time)", () => {
    const u = update({ releasedAt: "2026-11-10T17:00:00.000Z" });
    const [selected] = selectUpdates(
      parsePatchInfo(
        JSON.stringify({
          format: PATCHINFO_FORMAT,
          version: 1,
          generatedAt: RUN.toISOString(),
          updates: [u],
        }),
        BASE,
      ),
      RUN,
      rules(),
    );
    expect(selected).toMatchObject({
      packageName: `DPT-windows11_0-kb${kb}-x64`,
      packageCode: `DPT-WINDOWS11_0-KB${kb}-X64`,
      version: "2026-11-10T17:00:00Z",
      reason: "settings",
    });
    expect(selected?.file.url.href).toBe(`http://site.example/files/windows11.0-kb${kb}-x64.msu`);
  });
});
