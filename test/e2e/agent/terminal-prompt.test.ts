// Issue 5 must-show: "The prompt on a real terminal accepts Yes and No".
// The real bin runs on a pseudo-terminal (util-linux `script`) with no
// --confirm, so the terminal default (ask) applies. Seed 001: No keeps the
// job pending and the prompt comes back at the next start; Yes restarts
// the agent (it re-executes itself, the default), which then downloads and
// installs without asking again.
import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { makePc } from "./agent-harness.ts";
import { agentPid, spawnAgentOnTerminal } from "./agent-process.ts";
import { useRig } from "./manager-rig.ts";

const setup = useRig();

const PROMPT = /an update has been distributed: (DPT-\S+); restart now to install it\? Yes\/No/;

it("answers No, then Yes at the next start, on a real terminal", async () => {
  const pc = makePc(setup.rig, "SEC-TTY");
  const pkg = await setup.rig.publish(randomBytes(40_000));
  const args = [
    "--manager",
    setup.rig.manager.agentUrl,
    "--device",
    pc.deviceDir,
    "--state-dir",
    pc.stateDir,
  ];

  const first = spawnAgentOnTerminal(args);
  await first.waitFor(/authenticated with the manager/);
  const { executionId, wireJobId } = await setup.rig.execute([pc.pcId], pkg.id);
  const [, shown] = await first.waitFor(PROMPT);
  expect(pkg.packageCode).toBe(shown?.toUpperCase());
  first.write("n\r");
  await first.waitFor(/restart-confirm answer: No/);
  await expect
    .poll(async () => (await setup.rig.status(executionId, pc.pcId)).transitions.at(-1))
    .toMatchObject({ state: "awaiting_restart" });
  process.kill(await agentPid(first), "SIGTERM");
  expect(await first.exited).toBe(0);

  const second = spawnAgentOnTerminal(args);
  await second.waitFor(PROMPT);
  const bootPid = await agentPid(second);
  second.write("y\r");
  await second.waitFor(/restart-confirm answer: Yes/);
  await second.waitFor(new RegExp(`job ${wireJobId}: completed`));
  // The install ran in a new process: the agent executed itself again.
  expect(await agentPid(second, bootPid)).not.toBe(bootPid);
  expect(second.output().match(new RegExp(PROMPT, "g"))).toHaveLength(1);
  await expect
    .poll(async () => (await setup.rig.status(executionId, pc.pcId)).state)
    .toBe("completed");
  expect(await pc.installed()).toEqual([pkg.packageCode]);
  process.kill(bootPid, "SIGTERM");
  expect(await second.exited).toBe(0);
});
