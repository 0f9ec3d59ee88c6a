// "A database that is down": the manager keeps running and answering. The
// admin API answers 503 with the seed's DPT002-E text, a PC that connects
// is told to come back later (close 1013) rather than dropped with a
// server error, and once the database is back both work again, without a
// restart and with nothing lost.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueDevice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { CloseCode, v1 } from "@patchcast/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminClient } from "../src/cli/api-client.ts";
import { resolveTestServer } from "../src/db/test-server.ts";
import { type RunningManager, startManager } from "../src/server/start-manager.ts";
import { startTcpRelay, type TcpRelay } from "./tcp-relay.ts";
import { connectPc } from "./test-pc.ts";

const server = await resolveTestServer();
if (process.env.CI && !server) throw new Error("CI runs this suite on PATCHCAST_TEST_DATABASE_URL");
const PASSWORD = "database down password";

describe.runIf(server)("the database goes down while the manager runs [server]", () => {
  const office = createCertificationOffice();
  let work = "";
  let relay: TcpRelay;
  let manager: RunningManager;
  const schema = `pc_test_down_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    const target = new URL(await (server as NonNullable<typeof server>).url());
    relay = await startTcpRelay({ host: target.hostname, port: Number(target.port || 5432) });
    const viaRelay = new URL(target);
    viaRelay.host = `127.0.0.1:${relay.port}`;
    work = await mkdtemp(join(tmpdir(), "patchcast-db-down-"));
    await writeManagerCredential(join(work, "pki"), issueManagerCredential(office));
    manager = await startManager({
      dataDir: work,
      port: 0,
      databaseUrl: viaRelay.toString(),
      databaseSchema: schema,
      adminPassword: PASSWORD,
    });
  }, 60_000);
  afterAll(async () => {
    await manager?.close();
    await relay?.close();
    const cleanup = await import("pg");
    const client = new cleanup.default.Client({ connectionString: await server?.url() });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
    await rm(work, { recursive: true, force: true });
  });

  it("answers 503 with DPT002-E and asks PCs to come back, then serves again", async () => {
    const api = createAdminClient({
      baseUrl: manager.url,
      credentials: { id: "admin", password: async () => PASSWORD },
    });
    await api.call("POST", "/groups", { name: "before-the-outage" });
    const pc1 = await connectPc(
      manager.url,
      issueDevice(office, { dir: join(work, "pc1"), pcId: "SEC-DOWN-1" }),
    );
    expect((await pc1.authResult).ok).toBe(true);

    relay.down();
    // Every call needs the database (even checking the token): 503 and the seed's text.
    const refused = await api.call("GET", "/groups").catch((error: unknown) => error);
    expect(refused).toMatchObject({
      body: {
        statusCode: 503,
        code: "PC_MGR_DB_CONNECT",
        message: expect.stringMatching(/^Database connection failed\. Reason: /),
      },
    });

    const device2 = issueDevice(office, { dir: join(work, "pc2"), pcId: "SEC-DOWN-2" });
    const pc2 = await connectPc(manager.url, device2);
    expect(await pc2.closed).toEqual({
      code: CloseCode.TRY_AGAIN_LATER,
      reason: "database unavailable; try again later",
    });

    relay.up();
    await expect
      .poll(
        async () =>
          (
            await api.call<{ groups: { name: string }[] }>("GET", "/groups").catch(() => null)
          )?.groups.map((g) => g.name),
        { timeout: 15_000, interval: 250 },
      )
      .toEqual(["before-the-outage"]);
    const again = await connectPc(manager.url, device2);
    expect((await again.authResult).ok).toBe(true);
    await again.close();
    await pc1.close().catch(() => undefined);
    await api.logout();
  }, 60_000);

  it("closes a connection whose report could not be stored, so that the PC sends it again", async () => {
    const pc = await connectPc(
      manager.url,
      issueDevice(office, { dir: join(work, "pc3"), pcId: "SEC-DOWN-3" }),
    );
    expect((await pc.authResult).ok).toBe(true);
    // Answered after what the manager does once it has authenticated a PC (its offers looked up).
    await pc.ping();
    relay.down();
    try {
      // Never acknowledged: the agent keeps it, and resends what it holds once authenticated again.
      const acked = pc.report("1", v1.JobState.JOB_STATE_RECEIVED).then(() => "acked");
      expect(await Promise.race([acked, pc.closed])).toEqual({
        code: CloseCode.TRY_AGAIN_LATER,
        reason: "a report could not be stored; send it again later",
      });
    } finally {
      relay.up();
    }
  }, 30_000);
});
