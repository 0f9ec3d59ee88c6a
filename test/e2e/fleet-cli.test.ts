// patchcast-fleet as an administrator runs it: the real bin against a real
// manager, with the certification office on disk as `patchcast-pki init`
// leaves it. It prints its start-up times and, once every PC has settled,
// the table of states and codes, and exits 0.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { saveOffice } from "@patchcast/pki-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Rig, startRig } from "./agent/manager-rig.ts";

const BIN = fileURLToPath(new URL("../../packages/agent/bin/patchcast-fleet.js", import.meta.url));

function runFleet(args: readonly string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe("patchcast-fleet", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    saveOffice(join(rig.work, "office"), rig.office);
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("runs until every PC has settled, then prints the table of states and codes", async () => {
    const fleet = runFleet([
      ...["--manager", rig.manager.agentUrl, "--office", join(rig.work, "office")],
      ...["--count", "20", "--fault", "expired=10", "--prefix", "CLI", "--until-settled"],
      ...["--work-dir", join(rig.work, "cli-fleet"), "--timeout", "90"],
    ]);
    await expect.poll(() => rig.manager.endpoint.onlineCount, { timeout: 60_000 }).toBe(18);
    const pkg = await rig.publish(Buffer.alloc(10_000, 1));
    const sound = Array.from({ length: 20 }, (_, i) => `CLI-${String(i + 1).padStart(5, "0")}`);
    const online = (
      await Promise.all(sound.map((id) => rig.services.clients.getClient(id).catch(() => null)))
    )
      .filter((client) => client !== null && client.lastAuthCode === null)
      .map((client) => client?.pcId as string);
    expect(online).toHaveLength(18);
    await rig.execute(online, pkg.id);

    expect(await fleet.exited).toBe(0);
    const { stdout } = fleet.output();
    expect(stdout).toMatch(/^20 PCs: certificates in \d+\.\d s, agents started in \d+\.\d s$/m);
    expect(stdout).toMatch(/^completed +18$/m);
    expect(stdout).toMatch(
      /^auth-failed +300097078500 +2 +The certification of the authentication device has expired\.$/m,
    );
    expect(stdout).toMatch(/ended as planned$/m);
  }, 150_000);

  it("says what is wrong with its arguments in one line, exit code 2", async () => {
    const fleet = runFleet([
      "--manager",
      "ws://127.0.0.1:1",
      "--count",
      "10",
      "--office",
      "x",
      "--fault",
      "melted=5",
    ]);
    expect(await fleet.exited).toBe(2);
    expect(fleet.output().stderr).toMatch(
      /^patchcast-fleet: AGENT_ERR_USAGE: --fault: unknown kind "melted"/,
    );
    expect(fleet.output().stderr.trim().split("\n")).toHaveLength(1);
  });
});
