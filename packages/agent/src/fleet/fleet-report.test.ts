import { describe, expect, it } from "vitest";
import { planFleet } from "./fleet-plan.ts";
import { finalReport, progressLine, tallyStates, unmetExpectations } from "./fleet-report.ts";
import { PcView } from "./pc-view.ts";
import type { FleetPc } from "./start-fleet.ts";

function fleetOf(count: number, events: (index: number, view: PcView) => void): FleetPc[] {
  return planFleet({
    count,
    faults: [{ kind: "expired", percent: 20 }],
    confirm: { yesPercent: 80 },
  }).map((plan) => {
    const view = new PcView();
    events(plan.index, view);
    return { plan, view, deviceDir: "", stateDir: "", boots: 1 };
  });
}

describe("fleet report", () => {
  it("counts PCs by state and code, with the code's cause, and says who is off plan", () => {
    const pcs = fleetOf(10, () => undefined);
    for (const pc of pcs) {
      if (pc.plan.expectedCode) {
        pc.view.apply({ type: "connection", state: "auth-failed", code: "300097078500" });
      } else {
        pc.view.apply({ type: "connection", state: "authenticated" });
        pc.view.apply({ type: "job", jobId: "7", state: "awaiting_restart" });
        pc.view.apply({ type: "prompt", jobIds: ["7"], answer: pc.plan.answersYes });
        if (pc.plan.answersYes) pc.view.apply({ type: "job", jobId: "7", state: "completed" });
      }
    }
    expect(tallyStates(pcs)).toEqual([
      { state: "completed", code: "", count: 6, cause: "" },
      {
        state: "auth-failed",
        code: "300097078500",
        count: 2,
        cause: "The certification of the authentication device has expired.",
      },
      { state: "declined", code: "", count: 2, cause: "" },
    ]);
    expect(unmetExpectations(pcs)).toEqual([]);
    expect(pcs.every((pc) => pc.view.settled)).toBe(true);
    expect(finalReport(pcs).at(-1)).toMatch(/ended as planned$/);

    const late = pcs.find((pc) => pc.plan.answersYes && !pc.plan.expectedCode) as FleetPc;
    late.view.apply({ type: "job", jobId: "8", state: "error", maintenanceCode: "300097078100" });
    expect(unmetExpectations(pcs)).toEqual([
      { pcId: late.plan.pcId, expected: "completed", state: "error", code: "300097078100" },
    ]);
  });

  it("does not judge PCs that have had no job, and shows progress on one line", () => {
    const pcs = fleetOf(5, (_i, view) =>
      view.apply({ type: "connection", state: "authenticated" }),
    );
    expect(unmetExpectations(pcs).map((u) => u.expected)).toEqual(["300097078500"]);
    expect(finalReport(pcs)).toContain("4 PCs have had no job yet");
    expect(progressLine(pcs, 0, 1500)).toBe("1.5s  5 PCs  settled 0  | online 5");
  });
});
