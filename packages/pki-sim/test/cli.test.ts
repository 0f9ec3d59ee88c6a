/** patchcast-pki from the command line (contract §1): --help, bad arguments, a whole office. */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { authenticateDevice } from "@patchcast/protocol/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCertificationOffice, saveOffice } from "../src/index.ts";

const BIN = new URL("../bin/patchcast-pki.js", import.meta.url).pathname;

function pki(...args: string[]) {
  return pkiWith({}, ...args);
}

function pkiWith(env: Record<string, string>, ...args: string[]) {
  return pkiIn(tmpdir(), env, ...args);
}

function pkiIn(cwd: string, env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(BIN, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATCHCAST_PKI_OFFICE: "", PATCHCAST_PKI_CONFIG: "", ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-pki-cli-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("patchcast-pki", () => {
  it("--help prints the usage and exits 0", () => {
    const run = pki("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: patchcast-pki <command>");
    expect(run.stdout).toContain("faults");
  });

  it.each([
    [["bogus"], "PKI_ERR_UNKNOWN_COMMAND"],
    [["init", "--wat"], "PKI_ERR_USAGE"],
    [["init"], "PKI_ERR_USAGE"],
    [
      ["issue", "--office", "/nonexistent", "--out", "/tmp/x", "--count", "x"],
      "PKI_ERR_OFFICE_NOT_FOUND",
    ],
  ])("%j fails with one clear line (%s)", (args, code) => {
    const run = pki(...args);
    expect(run.status).toBe(code === "PKI_ERR_OFFICE_NOT_FOUND" ? 1 : 2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(code);
  });

  it("init, issue, issue with a fault, revoke, manager: each device authenticates as expected", async () => {
    const office = join(root, "office");
    expect(pki("init", "--office", office, "--intermediate").status).toBe(0);
    expect(pki("init", "--office", office).stderr).toContain("PKI_ERR_OFFICE_EXISTS");

    const good = join(root, "good");
    expect(pki("issue", "--office", office, "--out", good, "--pc-id", "pc-0001").status).toBe(0);
    const ok = await authenticateDevice(good);
    expect(ok.ok && ok.device.pcId).toBe("pc-0001");
    expect((await stat(join(good, "device.key"))).mode & 0o777).toBe(0o600);

    const expired = join(root, "expired");
    const faulty = pki("issue", "--office", office, "--out", expired, "--fault", "expired");
    expect(faulty.stdout).toContain("expect 300097078500");
    expect(await authenticateDevice(expired)).toMatchObject({ code: "300097078500" });

    expect(pki("issue", "--office", office, "--out", good, "--fault", "nope").status).toBe(2);

    expect(pki("revoke", "--office", office, "--device", good).status).toBe(0);
    expect(await authenticateDevice(good)).toMatchObject({ code: "300097078400" });

    const manager = join(root, "manager");
    expect(pki("manager", "--office", office, "--out", manager).status).toBe(0);
    expect(await readFile(join(manager, "manager.crt"), "latin1")).toContain("BEGIN CERTIFICATE");

    const fleet = join(root, "fleet");
    expect(pki("issue", "--office", office, "--out", fleet, "--count", "3").status).toBe(0);
    expect((await authenticateDevice(join(fleet, "pc-00003"))).ok).toBe(true);
  });

  it("issue with several --fault: prints the code the device really gives, or refuses a contradiction up front (PKI_ERR_FAULT_CONFLICT, exit 2)", async () => {
    const office = join(root, "office-combined");
    saveOffice(office, createCertificationOffice());
    const readable = join(root, "readable-mismatch");
    const run = pki(
      ...["issue", "--office", office, "--out", readable],
      ...["--fault", "key-readable", "--fault", "key-mismatch"],
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("expect 300097079100");
    expect(await authenticateDevice(readable)).toMatchObject({ code: "300097079100" });
    for (const [a, b] of [
      ["expired", "corrupt-certificate"],
      ["expired", "not-yet-valid"],
      ["unreadable-certificate", "missing-certificate"],
    ] as const) {
      const out = join(root, `${a}-${b}`);
      const refused = pki("issue", "--office", office, "--out", out, "--fault", a, "--fault", b);
      expect(refused.status).toBe(2);
      expect(refused.stderr.trim().split("\n")).toHaveLength(1);
      expect(refused.stderr).toContain(`PKI_ERR_FAULT_CONFLICT: faults "${a}" and "${b}"`);
      await expect(stat(out)).rejects.toThrow(/ENOENT/);
    }
  });

  it("takes the office from --office, then PATCHCAST_PKI_OFFICE, then the config file", async () => {
    const office = join(root, "office-by-config");
    const config = join(root, "pki.json");
    await writeFile(config, JSON.stringify({ office }));
    expect(pki("init", "--config", config).status).toBe(0);
    const byFile = join(root, "by-file");
    const issued = pkiWith({ PATCHCAST_PKI_CONFIG: config }, "issue", "--out", byFile);
    expect(issued.status).toBe(0);
    expect((await authenticateDevice(byFile)).ok).toBe(true);
    // The variable wins over the file, and the flag over both.
    const elsewhere = pkiWith(
      { PATCHCAST_PKI_CONFIG: config, PATCHCAST_PKI_OFFICE: join(root, "no-office") },
      "issue",
      "--out",
      join(root, "x"),
    );
    expect(elsewhere.stderr).toContain("PKI_ERR_OFFICE_NOT_FOUND");
    const flag = pkiWith(
      { PATCHCAST_PKI_CONFIG: config, PATCHCAST_PKI_OFFICE: join(root, "no-office") },
      ...["issue", "--office", office, "--out", join(root, "by-flag")],
    );
    expect(flag.status).toBe(0);
  });

  it("takes a relative office in the config file from the file's directory, of a flag or variable from the working one", async () => {
    const base = join(root, "relative");
    const etc = join(base, "etc");
    await mkdir(etc, { recursive: true });
    await writeFile(join(etc, "pki.json"), JSON.stringify({ office: "office" }));
    const init = pkiIn(base, {}, "init", "--config", "etc/pki.json");
    expect(init.status).toBe(0);
    expect(init.stdout).toContain(`in ${join(etc, "office")} `);
    await stat(join(etc, "office", "ca.crt"));
    const env = { PATCHCAST_PKI_CONFIG: join(etc, "pki.json") };
    expect(pkiIn(base, env, "init", "--office", "office").status).toBe(0);
    await stat(join(base, "office", "ca.crt"));
    expect(pkiIn(base, { ...env, PATCHCAST_PKI_OFFICE: "office2" }, "init").status).toBe(0);
    await stat(join(base, "office2", "ca.crt"));
  });

  it("refuses a config file it cannot use, in one line (PKI_ERR_CONFIG, exit 2)", async () => {
    const bad = join(root, "bad.json");
    await writeFile(bad, JSON.stringify({ office: "x", colour: "blue" }));
    const run = pki("init", "--config", bad);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `patchcast-pki: PKI_ERR_CONFIG: config file ${bad}: unknown key "colour" (known: office)`,
    );
    const missing = pki("init", "--config", join(root, "none.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("PKI_ERR_CONFIG");
  });
});
