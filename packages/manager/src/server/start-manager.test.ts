// startManager in-process: https:// and wss:// with a configured
// certificate, a new crl.pem taken on reload (SIGHUP in the CLI), and a
// bad new PKI set refused with the old one kept.

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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPc } from "../../test/test-pc.ts";
import { ManagerPkiError } from "../errors.ts";
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
