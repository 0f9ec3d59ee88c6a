// Contract §1: `patchcast-agent` prints --help, exits 2 with one clear line
// on bad arguments; issue 5: a corrupted state file is a clear error (exit
// 4, which the systemd unit does not restart), not a crash loop.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN } from "./agent-process.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-agent-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const runArgs = (stateDir: string, confirm: string) => [
  "--manager",
  "ws://127.0.0.1:1",
  "--device",
  dir,
  "--state-dir",
  stateDir,
  "--confirm",
  confirm,
];

function agent(...args: string[]) {
  const run = spawnSync(BIN, args, {
    cwd: tmpdir(),
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("patchcast-agent run", () => {
  it("--help describes the run options", () => {
    const run = agent("run", "--help");
    expect(run.status).toBe(0);
    for (const flag of ["--manager", "--device", "--state-dir", "--confirm", "--restart-command"])
      expect(run.stdout).toContain(flag);
  });

  it("bad arguments: one line on stderr, exit 2", () => {
    const run = agent(...runArgs(dir, "maybe"));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      'patchcast-agent: AGENT_ERR_USAGE: --confirm must be one of ask, yes, no: got "maybe"',
    ]);
  });

  it("a corrupted agent.json stops the agent with AGENT_ERR_STATE_CORRUPT and exit 4", async () => {
    const state = join(dir, "state");
    await mkdir(state, { recursive: true });
    await writeFile(join(state, "agent.json"), "\u0000\u0000garbage");
    const run = agent(...runArgs(state, "no"));
    expect(run.status).toBe(4);
    expect(run.stderr).toContain(
      `patchcast-agent: AGENT_ERR_STATE_CORRUPT: ${join(state, "agent.json")} is not readable JSON`,
    );
  });
});
