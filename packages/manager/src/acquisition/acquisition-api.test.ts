// Contract §6 and seed 000 (1): automatic settings (the seed's defaults),
// network settings (passwords never shown), runs on demand and their
// DPT.LOG lines through the admin API, and the admin CLI on top of it.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ADMIN_PASSWORD } from "../api/testing.ts";
import { runAdminCli } from "../cli/run-admin-cli.ts";
import { forEachDatabase } from "../db/testing.ts";
import { useAcquisitionFixture } from "./testing.ts";

forEachDatabase("acquisition through the admin API", (getDb) => {
  const fx = useAcquisitionFixture(getDb);
  const { api } = fx;

  const cli = async (argv: string[]) => {
    let out = "";
    let err = "";
    const code = await runAdminCli(argv, {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
      env: { PATCHCAST_MANAGER_URL: api.base, PATCHCAST_ADMIN_PASSWORD: ADMIN_PASSWORD },
    });
    return { code, out, err };
  };

  it("has exactly the seed's defaults: off, 0:00 UTC, all products, Critical and Security Updates", async () => {
    const automatic = await api.call("GET", "/api/v1/settings/automatic");
    expect(automatic.status).toBe(200);
    expect(automatic.body).toEqual({
      enabled: false,
      executionTimeUtc: "00:00",
      targetProducts: "all",
      updateTypes: ["Critical Updates", "Security Updates"],
      cabinetId: "WU",
      cabinetName: "windows-updates",
    });
    const network = await api.call("GET", "/api/v1/settings/network");
    expect(network.body).toMatchObject({
      supportSiteUrl: null,
      proxyUrl: null,
      supportSitePasswordSet: false,
      proxyPasswordSet: false,
      packagerPasswordSet: false,
    });
    expect((await api.call("GET", "/api/v1/settings/security-policy")).body).toEqual({
      requiredUpdates: [],
    });
  });

  it("changes only the fields given, and refuses bad values naming the field", async () => {
    const changed = await api.call("PUT", "/api/v1/settings/automatic", {
      body: { executionTimeUtc: "3:15", targetProducts: ["Windows 11"] },
    });
    expect(changed.body).toMatchObject({
      enabled: false,
      executionTimeUtc: "03:15",
      targetProducts: ["Windows 11"],
    });
    const bad = await api.call<{ code: string; field?: string }>(
      "PUT",
      "/api/v1/settings/automatic",
      {
        body: { executionTimeUtc: "24:00" },
      },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe("PC_MGR_INVALID_INPUT");
    const unknownType = await api.call("PUT", "/api/v1/settings/automatic", {
      body: { updateTypes: ["Hotfixes"] },
    });
    expect(unknownType.status).toBe(400);
  });

  it("never echoes a password back", async () => {
    const answer = await api.call<Record<string, unknown>>("PUT", "/api/v1/settings/network", {
      body: {
        supportSiteUrl: fx.site.patchInfoUrl,
        supportSiteUser: "ops",
        supportSitePassword: "site-secret",
        proxyPassword: "proxy-secret",
        packagerPassword: "packager-secret",
      },
    });
    expect(answer.status).toBe(200);
    const text =
      JSON.stringify(answer.body) +
      JSON.stringify((await api.call("GET", "/api/v1/settings/network")).body);
    for (const secret of ["site-secret", "proxy-secret", "packager-secret"])
      expect(text).not.toContain(secret);
    expect(answer.body).toMatchObject({
      supportSitePasswordSet: true,
      proxyPasswordSet: true,
      packagerPasswordSet: true,
    });
    const cleared = await api.call("PUT", "/api/v1/settings/network", {
      body: { proxyPassword: null },
    });
    expect(cleared.body).toMatchObject({ proxyPasswordSet: false, supportSitePasswordSet: true });
  });

  it("refuses a run on demand when no acquisition runs in this manager", async () => {
    const answer = await api.call<{ code: string }>("POST", "/api/v1/acquisition/runs");
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe("PC_MGR_ACQUISITION_UNAVAILABLE");
  });

  it("runs on demand and shows the run, its files and its DPT.LOG lines", async () => {
    await fx.configure();
    const acquisition = await fx.acquisition();
    await acquisition.start();
    const first = await api.call<{ id: number; outcome: string; packaged: number }>(
      "POST",
      "/api/v1/acquisition/runs?wait=true",
    );
    expect(first.status).toBe(200);
    expect(first.body.outcome).toBe("succeeded");
    const again = await api.call<{ id: number }>("POST", "/api/v1/acquisition/runs?wait=true");
    const details = await api.call<{ items: { outcome: string }[]; lines: { line: string }[] }>(
      "GET",
      `/api/v1/acquisition/runs/${again.body.id}`,
    );
    expect(details.body.items.every((i) => i.outcome === "exists")).toBe(true);
    expect(details.body.lines).toHaveLength(first.body.packaged);
    expect(details.body.lines.map((l) => l.line)).toEqual(await fx.dptFile(acquisition));
    const log = await api.call<{ lines: { messageId: string }[] }>(
      "GET",
      "/api/v1/acquisition/dpt-log?limit=3",
    );
    expect(log.body.lines.map((l) => l.messageId)).toEqual(["DPT012-W", "DPT012-W", "DPT012-W"]);
    const runs = await api.call<{ runs: { id: number }[] }>("GET", "/api/v1/acquisition/runs");
    expect(runs.body.runs[0]?.id).toBe(again.body.id);
  });

  it("drives it all from the admin CLI", async () => {
    await fx.configure();
    const acquisition = await fx.acquisition();
    await acquisition.start();
    const set = await cli([
      "settings",
      "automatic",
      "--enabled",
      "on",
      "--time",
      "6:30",
      "--types",
      "Security Updates",
    ]);
    expect(set.code).toBe(0);
    expect(set.out).toContain("executionTimeUtc: 06:30");
    const dir = await fx.tempDir();
    await writeFile(join(dir, "pw"), "from-a-file\n");
    const network = await cli([
      "settings",
      "network",
      "--site-password-file",
      join(dir, "pw"),
      "--proxy",
      "none",
    ]);
    expect(network.out).toContain("supportSitePasswordSet: true");
    expect(network.out).not.toContain("from-a-file");
    await fx.configure();
    const run = await cli(["acquisition", "run", "--wait"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^run \d+ \(manual\) succeeded: \d+ selected/);
    const shown = await cli(["acquisition", "show", run.out.split(" ")[1] ?? ""]);
    expect(shown.out).toContain("packaged");
    expect((await cli(["settings", "automatic", "--enabled", "maybe"])).code).toBe(2);
  });
});
