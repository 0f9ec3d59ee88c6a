// Contract §1: every bin reads "its settings from flags, then environment
// (PATCHCAST_*), then a config file", and a bad argument is one clear error
// with exit status 2.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentError } from "../errors.ts";
import { resolveRunSettings } from "./run-settings.ts";

let dir: string;
let config: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-agent-settings-"));
  config = join(dir, "agent.json");
  await writeFile(
    config,
    JSON.stringify({
      manager: "ws://file:1",
      device: "/file/device",
      stateDir: "/file/state",
      confirm: "yes",
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const base = ["--manager", "ws://127.0.0.1:8080", "--device", "/d", "--state-dir", "/s"];
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
};

describe("resolveRunSettings", () => {
  it("defaults: ask on a terminal, no otherwise; security PC; the agent re-executes itself", () => {
    expect(resolveRunSettings(base, {}, true)).toMatchObject({
      confirm: "ask",
      role: "security-pc",
      restart: { kind: "self" },
      logLevel: "info",
    });
    expect(resolveRunSettings(base, {}, false)?.confirm).toBe("no");
  });

  it("flags win over the environment, which wins over the config file", () => {
    const env = { PATCHCAST_CONFIG: config, PATCHCAST_DEVICE: "/env/device" };
    expect(resolveRunSettings(["--state-dir", "/flag/state"], env, false)).toMatchObject({
      manager: "ws://file:1",
      device: "/env/device",
      stateDir: "/flag/state",
      confirm: "yes",
    });
  });

  it("takes an install time limit and a memory budget for the device check", () => {
    const env = { PATCHCAST_AUTH_MEMORY_BUDGET: "4096" };
    expect(resolveRunSettings([...base, "--install-timeout", "60"], env, false)).toMatchObject({
      installTimeoutMs: 60_000,
      authMemoryBudgetBytes: 4096,
    });
    expect(resolveRunSettings(base, {}, false)).not.toHaveProperty("installTimeoutMs");
  });

  it("--restart-command: exit, or a shell command", () => {
    expect(resolveRunSettings([...base, "--restart-command", "exit"], {}, false)?.restart).toEqual({
      kind: "exit",
    });
    expect(
      resolveRunSettings([...base, "--restart-command", "systemctl reboot"], {}, false)?.restart,
    ).toEqual({ kind: "command", command: "systemctl reboot" });
  });

  it.each([
    [["--device", "/d", "--state-dir", "/s"], /--manager is required/],
    [[...base, "--confirm", "maybe"], /--confirm must be one of ask, yes, no: got "maybe"/],
    [[...base, "--role", "laptop"], /--role must be one of/],
    [[...base, "--install-timeout", "0"], /--install-timeout must be a whole number of 1 or more/],
    [
      [...base, "--install-timeout", "2592000"],
      /--install-timeout must be at most 2147483 seconds/,
    ],
    [[...base, "--auth-memory-budget", "lots"], /--auth-memory-budget must be a whole number/],
    [[...base, "--bogus"], /bogus/],
    [["--manager", "ftp://x", "--device", "/d", "--state-dir", "/s"], /--manager: .*ws/],
  ])("%j is AGENT_ERR_USAGE (exit 2)", (args, message) => {
    const error = failure(() => resolveRunSettings(args, {}, false));
    expect(error).toBeInstanceOf(AgentError);
    expect(error).toMatchObject({ code: "AGENT_ERR_USAGE", exitCode: 2 });
    expect((error as Error).message).toMatch(message);
  });

  it("takes a relative path in the config file from the file's directory, not one of a flag or variable", async () => {
    const file = join(dir, "relative.json");
    await writeFile(
      file,
      JSON.stringify({
        manager: "ws://file:1",
        device: "device",
        stateDir: "../state",
        restartCommand: "./reboot.sh",
      }),
    );
    // The working directory is not the file's; a relative --config is taken from it.
    expect(process.cwd()).not.toBe(dir);
    expect(
      resolveRunSettings(["--config", relative(process.cwd(), file)], {}, false),
    ).toMatchObject({
      manager: "ws://file:1",
      device: join(dir, "device"),
      stateDir: join(dir, "..", "state"),
      restart: { kind: "command", command: "./reboot.sh" },
    });
    const env = { PATCHCAST_CONFIG: file, PATCHCAST_STATE_DIR: "state" };
    expect(resolveRunSettings(["--device", "device"], env, false)).toMatchObject({
      device: "device",
      stateDir: "state",
    });
  });

  it("a config file with an unknown key is AGENT_ERR_CONFIG (exit 2)", async () => {
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ manger: "ws://x:1" }));
    const error = failure(() => resolveRunSettings([...base, "--config", bad], {}, false));
    expect(error).toMatchObject({ code: "AGENT_ERR_CONFIG", exitCode: 2 });
    expect((error as Error).message).toContain('unknown key "manger"');
  });
});
