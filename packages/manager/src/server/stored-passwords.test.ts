// startManager and the network settings' passwords: the manager makes its
// secrets.key (0600) in the data directory, seals at start what a manager
// from before sealing stored in the clear, and warns at start of passwords
// sealed under another secrets.key.
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SECRETS_KEY_FILE } from "./secrets-key.ts";
import { type RunningManager, startManager } from "./start-manager.ts";

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "patchcast-secrets-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A manager on `dataDir` (embedded database), and the lines of its log. */
async function start(dataDir: string) {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const manager = await startManager({
    dataDir,
    port: 0,
    adminPassword: "a long enough password",
    log,
  });
  return { manager, lines };
}

const storedNetwork = async (manager: RunningManager) => {
  const { rows } = await manager.db.query<{ value: Record<string, unknown> }>(
    "SELECT value FROM settings WHERE key = 'acquisition.network'",
  );
  return rows[0]?.value ?? {};
};

it("seals with its own secrets.key, seals what was kept in the clear, and warns of another key's", async () => {
  const dataDir = join(work, "data");
  await writeManagerCredential(
    join(dataDir, "pki"),
    issueManagerCredential(createCertificationOffice()),
  );
  const first = await start(dataDir);
  try {
    const keyPath = join(dataDir, SECRETS_KEY_FILE);
    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
    expect((await readFile(keyPath, "utf8")).trim()).toMatch(/^[0-9a-f]{64}$/);
    await first.manager.services.acquisitionSettings.updateNetwork({
      supportSitePassword: "site secret",
    });
    expect(JSON.stringify(await storedNetwork(first.manager))).not.toContain("site secret");
    // As a manager from before sealing would have kept it.
    await first.manager.db.query(
      `UPDATE settings SET value = value || '{"proxyPassword": "proxy secret"}'::jsonb
       WHERE key = 'acquisition.network'`,
    );
  } finally {
    await first.manager.close();
  }

  // Another key: what the first one sealed is unreadable, what was in the clear is sealed anew.
  await writeFile(join(dataDir, SECRETS_KEY_FILE), `${"ab".repeat(32)}\n`, { mode: 0o600 });
  const second = await start(dataDir);
  try {
    const stored = await storedNetwork(second.manager);
    expect(JSON.stringify(stored)).not.toContain("proxy secret");
    const snapshot = await second.manager.services.acquisitionSettings.snapshot();
    expect(snapshot.network.proxyPassword).toBe("proxy secret");
    expect(snapshot.unreadablePasswords).toEqual(["supportSitePassword"]);
    expect(second.lines).toContainEqual(
      expect.objectContaining({
        level: 30,
        sealed: 1,
        msg: "stored passwords sealed under secrets.key",
      }),
    );
    expect(second.lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        passwords: ["supportSitePassword"],
        msg: expect.stringContaining("cannot be read with this manager's secrets.key"),
      }),
    );
  } finally {
    await second.manager.close();
  }
}, 60_000);
