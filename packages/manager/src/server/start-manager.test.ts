// startManager in-process: https:// and wss:// with a configured
// certificate, an acquisition packaged through its own https:// admin API,
// a new crl.pem taken on reload (SIGHUP in the CLI), and a bad new PKI set
// refused with the old one kept.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueDevice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { MaintenanceCode } from "@patchcast/protocol";
import { Agent, fetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPc } from "../../test/test-pc.ts";
import { ManagerPkiError } from "../errors.ts";
import { writeSampleSite } from "../support-site/sample-site-dir.ts";
import { startSupportSite } from "../support-site/support-site.ts";
import { type RunningManager, startManager } from "./start-manager.ts";

const office = createCertificationOffice();
const credential = issueManagerCredential(office);
let work = "";
let manager: RunningManager;

const httpsStatus = (url: string) =>
  new Promise<number>((resolve, reject) => {
    request(url, { ca: office.caPem }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });

/** One admin API call over https://, trusting the office that issued the manager's certificate. */
const trustOffice = new Agent({ connect: { ca: office.caPem } });
async function adminCall<T>(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${manager.url}/api/v1${path}`, {
    method,
    dispatcher: trustOffice,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe("startManager", () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "patchcast-start-"));
    await writeManagerCredential(join(work, "data", "pki"), credential);
    manager = await startManager({
      dataDir: join(work, "data"),
      port: 0,
      adminPassword: "a long enough password",
      tls: { cert: credential.certificatePem, key: credential.keyPem },
    });
  }, 60_000);
  afterAll(async () => {
    await manager?.close();
    await trustOffice.close();
    await rm(work, { recursive: true, force: true });
  });

  it("serves the admin API over https and the PCs over wss on one port", async () => {
    expect(manager.url).toBe(`https://127.0.0.1:${manager.port}`);
    expect(manager.agentUrl).toBe(`wss://127.0.0.1:${manager.port}/agent`);
    expect(manager.generatedAdminPassword).toBeNull();
    expect(await httpsStatus(`${manager.url}/api/v1/openapi.json`)).toBe(401);

    const device = issueDevice(office, { dir: join(work, "pc-1"), pcId: "SEC-TLS-1" });
    const pc = await connectPc(manager.url, device, { ca: office.caPem });
    expect((await pc.authResult).ok).toBe(true);
    await pc.close();
  });

  it("packages what it acquires through its own https:// admin API, whatever signed its certificate", async () => {
    // The manager's certificate comes from an office no system trusts: the
    // packager reaches the manager only by trusting its own certificate.
    const siteDir = join(work, "site");
    const catalogue = await writeSampleSite(siteDir, new Date());
    const site = await startSupportSite({ dir: siteDir });
    try {
      const login = await adminCall<{ token: string }>("POST", "/login", undefined, {
        id: "admin",
        password: "a long enough password",
      });
      const { token } = login.body;
      const network = await adminCall("PUT", "/settings/network", token, {
        supportSiteUrl: site.patchInfoUrl,
      });
      expect(network.status).toBe(200);
      const run = await adminCall<{ outcome: string; packaged: number }>(
        "POST",
        "/acquisition/runs?wait=true",
        token,
      );
      expect(run.body).toMatchObject({ outcome: "succeeded" });
      expect(run.body.packaged).toBeGreaterThan(0);
      expect(catalogue.files.length).toBeGreaterThanOrEqual(run.body.packaged);
    } finally {
      await site.close();
    }
  });

  it("takes a new crl.pem on reload: a revoked PC is refused from then on", async () => {
    const device = issueDevice(office, { dir: join(work, "pc-2"), pcId: "SEC-TLS-2" });
    office.revoke(device.serialNumber);
    const before = await connectPc(manager.url, device, { ca: office.caPem });
    expect((await before.authResult).ok).toBe(true);
    await before.close();

    await writeFile(join(manager.dataDir, "pki", "crl.pem"), office.crlPem());
    await manager.reloadPki();
    const after = await connectPc(manager.url, device, { ca: office.caPem });
    expect(await after.authResult).toMatchObject({
      ok: false,
      maintenanceCode: MaintenanceCode.AUTH_INVALID_CERTIFICATE,
    });
  });

  it("refuses a bad new PKI set on reload and keeps serving with the old one", async () => {
    await writeFile(join(manager.dataDir, "pki", "manager.key"), "garbage");
    await expect(manager.reloadPki()).rejects.toBeInstanceOf(ManagerPkiError);
    const device = issueDevice(office, { dir: join(work, "pc-3"), pcId: "SEC-TLS-3" });
    const pc = await connectPc(manager.url, device, { ca: office.caPem });
    expect((await pc.authResult).ok).toBe(true);
    await pc.close();
  });
});
