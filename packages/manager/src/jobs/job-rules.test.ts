// Seed 001, Appendix B.5 (1) and contract §4: one test per refusal rule and
// per forced or ignored setting for jobs to security PCs.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CONDITIONS,
  evaluateJob,
  type JobEvaluation,
  type JobRequest,
  SECURITY_PC_DISTRIBUTION,
} from "./job-rules.ts";
import { JOB_RULES, type JobRuleId } from "./rule-catalogue.ts";

const securityGroup = [
  { clientId: "PC-0001", role: "security_pc" as const },
  { clientId: "PC-0002", role: "security_pc" as const },
];

function request(overrides: Partial<JobRequest> = {}): JobRequest {
  return {
    name: "November updates",
    type: "install-package",
    destinations: securityGroup,
    package: { id: "DPT-WINDOWS11_0-KB5031356-X64", updateData: true },
    ...overrides,
  };
}

function refusedRules(evaluation: JobEvaluation): JobRuleId[] {
  expect(evaluation.ok).toBe(false);
  return evaluation.ok ? [] : evaluation.violations.map((v) => v.rule);
}

function accepted(evaluation: JobEvaluation) {
  if (!evaluation.ok)
    throw new Error(`refused: ${evaluation.violations.map((v) => v.rule).join(", ")}`);
  return evaluation;
}

describe("jobs to security PCs: refusals", () => {
  it("SECURITY_PC_INSTALL_ONLY: any job type but Install package is refused", () => {
    for (const type of ["transfer-to-relay", "collect-files", "get-system-information"] as const) {
      expect(refusedRules(evaluateJob(request({ type })))).toEqual(["SECURITY_PC_INSTALL_ONLY"]);
    }
  });

  it("SECURITY_PC_GROUP_ONLY: a group mixing security PCs and standard PCs is refused, naming them", () => {
    const evaluation = evaluateJob(
      request({ destinations: [...securityGroup, { clientId: "STD-0009", role: "standard" }] }),
    );
    expect(refusedRules(evaluation)).toEqual(["SECURITY_PC_GROUP_ONLY"]);
    expect(!evaluation.ok && evaluation.violations[0]?.detail).toBe("not security PCs: STD-0009");
  });

  it("SECURITY_PC_UPDATE_DATA_ONLY: an ordinary package is refused", () => {
    const evaluation = evaluateJob(request({ package: { id: "OFFICE-TOOLS", updateData: false } }));
    expect(refusedRules(evaluation)).toEqual(["SECURITY_PC_UPDATE_DATA_ONLY"]);
  });

  it("SECURITY_PC_NO_CLIENT_CONTROL: client control options are refused", () => {
    const evaluation = evaluateJob(request({ clientControl: { shutDownAfterInstall: true } }));
    expect(refusedRules(evaluation)).toEqual(["SECURITY_PC_NO_CLIENT_CONTROL"]);
  });

  it("SECURITY_PC_CONDITIONS_LIMITED: installation conditions other than the two changeable ones are refused", () => {
    expect(
      refusedRules(evaluateJob(request({ conditions: { installTiming: "at-system-start" } }))),
    ).toEqual(["SECURITY_PC_CONDITIONS_LIMITED"]);
    expect(refusedRules(evaluateJob(request({ conditions: { showProgress: true } })))).toEqual([
      "SECURITY_PC_CONDITIONS_LIMITED",
    ]);
  });

  it("EMPTY_DESTINATION: a group with no clients is refused", () => {
    expect(refusedRules(evaluateJob(request({ destinations: [] })))).toEqual(["EMPTY_DESTINATION"]);
  });

  it("reports every broken rule at once, each with its message", () => {
    const evaluation = evaluateJob(
      request({
        type: "collect-files",
        package: { id: "X", updateData: false },
        destinations: [...securityGroup, { clientId: "STD-1", role: "standard" }],
      }),
    );
    expect(refusedRules(evaluation)).toEqual([
      "SECURITY_PC_INSTALL_ONLY",
      "SECURITY_PC_GROUP_ONLY",
      "SECURITY_PC_UPDATE_DATA_ONLY",
    ]);
    if (!evaluation.ok) {
      for (const v of evaluation.violations) expect(v.message).toBe(JOB_RULES[v.rule].message);
    }
  });
});

