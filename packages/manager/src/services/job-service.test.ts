// Jobs to security PCs (seed 001, Appendix B.5 (1); contract §4) at the data
// level, on every database backend: every refusal comes back as a
// JobRefusedError naming its rules, forced and ignored settings come back as
// warnings, and Execute / Save and Execute create executions with one
// `waiting` status per destination.
import { expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { JobRefusedError } from "../errors.ts";
import { SECURITY_PC_DISTRIBUTION } from "../jobs/job-rules.ts";
import type { JobDefinitionInput } from "./job-input.ts";
import { useServiceFixture } from "./testing.ts";

forEachDatabase("job service", (getDb) => {
  const fx = useServiceFixture(getDb);

  /** A group of security PCs and an update data package (seed 001's setting). */
  async function securitySetting(pcs = 3) {
    const members = await fx.registerPcs(pcs);
    return { members, group: await fx.group(members), pkg: await fx.package() };
  }

  async function refusal(input: JobDefinitionInput): Promise<JobRefusedError> {
    const before = (await fx.services.jobs.listJobs()).length;
    const error = await fx.services.jobs.saveAndExecute(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobRefusedError);
    expect(error).toMatchObject({ code: "PC_MGR_JOB_REFUSED", statusCode: 422 });
    // Nothing of a refused job is kept.
    expect(await fx.services.jobs.listJobs()).toHaveLength(before);
    return error as JobRefusedError;
  }

  const ruleIds = (error: JobRefusedError) => error.violations.map((v) => v.rule);

  it("seed 001: accepts Install package to security PCs, forcing distribution and ignoring a client date", async () => {
    const { members, group, pkg } = await securitySetting();
    fx.setTime("2026-11-20T09:00:00Z");
    const relayExpiresAt = new Date("2026-12-31T00:00:00Z");
    const { job, execution } = await fx.services.jobs.saveAndExecute({
      name: "KB5031356 to floor 3",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
      distribution: {
        suspectedDestinations: "distribute",
        method: "multicast",
        splitPackage: true,
      },
      conditions: { replaceExisting: true, relayExpiresAt },
      schedule: { clientExecuteAt: new Date("2026-11-21T08:00:00Z") },
    });
    expect(execution.warnings.map((w) => w.rule)).toEqual([
      "SECURITY_PC_DISTRIBUTION_FORCED",
      "SECURITY_PC_CLIENT_DATE_IGNORED",
    ]);
    expect(execution.warnings[0]?.detail).toContain('method: asked "multicast", applied "unicast"');
    expect(execution.warnings[1]?.detail).toContain("2026-11-21T08:00:00.000Z");
    expect(execution).toMatchObject({ mode: "save-and-execute", executeAt: null, jobId: job.id });
    expect(execution.wireJobId).toBe(String(execution.executionId));
    expect(execution.destinations.map((d) => d.pcId)).toEqual(members.map((m) => m.pcId).sort());

    // The job keeps what was asked; the execution what runs.
    expect(job.saved).toBe(true);
    expect(job.settings.distribution.method).toBe("multicast");
    expect(job.settings.schedule.clientExecuteAt).toEqual(new Date("2026-11-21T08:00:00Z"));
    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.execution.settings.distribution).toEqual(SECURITY_PC_DISTRIBUTION);
    expect(status.execution.settings.schedule.clientExecuteAt).toBeNull();
    expect(status.execution.settings.conditions).toMatchObject({
      replaceExisting: true,
      relayExpiresAt,
    });
    expect(status.execution.warnings).toEqual(execution.warnings);
    expect(status.summary.waiting).toBe(3);
    for (const destination of status.destinations) {
      expect(destination.state).toBe("waiting");
      expect(destination.transitions).toEqual([
        expect.objectContaining({ state: "waiting", at: new Date("2026-11-20T09:00:00Z") }),
      ]);
    }
  });

  it("honours the server execution date", async () => {
    const { group, pkg } = await securitySetting(1);
    const serverExecuteAt = new Date("2026-11-22T00:00:00Z");
    const { execution } = await fx.services.jobs.saveAndExecute({
      name: "scheduled",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
      schedule: { serverExecuteAt },
    });
    expect(execution.executeAt).toEqual(serverExecuteAt);
    expect(execution.warnings).toEqual([]);
  });

  it("refuses a job type other than Install package (SECURITY_PC_INSTALL_ONLY)", async () => {
    const { group, pkg } = await securitySetting(1);
    const error = await refusal({
      name: "collect",
      type: "collect-files",
      groupId: group.id,
      packageId: pkg.id,
    });
    expect(ruleIds(error)).toEqual(["SECURITY_PC_INSTALL_ONLY"]);
    expect(error.violations[0]?.detail).toBe("job type: collect-files");
  });

  it("refuses a group that mixes security PCs and standard PCs (SECURITY_PC_GROUP_ONLY)", async () => {
    const [spc] = await fx.registerPcs(1);
    const [std] = await fx.registerPcs(1, "standard");
    if (!spc || !std) throw new Error("no PCs");
    const group = await fx.group([spc, std]);
    const error = await refusal({
      name: "mixed",
      type: "install-package",
      groupId: group.id,
      packageId: (await fx.package()).id,
    });
    expect(ruleIds(error)).toEqual(["SECURITY_PC_GROUP_ONLY"]);
    expect(error.violations[0]?.detail).toContain(std.pcId);
  });

  it("refuses a package that is not update data (SECURITY_PC_UPDATE_DATA_ONLY)", async () => {
    const { group } = await securitySetting(1);
    const pkg = await fx.package({ updateData: false });
    const error = await refusal({
      name: "ordinary",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
    });
    expect(ruleIds(error)).toEqual(["SECURITY_PC_UPDATE_DATA_ONLY"]);
  });

  it("refuses client control (SECURITY_PC_NO_CLIENT_CONTROL)", async () => {
    const { group, pkg } = await securitySetting(1);
    const error = await refusal({
      name: "control",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
      clientControl: { shutDownAfterInstall: true },
    });
    expect(ruleIds(error)).toEqual(["SECURITY_PC_NO_CLIENT_CONTROL"]);
  });

  it("refuses installation conditions other than the two changeable ones (SECURITY_PC_CONDITIONS_LIMITED)", async () => {
    const { group, pkg } = await securitySetting(1);
    const error = await refusal({
      name: "timing",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
      conditions: { installTiming: "at-system-start", replaceExisting: true },
    });
    expect(ruleIds(error)).toEqual(["SECURITY_PC_CONDITIONS_LIMITED"]);
    expect(error.violations[0]?.detail).toBe("cannot change: installTiming");
  });

  it("refuses an empty destination group (EMPTY_DESTINATION)", async () => {
    const group = await fx.group([]);
    const error = await refusal({
      name: "empty",
      type: "install-package",
      groupId: group.id,
      packageId: (await fx.package()).id,
    });
    expect(ruleIds(error)).toEqual(["EMPTY_DESTINATION"]);
  });

  it("lists every rule a job breaks at once, each with its message", async () => {
    const { group } = await securitySetting(1);
    const pkg = await fx.package({ updateData: false });
    const error = await refusal({
      name: "everything wrong",
      type: "get-system-information",
      groupId: group.id,
      packageId: pkg.id,
      clientControl: { wakeUp: true },
    });
    expect(ruleIds(error)).toEqual([
      "SECURITY_PC_INSTALL_ONLY",
      "SECURITY_PC_UPDATE_DATA_ONLY",
      "SECURITY_PC_NO_CLIENT_CONTROL",
    ]);
    for (const violation of error.violations) {
      expect(violation.message.length).toBeGreaterThan(10);
      expect(error.message).toContain(violation.rule);
    }
  });

  it("accepts any job type to standard PCs, with no warnings", async () => {
    const group = await fx.group(await fx.registerPcs(2, "standard"));
    const pkg = await fx.package({ updateData: false });
    const { job, warnings } = await fx.services.jobs.createJob({
      name: "standard",
      type: "collect-files",
      groupId: group.id,
      packageId: pkg.id,
      distribution: { method: "multicast" },
      schedule: { clientExecuteAt: new Date("2026-11-21T00:00:00Z") },
    });
    expect(warnings).toEqual([]);
    const execution = await fx.services.jobs.execute(job.id);
    const status = await fx.services.executionStatus.getExecutionStatus(execution.executionId);
    expect(status.execution.settings.distribution.method).toBe("multicast");
    expect(status.execution.settings.schedule.clientExecuteAt).toEqual(
      new Date("2026-11-21T00:00:00Z"),
    );
  });

  it("runs a saved job again as a new execution, with the group as it is now", async () => {
    const { group, pkg } = await securitySetting(2);
    const jobs = fx.services.jobs;
    const { job, execution: first } = await jobs.saveAndExecute({
      name: "again",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
    });
    const [late] = await fx.registerPcs(1);
    if (!late) throw new Error("no PC");
    await fx.services.groups.addMembers(group.id, [late.pcId]);
    const second = await jobs.execute(job.id);
    expect(second.executionId).not.toBe(first.executionId);
    expect(second.mode).toBe("execute");
    expect(second.destinations).toHaveLength(3);
    const status = await fx.services.executionStatus.getJobStatus(job.id);
    expect(status.executions.map((e) => e.execution.id)).toEqual([
      first.executionId,
      second.executionId,
    ]);
    expect(status.executions.map((e) => e.execution.mode)).toEqual(["save-and-execute", "execute"]);
    expect(status.summary.waiting).toBe(5);

    // A standard PC joins the group: the rules are applied again and refuse the next run.
    const [std] = await fx.registerPcs(1, "standard");
    if (!std) throw new Error("no PC");
    await fx.services.groups.addMembers(group.id, [std.pcId]);
    const error = await jobs.execute(job.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobRefusedError);
    expect(ruleIds(error as JobRefusedError)).toEqual(["SECURITY_PC_GROUP_ONLY"]);
    expect((await fx.services.executionStatus.getJobStatus(job.id)).executions).toHaveLength(2);
  });

  it("keeps a job of Execute unsaved, and lists saved jobs", async () => {
    const { group, pkg } = await securitySetting(1);
    const base = { type: "install-package", groupId: group.id, packageId: pkg.id } as const;
    const { job: once } = await fx.services.jobs.executeNew({ ...base, name: "once" });
    const { job: kept } = await fx.services.jobs.createJob({ ...base, name: "kept" });
    expect(once.saved).toBe(false);
    const saved = await fx.services.jobs.listJobs({ savedOnly: true });
    expect(saved.map((j) => j.id)).toContain(kept.id);
    expect(saved.map((j) => j.id)).not.toContain(once.id);
    expect(await fx.services.jobs.getJob(once.id)).toEqual(once);
  });

  it("checks a definition's fields before the rules", async () => {
    const { group, pkg } = await securitySetting(1);
    const base = {
      name: "fields",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
    } as const;
    const jobs = fx.services.jobs;
    await expect(jobs.createJob({ ...base, name: "" })).rejects.toMatchObject({
      field: "job name",
    });
    await expect(
      jobs.createJob({ ...base, type: "reboot" as unknown as "install-package" }),
    ).rejects.toMatchObject({ code: "PC_MGR_INVALID_INPUT", field: "job type" });
    await expect(
      jobs.createJob({ ...base, schedule: { serverExecuteAt: new Date("nope") } }),
    ).rejects.toMatchObject({ field: "schedule.serverExecuteAt" });
    await expect(jobs.createJob({ ...base, groupId: 999_999 })).rejects.toMatchObject({
      code: "PC_MGR_NOT_FOUND",
      resource: "destination group",
    });
    await expect(jobs.createJob({ ...base, packageId: 999_999 })).rejects.toMatchObject({
      code: "PC_MGR_NOT_FOUND",
      resource: "package",
    });
    await expect(jobs.execute(999_999)).rejects.toMatchObject({
      code: "PC_MGR_NOT_FOUND",
      resource: "job",
    });
  });
});
