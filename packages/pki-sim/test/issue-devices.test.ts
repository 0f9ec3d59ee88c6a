/**
 * Contract §3 devices in bulk (a fleet): issued by the calling thread and
 * worker threads together, each a sound device that authenticates, written
 * as `issueDevice` writes one.
 */
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { authenticateDevice } from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCertificationOffice, issueDevices, PkiSimError } from "../src/index.ts";

let root: string;
const office = createCertificationOffice();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-issue-devices-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const targets = (name: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    pcId: `SEC-${String(i).padStart(4, "0")}`,
    dir: join(root, name, `SEC-${i}`, "device"),
  }));

describe("issueDevices", () => {
  it("issues with a worker thread as well: every device, in order, each one sound", async () => {
    const wanted = targets("pool", 700);
    const seen: number[] = [];
    const devices = await issueDevices(office, wanted, {
      workers: 1,
      onProgress: (done) => seen.push(done),
    });
    expect(devices.map((d) => d.pcId)).toEqual(wanted.map((t) => t.pcId));
    expect(new Set(devices.map((d) => d.serialNumber)).size).toBe(wanted.length);
    expect(seen.at(-1)).toBe(wanted.length);
    for (const device of [devices[0], devices[350], devices[699]]) {
      const result = await authenticateDevice(device?.dir as string);
      expect(result.ok && result.device.serialNumber).toBe(device?.serialNumber);
    }
    const key = await stat(join(devices[699]?.dir as string, "device.key"));
    expect(key.mode & 0o777).toBe(0o600);
  });

  it("issues on the calling thread alone with workers: 0, carrying the office's CRL", async () => {
    const revoking = createCertificationOffice();
    revoking.revoke("0b");
    const devices = await issueDevices(revoking, targets("alone", 3), { workers: 0 });
    expect(devices).toHaveLength(3);
    const crl = await readFile(join(devices[2]?.dir as string, "crl.pem"), "latin1");
    expect(crl).toContain("BEGIN X509 CRL");
    expect((await authenticateDevice(devices[2]?.dir as string)).ok).toBe(true);
  });

  it("refuses a bad PC ID or worker count before writing anything (PKI_ERR_INVALID_OPTION)", async () => {
    const bad = [...targets("bad", 2), { pcId: "no spaces", dir: join(root, "bad", "x") }];
    await expect(issueDevices(office, bad)).rejects.toThrow(PkiSimError);
    await expect(stat(join(root, "bad"))).rejects.toMatchObject({ code: "ENOENT" });
    await expect(issueDevices(office, [], { workers: -1 })).rejects.toMatchObject({
      code: "PKI_ERR_INVALID_OPTION",
    });
  });

  it("rejects when a device cannot be written", async () => {
    const blocked = join(root, "blocked");
    await issueDevices(office, [{ pcId: "SEC-0", dir: blocked }], { workers: 0 });
    const under = Array.from({ length: 600 }, (_, i) => ({
      pcId: `SEC-${i}`,
      dir: join(blocked, "device.crt", `pc-${i}`),
    }));
    await expect(issueDevices(office, under, { workers: 1 })).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});
