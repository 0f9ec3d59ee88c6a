// Seed 000 table 8-2, provoked by real faults: each message of DPT.LOG with
// the fault that causes it, against the real support site, a real HTTP
// proxy and the manager's real admin API. A fault never crashes a run and
// never leaves a package behind.
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { withoutTime } from "./dpt-assert.ts";
import { closedPort, startCuttingForwarder, startTestProxy, type TestProxy } from "./test-sites.ts";
import { useAcquisitionFixture } from "./testing.ts";

const STOP = "DPT015-E The packaging processing will now stop because an error occurred.";

forEachDatabase("acquisition faults (seed 000 table 8-2)", (getDb) => {
  const fx = useAcquisitionFixture(getDb);
  let proxy: TestProxy;

  beforeAll(async () => {
    proxy = await startTestProxy();
  });
  afterAll(async () => {
    await proxy.close();
  });

  /** A run with these settings: its DPT.LOG file (without times), record, and the cabinet's packages. */
  const runWith = async (settings: Parameters<typeof fx.configure>[0]) => {
    const { cabinetId } = await fx.configure(settings);
    const acquisition = await fx.acquisition();
    const details = await fx.run(acquisition);
    const file = withoutTime(await fx.dptFile(acquisition));
    const packages = await fx.api.fx.services.packages.listPackages(cabinetId).catch(() => []);
    expect(
      withoutTime(details.lines.map((l) => `2000-01-01T00:00:00Z ${l.messageId} ${l.text}`)),
    ).toEqual(file);
    return { ...details, file, packages, acquisition };
  };

  it("DPT006-E: the support site is down", async () => {
    const port = await closedPort();
    const { file, run, packages } = await runWith({
      network: { supportSiteUrl: `http://127.0.0.1:${port}/patchinfo.json` },
    });
    expect(file).toEqual([
      "DPT006-E Error in network settings information. Unable to connect to the internet.",
      STOP,
    ]);
    expect(run.outcome).toBe("failed");
    expect(run.detail).toContain("PC_MGR_ACQ_NETWORK");
    expect(packages).toEqual([]);
  });

  it("DPT005-E: the proxy refuses connections", async () => {
    const port = await closedPort();
    const { file, packages } = await runWith({ network: { proxyUrl: `http://127.0.0.1:${port}` } });
    expect(file).toEqual(["DPT005-E Unable to configure the proxy settings.", STOP]);
    expect(packages).toEqual([]);
  });

  it("DPT008-E: the proxy refuses the login (407)", async () => {
    proxy.requireLogin("squid", "right");
    try {
      const { file } = await runWith({
        network: { proxyUrl: proxy.url, proxyUser: "squid", proxyPassword: "wrong" },
      });
      expect(file).toEqual([`DPT008-E '${proxy.host}' login failure.`, STOP]);
    } finally {
      proxy.requireLogin("squid", "right");
    }
  });

  it("goes through the proxy with its login, and packages", async () => {
    proxy.seen.length = 0;
    const { file, run, packages } = await runWith({
      network: { proxyUrl: proxy.url, proxyUser: "squid", proxyPassword: "right" },
    });
    expect(file).toEqual([]);
    expect(run.outcome).toBe("succeeded");
    expect(packages.length).toBe(run.packaged);
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every((s) => s.includes(new URL(fx.site.url).host))).toBe(true);
  });

  it("DPT008-E: the support site refuses the login", async () => {
    // The fixture's site needs no login; this one does.
    const { startSupportSite } = await import("../support-site/support-site.ts");
    const site = await startSupportSite({
      dir: fx.siteDir,
      credentials: { user: "ops", password: "s3cret" },
    });
    try {
      const { file } = await runWith({
        network: {
          supportSiteUrl: site.patchInfoUrl,
          supportSiteUser: "ops",
          supportSitePassword: "nope",
        },
      });
      expect(file).toEqual([`DPT008-E '${new URL(site.url).host}' login failure.`, STOP]);
      const ok = await runWith({
        network: {
          supportSiteUrl: site.patchInfoUrl,
          supportSiteUser: "ops",
          supportSitePassword: "s3cret",
        },
      });
      expect(ok.run.outcome).toBe("succeeded");
    } finally {
      await site.close();
    }
  });

  it("DPT009-E: the manager cannot be reached", async () => {
    const port = await closedPort();
    const { file, run } = await runWith({ network: { managerUrl: `http://127.0.0.1:${port}` } });
    expect(file).toEqual([
      "DPT009-E Unable to establish connection with the patchcast manager.",
      STOP,
    ]);
    expect(run.selected).toBeGreaterThan(0);
    expect(run.packaged).toBe(0);
  });

  it("DPT010-E: the manager URL answers, but not as the admin API", async () => {
    const { file } = await runWith({ network: { managerUrl: fx.site.url } });
    expect(file).toEqual(["DPT010-E Unable to communicate with the patchcast manager.", STOP]);
  });

  it("DPT011-E: the connection breaks during the upload", async () => {
    const forwarder = await startCuttingForwarder(
      Number(new URL(fx.api.base).port),
      "POST /api/v1/packages?",
    );
    try {
      const { file, packages } = await runWith({ network: { managerUrl: forwarder.url } });
      expect(file).toEqual([
        "DPT011-E Unable to transfer the file to the patchcast manager.",
        STOP,
      ]);
      expect(packages).toEqual([]);
    } finally {
      await forwarder.close();
    }
  });

  it("DPT013-E: the manager refuses the packager's password", async () => {
    const { file, packages } = await runWith({ network: { packagerPassword: "not the password" } });
    expect(file).toEqual([
      "DPT013-E Invalid password specified for patchcast manager login.",
      STOP,
    ]);
    expect(packages).toEqual([]);
  });

  it("DPT014-E: the packager cannot be started (no password for it)", async () => {
    await fx.configure();
    const acquisition = await fx.acquisition({ packager: { managerUrl: fx.api.base } });
    await fx.run(acquisition);
    expect(withoutTime(await fx.dptFile(acquisition))).toEqual([
      `DPT014-E Unable to execute the command 'packager --manager ${fx.api.base} --admin admin'.`,
      STOP,
    ]);
  });

  it("DPT007-E: the downloads cannot be stored (the directory is a file)", async () => {
    await fx.configure();
    const acquisition = await fx.acquisition();
    const dataDir = join(acquisition.dptLog.path, "..", "..");
    await writeFile(join(dataDir, "acquisition"), "not a directory");
    await chmod(join(dataDir, "acquisition"), 0o400);
    const { run } = await fx.run(acquisition);
    expect(withoutTime(await fx.dptFile(acquisition))).toEqual([
      "DPT007-E Unable to store the downloaded information in the file system.",
      STOP,
    ]);
    expect(run.detail).toContain("PC_MGR_ACQ_STORAGE");
  });

  it("DPT012-W: a package that exists is not packaged again", async () => {
    const first = await runWith({});
    expect(first.file).toEqual([]);
    const acquisition = await fx.acquisition();
    const again = await fx.run(acquisition);
    const names = first.items.map((i) => i.packageName);
    expect(withoutTime(await fx.dptFile(acquisition))).toEqual(
      names.map((name) => `DPT012-W Package '${name}' already exists.`),
    );
    expect(again.run).toMatchObject({ outcome: "succeeded", packaged: 0, existing: names.length });
    expect(
      (await fx.api.fx.services.packages.listPackages(first.packages[0]?.cabinetId)).length,
    ).toBe(names.length);
  });

  it("DPT003-E: the database refuses to record the run's work", async () => {
    await getDb().query(
      "ALTER TABLE acquisition_run_items ADD CONSTRAINT test_fault CHECK (update_id = '') NOT VALID",
    );
    try {
      const { file, run } = await runWith({});
      expect(file[0]).toMatch(
        /^DPT003-E Error occurred while accessing database\. Reason: .*test_fault/,
      );
      expect(file.slice(1)).toEqual([STOP]);
      expect(run.outcome).toBe("failed");
    } finally {
      await getDb().query("ALTER TABLE acquisition_run_items DROP CONSTRAINT test_fault");
    }
  });
});
