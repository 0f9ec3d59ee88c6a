// Contract §1 for patchcast-fleet: each setting from its flag, then its
// PATCHCAST_* variable, then the config file; a bad one is one clear error.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentError } from "../errors.ts";
import { fleetSettings } from "./fleet-command.ts";

let dir = "";
let config = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-fleet-settings-"));
  config = join(dir, "fleet.json");
  await writeFile(
    config,
    JSON.stringify({
      manager: "ws://file.example:8080",
      office: "office-from-file",
      count: 40,
      faults: ["expired=10", "revoked=5"],
      confirm: "no",
      seed: 7,
      sourceAddresses: ["127.0.0.2", "127.0.0.3"],
      untilSettled: true,
      timeout: "90",
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as AgentError;
  }
  throw new Error("expected a failure");
};

describe("patchcast-fleet settings", () => {
  it("takes them from the config file", () => {
    const settings = fleetSettings(["--config", config], { env: {}, cwd: dir });
    expect(settings).toMatchObject({
      manager: "ws://file.example:8080",
      office: join(dir, "office-from-file"),
      count: 40,
      faults: [
        { kind: "expired", percent: 10 },
        { kind: "revoked", percent: 5 },
      ],
      confirm: "no",
      seed: 7,
      sourceAddresses: ["127.0.0.2", "127.0.0.3"],
      untilSettled: true,
      registerFirst: false,
      timeoutMs: 90_000,
    });
  });

  it("takes an empty work directory in the config file for the default one", async () => {
    const empty = join(dir, "empty-work-dir.json");
    await writeFile(
      empty,
      JSON.stringify({ manager: "ws://m:1", office: "o", count: 1, workDir: "" }),
    );
    const elsewhere = join(dir, "elsewhere");
    expect(fleetSettings(["--config", empty], { env: {}, cwd: elsewhere })?.workDir).toBe(
      join(elsewhere, "patchcast-fleet"),
    );
  });

  it("flags win over the environment, which wins over the config file", () => {
    const env = {
      PATCHCAST_FLEET_CONFIG: config,
      PATCHCAST_FLEET_COUNT: "30",
      PATCHCAST_MANAGER: "ws://env.example:8080",
      PATCHCAST_FLEET_FAULTS: "missing-ca=20",
      PATCHCAST_FLEET_UNTIL_SETTLED: "false",
    };
    const settings = fleetSettings(["--count", "25", "--fault", "expired=1"], { env, cwd: dir });
    expect(settings).toMatchObject({
      manager: "ws://env.example:8080",
      count: 25,
      faults: [{ kind: "expired", percent: 1 }],
      untilSettled: false,
      seed: 7,
    });
    expect(fleetSettings([], { env, cwd: dir })).toMatchObject({
      count: 30,
      faults: [{ kind: "missing-ca", percent: 20 }],
    });
  });

  it("takes a relative path in the config file from the file's directory, of a flag or variable from the working one", async () => {
    await mkdir(join(dir, "conf"), { recursive: true });
    const file = join(dir, "conf", "fleet.json");
    await writeFile(
      file,
      JSON.stringify({
        manager: "ws://file.example:8080",
        office: "office",
        count: 3,
        workDir: "../work",
        ca: "ca.pem",
        prefix: "pc",
      }),
    );
    const cwd = join(dir, "elsewhere");
    expect(fleetSettings(["--config", "../conf/fleet.json"], { env: {}, cwd })).toMatchObject({
      office: join(dir, "conf", "office"),
      workDir: join(dir, "work"),
      ca: join(dir, "conf", "ca.pem"),
      prefix: "pc",
    });
    const env = { PATCHCAST_FLEET_CONFIG: file, PATCHCAST_OFFICE: "office" };
    expect(fleetSettings(["--work-dir", "work", "--ca", "ca.pem"], { env, cwd })).toMatchObject({
      office: join(cwd, "office"),
      workDir: join(cwd, "work"),
      ca: join(cwd, "ca.pem"),
    });
  });

  it("says what is missing, and where it could come from", () => {
    const error = failure(() => fleetSettings(["--manager", "ws://m:1"], { env: {}, cwd: dir }));
    expect(error.code).toBe("AGENT_ERR_USAGE");
    expect(error.message).toBe(
      '--office is required (or PATCHCAST_OFFICE, or "office" in the config file)',
    );
  });

  it("refuses a config file with an unknown key or a value of the wrong kind (AGENT_ERR_CONFIG)", async () => {
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ count: 5, colour: "blue" }));
    const unknown = failure(() => fleetSettings(["--config", bad], { env: {}, cwd: dir }));
    expect(unknown.code).toBe("AGENT_ERR_CONFIG");
    expect(unknown.message).toMatch(/unknown key "colour" \(known: manager, office, count/);
    await writeFile(bad, JSON.stringify({ untilSettled: "yes" }));
    expect(failure(() => fleetSettings(["--config", bad], { env: {}, cwd: dir })).message).toBe(
      `config file ${bad}: "untilSettled" must be true or false`,
    );
    await writeFile(bad, JSON.stringify({ faults: "expired=10" }));
    expect(failure(() => fleetSettings(["--config", bad], { env: {}, cwd: dir })).message).toBe(
      `config file ${bad}: "faults" must be a list of strings`,
    );
  });

  it("refuses a switch in the environment that is neither true nor false", () => {
    const env = { PATCHCAST_FLEET_CONFIG: config, PATCHCAST_FLEET_REGISTER_FIRST: "maybe" };
    expect(failure(() => fleetSettings([], { env, cwd: dir })).message).toBe(
      'PATCHCAST_FLEET_REGISTER_FIRST must be true or false: got "maybe"',
    );
  });
});
