// The runtime's life (README "Library: one PC in-process"): stop() ends it
// whatever the connect loop is doing, here while the Hello is being made
// (its installed-updates inventory read). The real agent runtime against a
// scripted manager (__fixtures__/scripted-manager.ts).
import { expect, it } from "vitest";
import type { Installer } from "../installer/installer.ts";
import { createSimulatedInstaller } from "../installer/simulated-installer.ts";
import {
  newPc,
  serveWhole,
  startManager,
  useScriptedManagers,
  WAIT_MS,
} from "./__fixtures__/scripted-manager.ts";
import { createAgent } from "./create-agent.ts";

useScriptedManagers();

/**
 * The simulated installer, whose inventory is held from its `held`-th read
 * on (the first is the start's) until `release`.
 */
function installerHeldAt(stateDir: string, held: number) {
  const simulated = createSimulatedInstaller({ stateDir, durable: false });
  let reads = 0;
  let reached: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => {
    reached = resolve;
  });
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const installer: Installer = {
    async inventory() {
      reads += 1;
      if (reads >= held) {
        reached();
        await gate;
      }
      return simulated.inventory();
    },
    install: (request) => simulated.install(request),
  };
  return { installer, holding, release };
}

it("an agent stopped while its Hello is made opens no connection, and stop() resolves", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  const held = installerHeldAt(pc.stateDir, 2);
  const agent = createAgent(pc.options(manager.url, false, { installer: held.installer }));
  await agent.start();
  // The connect loop is making its first Hello.
  await held.holding;

  const stopping = agent.stop();
  held.release();
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    stopping.then(() => "stopped"),
    new Promise((resolve) => {
      timer = setTimeout(resolve, WAIT_MS, "still stopping");
    }),
  ]);
  clearTimeout(timer);
  expect(outcome).toBe("stopped");
  expect(await agent.ended).toEqual({ reason: "stopped" });
  expect(pc.events).not.toContainEqual({ type: "connection", state: "authenticated" });
});
