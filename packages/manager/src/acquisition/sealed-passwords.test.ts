// The network settings' passwords as the database keeps them: sealed under
// the manager's secrets key, opened for the runs that log in with them; a
// password sealed under another key is shown as unreadable, refused by a
// run with its DPT.LOG message, and kept until it is set again; one stored
// in the clear (before sealing) is sealed by sealStoredPasswords.
import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { createAcquisitionSettingsService } from "../services/acquisition-settings-service.ts";
import { startSupportSite } from "../support-site/support-site.ts";
import { withoutTime } from "./dpt-assert.ts";
import { createSecretSealer, SEALED_PREFIX } from "./sealed-secrets.ts";
import { useAcquisitionFixture } from "./testing.ts";

const STOP = "DPT015-E The packaging processing will now stop because an error occurred.";

forEachDatabase("sealed passwords of the network settings", (getDb) => {
  const fx = useAcquisitionFixture(getDb);
  const settings = () => fx.api.fx.services.acquisitionSettings;
  /** The network section as the database holds it. */
  const storedNetwork = async () => {
    const { rows } = await getDb().query<{ value: Record<string, unknown> }>(
      "SELECT value FROM settings WHERE key = 'acquisition.network'",
    );
    return rows[0]?.value ?? {};
  };
  /** The same settings service on the same database, under another manager's secrets key. */
  const stranger = () =>
    createAcquisitionSettingsService({ db: getDb(), secrets: createSecretSealer(randomBytes(32)) });
  const run = async () => {
    const acquisition = await fx.acquisition();
    const details = await fx.run(acquisition);
    return { ...details, file: withoutTime(await fx.dptFile(acquisition)) };
  };

  it("keeps no password in the clear, and logs in with the one it sealed", async () => {
    const site = await startSupportSite({
      dir: fx.siteDir,
      credentials: { user: "ops", password: "s3cret site" },
    });
    try {
      await fx.configure({
        network: {
          supportSiteUrl: site.patchInfoUrl,
          supportSiteUser: "ops",
          supportSitePassword: "s3cret site",
        },
      });
      const stored = await storedNetwork();
      expect(JSON.stringify(stored)).not.toContain("s3cret site");
      expect(String(stored.supportSitePassword).startsWith(SEALED_PREFIX)).toBe(true);
      expect(stored.proxyPassword).toBeNull();
      const { run: record } = await run();
      expect(record.outcome).toBe("succeeded");
    } finally {
      await site.close();
    }
  });

  it("shows a password sealed under another key as unreadable, and a run refuses it (DPT008-E)", async () => {
    await fx.configure({ network: { supportSiteUser: "ops" } });
    await stranger().updateNetwork({ supportSitePassword: "theirs" });
    const shown = await fx.api.call<Record<string, unknown>>("GET", "/api/v1/settings/network");
    expect(shown.body).toMatchObject({
      supportSitePasswordSet: true,
      unreadablePasswords: ["supportSitePassword"],
    });
    const { file, run: record } = await run();
    expect(file).toEqual([`DPT008-E '${new URL(fx.site.url).host}' login failure.`, STOP]);
    expect(record.detail).toMatch(/^PC_MGR_ACQ_LOGIN: supportSitePassword: .*secrets\.key/);

    // Changing another field keeps it as it was stored: the right key may come back.
    const sealedBefore = (await storedNetwork()).supportSitePassword;
    const other = await fx.api.call("PUT", "/api/v1/settings/network", {
      body: { downloadTimeoutSeconds: 30 },
    });
    expect(other.body).toMatchObject({
      supportSitePasswordSet: true,
      unreadablePasswords: ["supportSitePassword"],
    });
    expect((await storedNetwork()).supportSitePassword).toBe(sealedBefore);
    // Set again, it is this manager's.
    const again = await fx.api.call("PUT", "/api/v1/settings/network", {
      body: { supportSiteUser: null, supportSitePassword: null },
    });
    expect(again.body).toMatchObject({ supportSitePasswordSet: false, unreadablePasswords: [] });
    expect((await run()).run.outcome).toBe("succeeded");
  });

  it("goes on when the run would not send the unreadable password (no user for it)", async () => {
    await fx.configure();
    await stranger().updateNetwork({ supportSitePassword: "theirs", proxyPassword: "theirs" });
    expect((await settings().snapshot()).unreadablePasswords).toEqual([
      "supportSitePassword",
      "proxyPassword",
    ]);
    expect((await run()).run.outcome).toBe("succeeded");
  });

  it("refuses a proxy password it cannot read, naming the proxy (DPT008-E)", async () => {
    await fx.configure({ network: { proxyUrl: "http://127.0.0.1:9/", proxyUser: "ops" } });
    await stranger().updateNetwork({ proxyPassword: "theirs" });
    const { file, run: record } = await run();
    expect(file).toEqual(["DPT008-E '127.0.0.1:9' login failure.", STOP]);
    expect(record.detail).toMatch(/^PC_MGR_ACQ_LOGIN: proxyPassword: /);
  });

  it("refuses to package with a packager password it cannot read (DPT013-E)", async () => {
    const { cabinetId } = await fx.configure();
    await stranger().updateNetwork({ packagerPassword: "theirs" });
    const { file } = await run();
    const packages = await fx.api.fx.services.packages.listPackages(cabinetId).catch(() => []);
    expect(file).toEqual([
      "DPT013-E Invalid password specified for patchcast manager login.",
      STOP,
    ]);
    expect(packages).toEqual([]);
  });

  it("seals the passwords a manager from before sealing stored in the clear", async () => {
    await fx.configure();
    await getDb().query(
      `UPDATE settings SET value = value || '{"proxyPassword": "clear proxy", "packagerPassword": "clear packager"}'::jsonb
       WHERE key = 'acquisition.network'`,
    );
    // Read as they are meanwhile.
    expect((await settings().snapshot()).network).toMatchObject({
      proxyPassword: "clear proxy",
      packagerPassword: "clear packager",
    });
    expect(await settings().sealStoredPasswords()).toBe(2);
    expect(await settings().sealStoredPasswords()).toBe(0);
    const stored = await storedNetwork();
    expect(JSON.stringify(stored)).not.toContain("clear ");
    expect((await settings().snapshot()).network).toMatchObject({
      proxyPassword: "clear proxy",
      packagerPassword: "clear packager",
    });
  });
});
