import { describe, expect, it } from "vitest";
import { parseConfirmSpec, parseFaultShare, planFleet } from "./fleet-plan.ts";

describe("fleet plan", () => {
  it("gives each fault its share, rounded, and leaves the rest sound", () => {
    const plan = planFleet({
      count: 200,
      faults: [
        { kind: "expired", percent: 5 },
        { kind: "revoked", percent: 2.5 },
      ],
    });
    const count = (kind: string) => plan.filter((pc) => pc.faults.includes(kind as never)).length;
    expect(count("expired")).toBe(10);
    expect(count("revoked")).toBe(5);
    expect(plan.filter((pc) => pc.faults.length === 0)).toHaveLength(185);
    expect(plan.find((pc) => pc.faults[0] === "expired")?.expectedCode).toBe("300097078500");
    expect(plan.find((pc) => pc.faults.length === 0)?.expectedCode).toBeNull();
    expect(new Set(plan.map((pc) => pc.pcId)).size).toBe(200);
    expect(plan[0]?.pcId).toBe("SEC-00001");
  });

  it("is the same fleet for the same seed, and another for another seed", () => {
    const options = { count: 50, faults: [{ kind: "missing-ca" as const, percent: 10 }] };
    expect(planFleet({ ...options, seed: 7 })).toEqual(planFleet({ ...options, seed: 7 }));
    expect(planFleet({ ...options, seed: 7 })).not.toEqual(planFleet({ ...options, seed: 8 }));
  });

  it("takes the No-sayers among sound PCs first", () => {
    const plan = planFleet({
      count: 10,
      faults: [{ kind: "expired", percent: 50 }],
      confirm: { yesPercent: 80 },
    });
    const no = plan.filter((pc) => !pc.answersYes);
    expect(no).toHaveLength(2);
    for (const pc of no) expect(pc.faults).toEqual([]);
    expect(planFleet({ count: 3, confirm: "no" }).every((pc) => !pc.answersYes)).toBe(true);
  });

  it("refuses shares over the fleet, bad counts and bad prefixes", () => {
    expect(() =>
      planFleet({
        count: 10,
        faults: [
          { kind: "expired", percent: 60 },
          { kind: "revoked", percent: 60 },
        ],
      }),
    ).toThrow(/add up to more than the fleet/);
    expect(() => planFleet({ count: 0 })).toThrow(RangeError);
    expect(() => planFleet({ count: 1, prefix: "a b" })).toThrow(TypeError);
  });

  it("parses --fault and --confirm, with one clear message when wrong", () => {
    expect(parseFaultShare("expired=5")).toEqual({ kind: "expired", percent: 5 });
    expect(parseFaultShare("missing-ca=0.5%")).toEqual({ kind: "missing-ca", percent: 0.5 });
    expect(() => parseFaultShare("expired")).toThrow('--fault must be KIND=PERCENT: got "expired"');
    expect(() => parseFaultShare("melted=5")).toThrow(/unknown kind "melted" \(known: expired, /);
    expect(() => parseFaultShare("expired=101")).toThrow(
      "--fault expired must be 0-100 percent: got 101",
    );
    expect(parseConfirmSpec("yes")).toBe("yes");
    expect(parseConfirmSpec("90")).toEqual({ yesPercent: 90 });
    expect(() => parseConfirmSpec("maybe")).toThrow(/--confirm must be yes, no or a percentage/);
  });
});
