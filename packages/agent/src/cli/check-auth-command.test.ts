/** patchcast-agent check-auth (contract §3): OK / code + cause + action, --json, exit 0/1/2. */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCertificationOffice, issueDevice, issueFaultyDevice } from "@patchcast/pki-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = new URL("../../bin/patchcast-agent.js", import.meta.url).pathname;

function agent(...args: string[]) {
  return agentWith({}, ...args);
}

function agentWith(env: Record<string, string>, ...args: string[]) {
  return agentIn(tmpdir(), env, ...args);
}

function agentIn(cwd: string, env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(BIN, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATCHCAST_DEVICE: "", PATCHCAST_CONFIG: "", ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let root: string;
let good: string;
let expired: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-check-auth-"));
  const office = createCertificationOffice();
  good = issueDevice(office, { dir: join(root, "good"), pcId: "pc-0001" }).dir;
  expired = (
    await issueFaultyDevice(office, {
      dir: join(root, "expired"),
      pcId: "pc-0002",
      faults: "expired",
    })
  ).dir;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("patchcast-agent check-auth", () => {
  it("--help works for the agent and for the command", () => {
    expect(agent("--help")).toMatchObject({
      status: 0,
      stdout: expect.stringContaining("check-auth --device DIR"),
    });
    expect(agent("check-auth", "--help")).toMatchObject({
      status: 0,
      stdout: expect.stringContaining("Exit status"),
    });
  });

  it("takes the device from --device, then PATCHCAST_DEVICE, then the agent's config file", async () => {
    const config = join(root, "agent.json");
    await writeFile(config, JSON.stringify({ manager: "ws://m.example:8080", device: good }));
    expect(agentWith({ PATCHCAST_CONFIG: config }, "check-auth")).toMatchObject({
      status: 0,
      stdout: "OK\n",
    });
    expect(
      agentWith({ PATCHCAST_CONFIG: config, PATCHCAST_DEVICE: expired }, "check-auth"),
    ).toMatchObject({
      status: 1,
    });
    expect(
      agentWith({ PATCHCAST_DEVICE: expired }, "check-auth", "--config", config, "--device", good),
    ).toMatchObject({ status: 0 });
    const missing = agent("check-auth");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('or "device" in the config file');
  });

  it("takes a relative device in the config file from the file's directory, of a flag from the working one", async () => {
    await mkdir(join(root, "etc"), { recursive: true });
    const config = join(root, "etc", "agent.json");
    await writeFile(config, JSON.stringify({ device: "../good" }));
    expect(agentWith({ PATCHCAST_CONFIG: config }, "check-auth")).toMatchObject({
      status: 0,
      stdout: "OK\n",
    });
    expect(
      agentIn(root, {}, "check-auth", "--config", "etc/agent.json", "--device", "good"),
    ).toMatchObject({
      status: 0,
      stdout: "OK\n",
    });
  });

  it("prints OK and exits 0 for a sound device", () => {
    expect(agent("check-auth", "--device", good)).toMatchObject({ status: 0, stdout: "OK\n" });
  });

  it("prints the code, its cause and its action on one line each and exits 1", () => {
    const run = agent("check-auth", "--device", expired);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      "300097078500",
      "The certification of the authentication device has expired.",
      "Issue a new certification.",
    ]);
    expect(run.stderr).toContain("expired on");
  });

  it("--json prints one JSON object", () => {
    const bad = agent("check-auth", "--device", expired, "--json");
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      ok: false,
      code: "300097078500",
      cause: "The certification of the authentication device has expired.",
      action: "Issue a new certification.",
    });
    const ok = agent("check-auth", "--device", good, "--json");
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, pcId: "pc-0001" });
  });

  it.each([
    [["check-auth"]],
    [["check-auth", "--device"]],
    [["check-auth", "--bogus", "x"]],
    [["bogus"]],
    [[]],
  ])("%j exits 2 with one line", ([...args]) => {
    const run = agent(...args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