describe("jobs to security PCs: forced and ignored settings", () => {
  it("SECURITY_PC_DISTRIBUTION_FORCED: asked attributes are replaced and the answer says which", () => {
    const { job, warnings } = accepted(
      evaluateJob(
        request({
          distribution: {
            suspectedDestinations: "distribute",
            method: "multicast",
            splitPackage: true,
          },
        }),
      ),
    );
    expect(job.distribution).toEqual(SECURITY_PC_DISTRIBUTION);
    expect(warnings.map((w) => w.rule)).toEqual(["SECURITY_PC_DISTRIBUTION_FORCED"]);
    expect(warnings[0]?.detail).toBe(
      'suspectedDestinations: asked "distribute", applied "do-not-distribute"; method: asked "multicast", applied "unicast"; splitPackage: asked true, applied false',
    );
  });

  it("the forced attributes apply without a warning when nothing else was asked", () => {
    const { job, warnings } = accepted(evaluateJob(request()));
    expect(job.distribution).toEqual(SECURITY_PC_DISTRIBUTION);
    expect(warnings).toEqual([]);
  });

  it("SECURITY_PC_CLIENT_DATE_IGNORED: a client-side execution date is dropped and reported", () => {
    const server = new Date("2026-11-22T01:00:00Z");
    const client = new Date("2026-11-22T08:00:00Z");
    const { job, warnings } = accepted(
      evaluateJob(request({ schedule: { serverExecuteAt: server, clientExecuteAt: client } })),
    );
    expect(job.serverExecuteAt).toEqual(server);
    expect(job.clientExecuteAt).toBeNull();
    expect(warnings).toEqual([
      {
        rule: "SECURITY_PC_CLIENT_DATE_IGNORED",
        message: JOB_RULES.SECURITY_PC_CLIENT_DATE_IGNORED.message,
        detail: "ignored: 2026-11-22T08:00:00.000Z",
      },
    ]);
  });

  it("replace existing package and package expiration at the relay may be changed", () => {
    const expires = new Date("2026-12-31T00:00:00Z");
    const { job, warnings } = accepted(
      evaluateJob(request({ conditions: { replaceExisting: true, relayExpiresAt: expires } })),
    );
    expect(job.conditions).toEqual({
      ...DEFAULT_CONDITIONS,
      replaceExisting: true,
      relayExpiresAt: expires,
    });
    expect(warnings).toEqual([]);
  });
});

describe("jobs to standard PCs", () => {
  const standardGroup = [{ clientId: "STD-0001", role: "standard" as const }];

  it("take any job type, ordinary packages, client control, and the attributes asked", () => {
    const { job, warnings } = accepted(
      evaluateJob(
        request({
          type: "collect-files",
          destinations: standardGroup,
          package: { id: "OFFICE-TOOLS", updateData: false },
          distribution: { method: "multicast" },
          clientControl: { shutDownAfterInstall: true },
          schedule: { clientExecuteAt: new Date("2026-11-22T08:00:00Z") },
          conditions: { installTiming: "at-system-start" },
        }),
      ),
    );
    expect(job.securityPcs).toBe(false);
    expect(job.distribution.method).toBe("multicast");
    expect(job.clientExecuteAt).toEqual(new Date("2026-11-22T08:00:00Z"));
    expect(job.conditions.installTiming).toBe("at-system-start");
    expect(warnings).toEqual([]);
  });
});

describe("rule catalogue", () => {
  it("every rule ID equals its key and has a message and a source", () => {
    for (const [key, rule] of Object.entries(JOB_RULES)) {
      expect(rule.id).toBe(key);
      expect(rule.message.length).toBeGreaterThan(20);
      expect(rule.source).not.toBe("");
    }
  });
});
