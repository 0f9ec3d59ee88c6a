// Stopping the manager while a client holds a connection on which it never
// sends a request: the manager still stops, cutting that connection after
// its grace, where before it waited for ever.

import { EventEmitter } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { afterEach, describe, expect, it } from "vitest";
import { embeddedDatabasePath } from "../db/embedded-database.ts";
import { closeApp } from "./close-app.ts";
import { runStartCommand } from "./start-command.ts";
import { startManager } from "./start-manager.ts";

let work = "";
const newWork = async () => {
  work = await mkdtemp(join(tmpdir(), "patchcast-close-"));
  await writeManagerCredential(
    join(work, "pki"),
    issueManagerCredential(createCertificationOffice()),
  );
};
/** A client connected to the manager that never sends a byte. */
const silentClient = async (port: number) => {
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => undefined);
  await new Promise((resolve) => socket.once("connect", resolve));
  return socket;
};
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("closing the manager", () => {
  it("cuts a connection that never sent a request once the grace is over", async () => {
    await newWork();
    const manager = await startManager({
      dataDir: work,
      port: 0,
      adminPassword: "a long enough password",
      closeGraceMs: 200,
    });
    const silent = await silentClient(manager.port);
    const cut = new Promise((resolve) => silent.once("close", resolve));
    await manager.close();
    await cut;
    expect(silent.destroyed).toBe(true);
  }, 60_000);

  it("ends the process at a second signal while the first is still stopping", async () => {
    await newWork();
    const signals = new EventEmitter();
    const exits: number[] = [];
    let out = "";
    let err = "";
    const running = runStartCommand(["--data-dir", work, "--port", "0", "--log-level", "silent"], {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
      env: { PATCHCAST_ADMIN_PASSWORD: "a long enough password" },
      cwd: work,
      signals: signals as unknown as Pick<NodeJS.Process, "on" | "off">,
      exit: (code) => exits.push(code),
    });
    const listening = () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
    await expect.poll(listening, { timeout: 30_000 }).toBeTruthy();
    const port = Number(listening());
    const silent = await silentClient(port);
    signals.emit("SIGTERM");
    signals.emit("SIGTERM");
    expect(await running).toBe(1);
    expect(exits).toEqual([1]);
    expect(err).toContain("SIGTERM again: stopping at once");
    // The first stop goes on: it ends once the silent client goes.
    silent.destroy();
    await expect
      .poll(() => existsSync(`${embeddedDatabasePath(work)}.lock`), { timeout: 15_000 })
      .toBe(false);
  }, 60_000);

  it("leaves requests in progress their grace: nothing is cut when the app closes in time", async () => {
    const cuts: string[] = [];
    const timers: { fn: () => void; cleared: boolean }[] = [];
    let finish: () => void = () => undefined;
    const app = {
      server: { closeAllConnections: () => cuts.push("cut") },
      close: () => new Promise<void>((resolve) => (finish = resolve)),
    };
    const closing = closeApp(app, 5_000, {
      setTimeout: (fn) => {
        timers.push({ fn, cleared: false });
        return timers.length - 1;
      },
      clearTimeout: (handle) => {
        (timers[handle as number] as { cleared: boolean }).cleared = true;
      },
    });
    finish();
    await closing;
    expect(cuts).toEqual([]);
    expect(timers.map((t) => t.cleared)).toEqual([true]);
  });
});
