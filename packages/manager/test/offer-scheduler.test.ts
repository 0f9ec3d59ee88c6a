// Contract §4: only a server-side execution date is honoured. An offer is
// not sent before its date; when the date comes, the scheduler pushes it to
// the PCs that are online. It also tells the PCs online of a job cancelled
// through another manager sharing the database.
import { afterAll, beforeAll, expect, it } from "vitest";
import { forEachDatabase } from "../src/db/testing.ts";
import { startOfferScheduler } from "../src/scheduler/offer-scheduler.ts";
import { useServiceFixture } from "../src/services/testing.ts";
import { startTestManager, type TestManager } from "./test-manager.ts";

forEachDatabase("offer scheduler", (getDb) => {
  const fx = useServiceFixture(getDb);
  let m: TestManager;

  beforeAll(async () => {
    fx.setTime(new Date());
    m = await startTestManager(fx, { now: () => fx.now() });
  });
  afterAll(async () => {
    await m?.close();
  });

  it("sends the offer when the server execution date comes, not before", async () => {
    const { pc, client } = await m.online(fx.unique("SEC"));
    const group = await fx.group([client]);
    const executeAt = new Date(fx.now().getTime() + 3_600_000);
    const execution = await m.execute(group.id, (await fx.package()).id, {
      schedule: { serverExecuteAt: executeAt },
    });

    let tick: (() => void) | undefined;
    const scheduler = startOfferScheduler({
      offers: fx.services.offers,
      notify: (ids) => m.endpoint.notify(ids),
      log: { warn: () => {} },
      now: () => fx.now(),
      timers: {
        setInterval: (fn) => {
          tick = fn;
          return 1;
        },
        clearInterval: () => {},
      },
    });
    expect(tick).toBeTypeOf("function");
    expect(await scheduler.runOnce()).toBe(0);
    expect(pc.offers).toEqual([]);

    fx.setTime(new Date(executeAt.getTime() + 1000));
    expect(await scheduler.runOnce()).toBe(1);
    const offer = await pc.nextOffer();
    expect(offer.offer?.byteLength).toBeGreaterThan(0);
    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.destinations[0]?.state).toBe("offered");
    scheduler.stop();
    await pc.close();
  });

  it("tells the PCs online that hold a job another manager cancelled, once per connection", async () => {
    const { pc, client } = await m.online(fx.unique("SEC"));
    const group = await fx.group([client]);
    const execution = await m.execute(group.id, (await fx.package()).id);
    await pc.nextOffer();
    // Cancelled through another manager's API on the same database: this one was not told.
    const by = await fx.administrator();
    await fx.services.cancellations.cancel(execution.executionId, { by, reason: "elsewhere" });
    await pc.ping();
    expect(pc.cancels).toEqual([]);

    const scheduler = startOfferScheduler({
      offers: fx.services.offers,
      notify: (ids) => m.endpoint.notify(ids),
      notifyCancelled: (id, ids, reason) => m.endpoint.notifyCancelled(id, ids, reason),
      log: { warn: () => {} },
      now: () => fx.now(),
      timers: { setInterval: () => 1, clearInterval: () => {} },
    });
    await scheduler.runOnce();
    expect(await pc.nextCancel()).toEqual({
      jobId: execution.wireJobId,
      reason: `cancelled by administrator ${by}: elsewhere`,
    });
    // Told already: the next ticks say nothing more to this connection.
    await scheduler.runOnce();
    await pc.ping();
    expect(pc.cancels).toEqual([]);
    scheduler.stop();
    await pc.close();
  });

  it("refuses a non-positive interval at construction", () => {
    expect(() =>
      startOfferScheduler({
        offers: fx.services.offers,
        notify: async () => {},
        log: { warn: () => {} },
        intervalMs: 0,
      }),
    ).toThrow(RangeError);
  });
});
