/**
 * Contract §3, the authentication device on disk: device files that are not
 * regular files are refused without being read, and the bytes read stay
 * within the memory budget.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestOffice,
  type TestLeaf,
  type TestOffice,
  writeTestDevice,
} from "../__fixtures__/office.ts";
import { MaintenanceCode } from "../maintenance-codes.ts";
import { authenticateDevice } from "./authenticate-device.ts";
import {
  AUTHENTICATION_BASE_MEMORY_BYTES,
  createDeviceReader,
  DeviceFile,
  type DeviceFileName,
} from "./device-files.ts";

const C = MaintenanceCode;

let root: string;
let office: TestOffice;
let device: TestLeaf;
let count = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "patchcast-device-files-"));
  office = createTestOffice();
  device = office.issue({ commonName: "pc-0001", extendedKeyUsage: ["clientAuth"] });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A sound device directory, with `name` replaced by `make(path)` when given. */
function deviceWith(name?: DeviceFileName, make?: (path: string) => void): string {
  count += 1;
  const dir = join(root, `device-${count}`);
  writeTestDevice(dir, office, device);
  if (name && make) {
    rmSync(join(dir, name), { force: true });
    make(join(dir, name));
  }
  return dir;
}

const fifo = (path: string) => {
  execFileSync("mkfifo", ["-m", "0600", path]);
};
const devZero = (path: string) => symlinkSync("/dev/zero", path);

describe("device files that are not regular files (contract §3)", () => {
  it("a sound device authenticates, also with its files behind symbolic links", async () => {
    expect(await authenticateDevice(deviceWith())).toMatchObject({ ok: true });
    const dir = deviceWith();
    for (const name of [DeviceFile.CA, DeviceFile.CERTIFICATE, DeviceFile.KEY]) {
      renameSync(join(dir, name), join(dir, `real-${name}`));
      symlinkSync(`real-${name}`, join(dir, name));
    }
    expect(await authenticateDevice(dir)).toMatchObject({ ok: true });
  });

  const kinds = [
    { kind: "a FIFO", how: "a FIFO", make: fifo },
    { kind: "a character device", how: "a link to /dev/zero", make: devZero },
  ];
  const codes = [
    { file: DeviceFile.CA, code: C.AUTH_NO_CA_CERTIFICATE },
    { file: DeviceFile.CERTIFICATE, code: C.AUTH_INVALID_CERTIFICATE },
    { file: DeviceFile.KEY, code: C.AUTH_INVALID_CERTIFICATE },
  ];
  for (const { kind, how, make } of kinds) {
    for (const { file, code } of codes) {
      it(`${file} that is ${how} is ${code}, and is not read`, async () => {
        expect(await authenticateDevice(deviceWith(file, make))).toMatchObject({
          code,
          detail: `${file} is ${kind}, not a regular file: it is not read`,
        });
      });
    }
  }

  it("a crl.pem that is a FIFO is 8400 at the revocation check, after 8300 (first failure wins)", async () => {
    const dir = deviceWith(DeviceFile.CRL, fifo);
    expect(await authenticateDevice(dir)).toMatchObject({
      code: C.AUTH_INVALID_CERTIFICATE,
      detail: expect.stringContaining("cannot be checked for revocation"),
    });
    rmSync(join(dir, DeviceFile.CERTIFICATE));
    expect(await authenticateDevice(dir)).toMatchObject({ code: C.AUTH_NO_CERTIFICATE });
  });

  it("ca.crt absent wins over a device.crt that is a FIFO: 8600 before 8400", async () => {
    const dir = deviceWith(DeviceFile.CERTIFICATE, fifo);
    rmSync(join(dir, DeviceFile.CA));
    expect(await authenticateDevice(dir)).toMatchObject({
      code: C.AUTH_NO_CA_CERTIFICATE,
      detail: "ca.crt is absent",
    });
  });
});

describe("the bytes read stay within the memory budget (contract §3, 8200)", () => {
  const budgetFor = (bytes: number) => AUTHENTICATION_BASE_MEMORY_BYTES + 4 * bytes;

  it("reads files while they fit, all files together, and a file that grew past the budget is 8200", () => {
    const dir = join(root, "grown");
    writeTestDevice(dir, office, device);
    writeFileSync(join(dir, DeviceFile.CA), "a".repeat(600));
    writeFileSync(join(dir, DeviceFile.CERTIFICATE), "b".repeat(600));

    const roomy = createDeviceReader(dir, budgetFor(1_200));
    expect(roomy.read(DeviceFile.CA)).toEqual({ ok: true, text: "a".repeat(600) });
    expect(roomy.read(DeviceFile.CERTIFICATE)).toEqual({ ok: true, text: "b".repeat(600) });
    expect(roomy.read(DeviceFile.CRL)).toEqual({ ok: true, text: undefined });

    // measured at 600 + 600 bytes, then device.crt grew by one byte
    writeFileSync(join(dir, DeviceFile.CERTIFICATE), "b".repeat(601));
    const tight = createDeviceReader(dir, budgetFor(1_200));
    expect(tight.read(DeviceFile.CA)).toMatchObject({ ok: true });
    expect(tight.read(DeviceFile.CERTIFICATE)).toMatchObject({
      code: C.AUTH_MEMORY_SHORTAGE,
      detail: expect.stringContaining("device.crt grew to more than the 600 bytes left"),
    });
  });

  it("a device.crt of 3 MiB read with a budget for 1 MiB is 8200", () => {
    const dir = join(root, "large");
    writeTestDevice(dir, office, device);
    writeFileSync(join(dir, DeviceFile.CERTIFICATE), Buffer.alloc(3 * 1024 * 1024, 0x41));
    expect(
      createDeviceReader(dir, budgetFor(1024 * 1024)).read(DeviceFile.CERTIFICATE),
    ).toMatchObject({
      code: C.AUTH_MEMORY_SHORTAGE,
    });
  });
});
