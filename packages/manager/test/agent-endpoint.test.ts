// Contract §2 and §4, issue: manager. The /agent endpoint over real sockets,
// the real database (embedded and server) and real certificates: a job to a
// security-PC group is pushed and its offers verify, reports become status
// rows, a PC that connects later gets its pending job, a failed
// authentication is recorded with its code, the package downloads only for
// its destinations, and one PC's malformed frame disturbs none of 100 others.
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { issueFaultyDevice } from "@patchcast/pki-sim";
import {
  decodeJobOffer,
  encodeMessage,
  Limits,
  MaintenanceCode,
  PROTOCOL_VERSION,
  v1,
} from "@patchcast/protocol";
import { verifyOffer } from "@patchcast/protocol/auth";
import { afterAll, beforeAll, expect, it } from "vitest";
import { forEachDatabase } from "../src/db/testing.ts";
import { useServiceFixture } from "../src/services/testing.ts";
import { startTestManager, type TestManager } from "./test-manager.ts";
import { connectPc, type TestPc } from "./test-pc.ts";

const S = v1.JobState;

forEachDatabase("agent endpoint", (getDb) => {
  const fx = useServiceFixture(getDb);
  let m: TestManager;
  let n = 0;
  const online = (pcId: string) => m.online(pcId);
  const execute = (groupId: number, packageId: number) => m.execute(groupId, packageId);

  beforeAll(async () => {
    fx.setTime(new Date());
    m = await startTestManager(fx);
  });
  afterAll(async () => {
    await m?.close();
  });

  it("pushes a job to online security PCs at once; offers verify and reports become status rows", async () => {
    const a = await online(fx.unique("SEC"));
    const b = await online(fx.unique("SEC"));
    const group = await fx.group([a.client, b.client]);
    const pkg = await fx.package();
    const execution = await execute(group.id, pkg.id);

    for (const { pc } of [a, b]) {
      const signed = await pc.nextOffer();
      const verdict = verifyOffer(
        {
          offer: signed.offer ?? new Uint8Array(),
          algorithm: signed.algorithm ?? 0,
          signature: signed.signature ?? new Uint8Array(),
          certificates: signed.signerCertificates ?? [],
        },
        m.trust,
      );
      expect(verdict.ok).toBe(true);
      const offer = decodeJobOffer(signed.offer ?? new Uint8Array());
      expect(offer.jobId).toBe(execution.wireJobId);
      expect(offer.clientId).toBe(pc.pcId);
      expect(offer.restartConfirm).toBe(true);
      expect(Buffer.from(offer.package?.sha256 ?? []).toString("hex")).toBe(pkg.sha256);
    }

    await a.pc.report(execution.wireJobId, S.JOB_STATE_RECEIVED);
    await a.pc.report(execution.wireJobId, S.JOB_STATE_AWAITING_RESTART);
    await a.pc.report(execution.wireJobId, S.JOB_STATE_COMPLETED);
    await b.pc.report(execution.wireJobId, S.JOB_STATE_ERROR, "300097090400");

    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    const byPc = new Map(status.destinations.map((d) => [d.pcId, d]));
    expect(byPc.get(a.pc.pcId)?.state).toBe("completed");
    expect(byPc.get(a.pc.pcId)?.transitions.map((t) => t.state)).toEqual([
      "waiting",
      "offered",
      "received",
      "awaiting_restart",
      "completed",
    ]);
    expect(byPc.get(b.pc.pcId)).toMatchObject({ state: "error", maintenanceCode: "300097090400" });
    await Promise.all([a.pc.close(), b.pc.close()]);
  });

  it("a PC that hangs up while it is being registered is not counted online", async () => {
    const pcId = fx.unique("SEC");
    const pc = await connectPc(m.base, m.device(pcId));
    // The test PC answers the challenge in its own listener, registered first: gone right after.
    pc.socket.once("message", () => pc.socket.terminate());
    await pc.closed;
    // Registered all the same (the PC authenticated).
    await expect
      .poll(() =>
        fx.services.clients.getClient(pcId).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    const client = await fx.services.clients.getClient(pcId);
    // What follows the registration has run.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(m.endpoint.isOnline(client.id)).toBe(false);
  });

  it("a PC that was off gets its pending job when it connects", async () => {
    const first = await online(fx.unique("SEC"));
    await first.pc.close();
    const group = await fx.group([first.client]);
    const execution = await execute(group.id, (await fx.package()).id);
    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.destinations[0]?.state).toBe("waiting");

    const again = await connectPc(m.base, m.device(first.pc.pcId));
    expect((await again.authResult).ok).toBe(true);
    expect(decodeJobOffer((await again.nextOffer()).offer ?? new Uint8Array()).jobId).toBe(
      execution.wireJobId,
    );
    await again.close();
  });

  it("a failed authentication is answered with its code, closes with 1008, and marks the PC's pending jobs", async () => {
    const known = await online(fx.unique("SEC"));
    await known.pc.close();
    const group = await fx.group([known.client]);
    const execution = await execute(group.id, (await fx.package()).id);

    const dir = join(m.work, `expired-${++n}`);
    await issueFaultyDevice(m.office, { dir, pcId: known.pc.pcId, faults: "expired" });
    // A PC that presents its expired certificate anyway: the manager's own check refuses it.
    const pc = await connectPc(m.base, {
      pcId: known.pc.pcId,
      dir,
      skipLocalCheck: true,
    });
    const result = await pc.authResult;
    expect(result).toMatchObject({ ok: false, maintenanceCode: "300097078500" });
    expect((await pc.closed).code).toBe(1008);

    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.destinations[0]).toMatchObject({
      state: "error",
      maintenanceCode: "300097078500",
      cause: "The certification of the authentication device has expired.",
      action: "Issue a new certification.",
    });
    expect((await fx.services.clients.getClient(known.pc.pcId)).lastAuthCode).toBe("300097078500");
  });

  it("a PC that presents another PC's certificate is refused, and no job of either PC ends", async () => {
    const claimed = await online(fx.unique("SEC"));
    const other = await online(fx.unique("SEC"));
    await Promise.all([claimed.pc.close(), other.pc.close()]);
    const group = await fx.group([claimed.client, other.client]);
    const execution = await execute(group.id, (await fx.package()).id);

    // The other PC's device (its certificate is public) under the claimed PC's ID.
    const pc = await connectPc(m.base, { pcId: claimed.pc.pcId, dir: m.device(other.pc.pcId).dir });
    expect(await pc.authResult).toMatchObject({
      ok: false,
      maintenanceCode: MaintenanceCode.AUTH_DATA_ALTERED,
    });
    expect((await pc.closed).code).toBe(1008);
    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.destinations.map((d) => d.state)).toEqual(["waiting", "waiting"]);
    for (const { pc: each } of [claimed, other])
      expect((await fx.services.clients.getClient(each.pcId)).lastAuthCode).toBeNull();
  });

  it("tells the PCs that hold a cancelled job at once, and those offline when they connect; offers it to no one", async () => {
    const by = await fx.administrator();
    const a = await online(fx.unique("SEC"));
    const b = await online(fx.unique("SEC"));
    const group = await fx.group([a.client, b.client]);
    const execution = await execute(group.id, (await fx.package()).id);
    await a.pc.nextOffer();
    await b.pc.nextOffer();
    await a.pc.report(execution.wireJobId, S.JOB_STATE_RECEIVED);
    await b.pc.close();

    const cancelled = await m.cancel(execution.executionId, by, "superseded");
    expect(cancelled).toMatchObject({ ended: 0, told: 2 });
    const reason = `cancelled by administrator ${by}: superseded`;
    expect(await a.pc.nextCancel()).toEqual({ jobId: execution.wireJobId, reason });
    await a.pc.report(execution.wireJobId, S.JOB_STATE_ERROR, MaintenanceCode.CANCELLED);

    // The PC that was off is told when it connects, and is not offered the job again.
    const again = await connectPc(m.base, m.device(b.pc.pcId));
    expect((await again.authResult).ok).toBe(true);
    expect(await again.nextCancel()).toEqual({ jobId: execution.wireJobId, reason });
    await again.ping();
    expect(again.offers).toEqual([]);
    await again.report(execution.wireJobId, S.JOB_STATE_ERROR, MaintenanceCode.CANCELLED);

    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.destinations.map((d) => [d.state, d.maintenanceCode])).toEqual([
      ["error", MaintenanceCode.CANCELLED],
      ["error", MaintenanceCode.CANCELLED],
    ]);
    // Over on both: nobody is told again.
    const third = await connectPc(m.base, m.device(a.pc.pcId));
    expect((await third.authResult).ok).toBe(true);
    await third.ping();
    expect([third.offers, third.cancels]).toEqual([[], []]);
    await Promise.all([a.pc.close(), again.close(), third.close()]);
  });

  it("tells a PC of a job cancelled while its offer was on the way", async () => {
    const by = await fx.administrator();
    const a = await online(fx.unique("SEC"));
    const group = await fx.group([a.client]);
    const execution = await execute(group.id, (await fx.package()).id);
    await a.pc.nextOffer();
    // The window between an offer sent and recorded: the destination still
    // waiting, so the cancel ends it at once, and the database lists nothing
    // for the PC to be told. The connection that sent the offer tells it.
    await getDb().query(
      "UPDATE execution_status SET state = 'waiting' WHERE execution_id = $1 AND client_id = $2",
      [execution.executionId, a.client.id],
    );
    expect(await m.cancel(execution.executionId, by)).toMatchObject({ ended: 1, told: 0 });
    expect(await a.pc.nextCancel()).toEqual({
      jobId: execution.wireJobId,
      reason: `cancelled by administrator ${by}`,
    });
    await a.pc.close();
  });

  it("the package downloads, with Range, only for the PCs the job targets", async () => {
    const target = await online(fx.unique("SEC"));
    const other = await online(fx.unique("SEC"));
    const group = await fx.group([target.client]);
    const pkg = await fx.package({ bytes: randomBytes(50_000) });
    await execute(group.id, pkg.id);
    const offer = decodeJobOffer((await target.pc.nextOffer()).offer ?? new Uint8Array());
    const url = new URL(offer.package?.downloadUrl ?? "", m.base);

    const part = await fetch(url, { headers: { range: "bytes=10000-" } });
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(40_000);
    const forged = url.pathname.replace(`/${target.client.id}/`, `/${other.client.id}/`);
    expect((await fetch(new URL(forged, m.base))).status).toBe(403);
    await Promise.all([target.pc.close(), other.pc.close()]);
  });

  it("answers each frame it refuses with a close code and a reason", async () => {
    const refused = async (send: (socket: TestPc["socket"]) => void) => {
      const { pc } = await online(fx.unique("REFUSED"));
      send(pc.socket);
      return pc.closed;
    };
    expect(await refused((socket) => socket.send("a text frame"))).toEqual({
      code: 1003,
      reason: "PC_PROTO_TEXT_FRAME: text messages are not accepted; send binary Envelopes",
    });
    // ws refuses it from the frame's header, before the session sees it.
    expect(
      await refused((socket) => socket.send(new Uint8Array(Limits.MAX_FRAME_BYTES + 1))),
    ).toEqual({
      code: 1009,
      reason: `PC_PROTO_FRAME_TOO_LARGE: a message is larger than the ${Limits.MAX_FRAME_BYTES}-byte limit`,
    });
    const undecodable = await refused((socket) => socket.send(Uint8Array.from([0x0f, 0x01])));
    expect(undecodable.code).toBe(1007);
    expect(undecodable.reason).toMatch(/^PC_PROTO_UNDECODABLE: not a patchcast\.v1\.Envelope/);
    const hello = encodeMessage({
      seq: 0,
      body: {
        case: "hello",
        value: {
          protocolVersion: PROTOCOL_VERSION,
          pcId: "AGAIN",
          stateId: "state",
          role: v1.Role.ROLE_SECURITY_PC,
        },
      },
    });
    const outOfOrder = await refused((socket) => socket.send(hello));
    expect(outOfOrder.code).toBe(1002);
    expect(outOfOrder.reason).toMatch(/^PC_PROTO_UNEXPECTED_MESSAGE: /);
  });

  it("one PC's malformed frame closes only its socket; 100 others keep working", async () => {
    const pcs: { pc: TestPc; client: { id: number; pcId: string } }[] = [];
    for (let i = 0; i < 100; i++) pcs.push(await online(fx.unique("FLEET")));
    const bad = await online(fx.unique("BAD"));
    bad.pc.socket.send(Uint8Array.from([0x0f, 0x01, 0x02]));
    expect((await bad.pc.closed).code).toBe(1007);

    const group = await fx.group(pcs.map((p) => p.client as never));
    const execution = await execute(group.id, (await fx.package()).id);
    await Promise.all(
      pcs.map(async ({ pc }) => {
        expect(decodeJobOffer((await pc.nextOffer()).offer ?? new Uint8Array()).jobId).toBe(
          execution.wireJobId,
        );
        await pc.ping();
        await pc.report(execution.wireJobId, S.JOB_STATE_RECEIVED);
      }),
    );
    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.summary.received).toBe(100);
    expect(m.endpoint.onlineCount).toBe(100);
    await Promise.all(pcs.map(({ pc }) => pc.close()));
  });
});
