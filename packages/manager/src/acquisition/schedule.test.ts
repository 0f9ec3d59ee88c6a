// Seed 000 (1): "Execution Time of Package and Download ... By default,
// 0:00 in UTC"; issue 6: a run at the execution time every day, and a run
// missed while the manager was down at the next start. Timers are injected
// (fake time); the runs themselves are real.
import { describe, expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { latestSlot, nextSlot } from "./schedule.ts";
import { useAcquisitionFixture } from "./testing.ts";

describe("slots", () => {
  it("is the day's time in UTC, or yesterday's before it", () => {
    const at = new Date("2026-11-20T07:29:59Z");
    expect(latestSlot(at, 7 * 60 + 30).toISOString()).toBe("2026-11-19T07:30:00.000Z");
    expect(latestSlot(new Date("2026-11-20T07:30:00Z"), 450).toISOString()).toBe(
      "2026-11-20T07:30:00.000Z",
    );
    expect(nextSlot(at, 450).toISOString()).toBe("2026-11-20T07:30:00.000Z");
    expect(nextSlot(new Date("2026-11-20T00:00:00Z"), 0).toISOString()).toBe(
      "2026-11-21T00:00:00.000Z",
    );
  });
});

forEachDatabase("acquisition schedule", (getDb) => {
  const fx = useAcquisitionFixture(getDb);
  const { fx: services } = fx.api;
  const runs = () => services.services.acquisitionRuns.listRuns();

  it("fires at the configured UTC time, not before, then every day", async () => {
    services.setTime(new Date("2026-11-19T23:58:00Z"));
    await fx.configure({ automatic: { enabled: true, executionTimeUtc: "0:00" } });
    const { acquisition, manual } = await fx.scheduled();
    const before = (await runs()).length;
    await acquisition.start();
    expect((await runs()).length).toBe(before);
    expect(manual.pending()).toEqual([new Date("2026-11-20T00:00:00Z")]);

    await manual.advanceTo(new Date("2026-11-19T23:59:59Z"), () => acquisition.idle());
    expect((await runs()).length).toBe(before);

    await manual.advanceTo(new Date("2026-11-20T00:00:00Z"), () => acquisition.idle());
    const [run] = await runs();
    expect(run).toMatchObject({ trigger: "scheduled", outcome: "succeeded" });
    expect(run?.slot?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(run?.startedAt.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(run?.packaged).toBeGreaterThan(0);

    // The next day at the same time, and nothing in between.
    await manual.advanceTo(new Date("2026-11-20T23:59:00Z"), () => acquisition.idle());
    expect((await runs()).length).toBe(before + 1);
    await manual.advanceTo(new Date("2026-11-21T00:00:00Z"), () => acquisition.idle());
    expect((await runs())[0]?.slot?.toISOString()).toBe("2026-11-21T00:00:00.000Z");
    await acquisition.stop();
  });

  it("follows a change of the execution time", async () => {
    services.setTime(new Date("2026-11-22T06:00:00Z"));
    await fx.configure({ automatic: { enabled: true, executionTimeUtc: "00:00" } });
    const { acquisition, manual } = await fx.scheduled();
    await acquisition.start();
    await services.services.acquisitionSettings.updateAutomatic({ executionTimeUtc: "07:30" });
    acquisition.settingsChanged();
    await acquisition.idle();
    expect(manual.pending()).toEqual([new Date("2026-11-22T07:00:00Z")]); // hourly look at the settings
    await manual.advanceTo(new Date("2026-11-22T07:30:00Z"), () => acquisition.idle());
    expect((await runs())[0]?.slot?.toISOString()).toBe("2026-11-22T07:30:00.000Z");
  });

  it("does not fire while automatic acquisition is off", async () => {
    services.setTime(new Date("2026-11-24T23:00:00Z"));
    await fx.configure({ automatic: { enabled: false } });
    const { acquisition, manual } = await fx.scheduled();
    const before = (await runs()).length;
    await acquisition.start();
    await manual.advanceTo(new Date("2026-11-25T01:00:00Z"), () => acquisition.idle());
    expect((await runs()).length).toBe(before);
  });

  it("runs a slot missed while the manager was down at the next start, once", async () => {
    services.setTime(new Date("2026-11-26T08:00:00Z"));
    await fx.configure({ automatic: { enabled: true, executionTimeUtc: "09:00" } });
    // Down from before 09:00 until 10:30: the 09:00 run is missed.
    services.setTime(new Date("2026-11-26T10:30:00Z"));
    const { acquisition: first, manual } = await fx.scheduled();
    await first.start();
    await first.idle();
    const [run] = await runs();
    expect(run).toMatchObject({ trigger: "catch-up", outcome: "succeeded" });
    expect(run?.slot?.toISOString()).toBe("2026-11-26T09:00:00.000Z");
    await first.stop();
    // Started again (or a second manager on the database): the slot has had its run.
    const again = await fx.acquisition({ timers: manual.timers });
    await again.start();
    await again.idle();
    expect((await runs())[0]?.id).toBe(run?.id);
  });
});
