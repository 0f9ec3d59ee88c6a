// Contract §4: only a server-side execution date is honoured. An offer is
// not sent before its date; when the date comes, the scheduler pushes it to
// the PCs that are online.
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
