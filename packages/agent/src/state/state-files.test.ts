// Issue 5: "State files are written atomically so a crash at any moment
// leaves a readable state"; a corrupted state file is a clear error, not a
// crash loop. Over real files in a temporary directory.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AgentError } from "../errors.ts";
import { openIdentity } from "./agent-identity.ts";
import {
  openStateDirectory,
  readIfExists,
  removeFile,
  type WriteOptions,
  writeFileAtomic,
} from "./atomic-file.ts";
import { type JobRecord, jobFileName, openJobStore } from "./job-store.ts";

/** Every test of state files runs durable (fsync) and not (synchronous calls). */
const WRITE_MODES: [string, WriteOptions][] = [
  ["durable", {}],
  ["not durable (synchronous calls)", { durable: false }],
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-agent-state-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const record = (jobId: string, stage: JobRecord["stage"] = "awaiting-restart"): JobRecord => ({
  jobId,
  stage,
  packageName: "DPT-windows11_0-kb5031356-x64",
  receivedAt: "2026-11-20T00:00:00.000Z",
  signed: {
    offer: new Uint8Array([1, 2, 3]),
    algorithm: 2,
    signature: new Uint8Array([4, 5]),
    certificates: [new Uint8Array([6])],
  },
});

describe.each(WRITE_MODES)("writeFileAtomic, %s", (_how, options) => {
  it("replaces the whole file and leaves no temporary behind", async () => {
    const path = join(dir, "a.json");
    await writeFileAtomic(path, "old", options);
    await writeFileAtomic(path, "new content", options);
    expect(await readFile(path, "utf8")).toBe("new content");
    expect((await readIfExists(path, options))?.toString()).toBe("new content");
    expect(await readdir(dir)).toEqual(["a.json"]);
  });

  it("a failed write leaves the old content and no temporary", async () => {
    const path = join(dir, "a.json");
    await writeFileAtomic(path, "committed", options);
    await expect(writeFileAtomic(join(dir, "missing", "b.json"), "x", options)).rejects.toThrow(
      /ENOENT/,
    );
    expect(await readdir(dir)).toEqual(["a.json"]);
  });

  it("removes a file, one already gone being no error", async () => {
    const path = join(dir, "a.json");
    await writeFileAtomic(path, "x", options);
    await removeFile(path, options);
    await removeFile(path, options);
    expect(await readIfExists(path, options)).toBeUndefined();
  });
});

describe.each(WRITE_MODES)("opening a state directory, %s", (_how, options) => {
  it("removes a temporary left by a crash mid-write, keeps the rest and names it", async () => {
    const path = join(dir, "a.json");
    await writeFileAtomic(path, "committed", options);
    await writeFile(join(dir, ".a.json.0123456789ab.tmp"), "half writ");
    expect(await openStateDirectory(dir, options)).toEqual(["a.json"]);
    expect(await readdir(dir)).toEqual(["a.json"]);
    expect(await readFile(path, "utf8")).toBe("committed");
  });

  it("creates a missing directory, its parents included, readable by its owner only", async () => {
    const inner = join(dir, "state", "jobs");
    expect(await openStateDirectory(inner, options)).toEqual([]);
    expect((await stat(inner)).mode & 0o777).toBe(0o700);
  });
});

describe("agent.json (state ID and seq numbers)", () => {
  it("keeps the state ID and never hands out a seq twice across reopenings", async () => {
    const first = await openIdentity(dir, 0);
    const a = [await first.nextSeq(), await first.nextSeq()];
    const second = await openIdentity(dir, 0);
    expect(second.stateId).toBe(first.stateId);
    const b = await second.nextSeq();
    expect(a).toEqual([1, 2]);
    expect(b).toBeGreaterThan(2);
  });

  it("numbers above what the outbox still holds when agent.json was lost", async () => {
    const identity = await openIdentity(dir, 500);
    expect(await identity.nextSeq()).toBe(501);
  });

  it.each(WRITE_MODES)(
    "a seq block that cannot be written fails its caller alone; the next caller writes it (%s)",
    async (_how, options) => {
      const stateDir = join(dir, "state");
      await mkdir(stateDir);
      const identity = await openIdentity(stateDir, 0, options);
      // agent.json cannot be written: its directory is gone (as a full disk or EIO would fail it).
      await rm(stateDir, { recursive: true });
      await expect(identity.nextSeq()).rejects.toThrow(/ENOENT/);
      await mkdir(stateDir);
      const seq = await identity.nextSeq();
      // The failed caller's seq is skipped, never handed out again.
      expect(seq).toBe(2);
      expect(await identity.nextSeq()).toBe(3);
      const file = JSON.parse(await readFile(join(stateDir, "agent.json"), "utf8"));
      expect(file).toMatchObject({ stateId: identity.stateId });
      expect(file.reservedSeq).toBeGreaterThanOrEqual(3);
    },
  );

  it("a corrupted agent.json is AGENT_ERR_STATE_CORRUPT naming the file", async () => {
    await writeFile(join(dir, "agent.json"), "{ not json");
    const error = await openIdentity(dir, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentError);
    expect(error).toMatchObject({ code: "AGENT_ERR_STATE_CORRUPT", exitCode: 4 });
    expect((error as Error).message).toContain(join(dir, "agent.json"));
  });
});

describe("jobs/", () => {
  it("stores the signed offer byte for byte and reads it back", async () => {
    const jobs = await openJobStore(dir);
    await jobs.put(record("42"));
    const entry = await jobs.get("42");
    expect(entry && "record" in entry ? entry.record : undefined).toEqual(record("42"));
  });

  it("a job ID of any characters is a safe, reversible file name", async () => {
    const jobs = await openJobStore(dir);
    await jobs.put(record("../a.b/c"));
    expect(jobFileName("../a.b/c")).not.toContain("/");
    expect((await jobs.list()).map((e) => e.jobId)).toEqual(["../a.b/c"]);
  });

  it("an unreadable job file is listed as an error and can be moved aside", async () => {
    const jobs = await openJobStore(dir);
    await jobs.put(record("7"));
    await writeFile(jobs.pathOf("7"), '{"format":"patchcast-job/1","jobId":"7"}');
    const [entry] = await jobs.list();
    expect(entry && "error" in entry ? entry.error.code : undefined).toBe(
      "AGENT_ERR_STATE_CORRUPT",
    );
    await jobs.quarantine("7");
    expect(await jobs.list()).toEqual([]);
    expect(await readdir(join(dir, "jobs"))).toEqual(["7.json.corrupt"]);
  });

  it("summarizes the jobs from what it read or wrote, and reads a record from its file", async () => {
    const jobs = await openJobStore(dir);
    await jobs.put(record("1"));
    await jobs.put(record("2", "finished"));
    // Altered behind the store's back: a record is read from the file, a summary is not.
    await writeFile(
      jobs.pathOf("1"),
      JSON.stringify({ ...JSON.parse(await readFile(jobs.pathOf("1"), "utf8")), stage: "ready" }),
    );
    expect(await jobs.summaries()).toEqual([
      { jobId: "1", stage: "awaiting-restart", packageName: record("1").packageName },
      { jobId: "2", stage: "finished", packageName: record("2").packageName },
    ]);
    const one = await jobs.get("1");
    expect(one && "record" in one ? one.record.stage : undefined).toBe("ready");
    expect((await jobs.summaries())[0]?.stage).toBe("ready");
    // A store opened again reads the files it has not read yet; an unreadable one is left out.
    await writeFile(jobs.pathOf("2"), "{");
    const again = await openJobStore(dir);
    expect((await again.summaries()).map((j) => [j.jobId, j.stage])).toEqual([["1", "ready"]]);
  });

  it("reads nothing for a job it does not hold", async () => {
    const jobs = await openJobStore(dir, { durable: false });
    await writeFile(join(dir, "jobs", jobFileName("5")), `${JSON.stringify({ format: "x" })}`);
    expect(await jobs.get("5")).toBeUndefined();
    const again = await openJobStore(dir, { durable: false });
    expect(await again.get("5")).toMatchObject({
      jobId: "5",
      error: { code: "AGENT_ERR_STATE_CORRUPT" },
    });
  });

  it("lists what it holds in order, and a store opened again finds the same jobs", async () => {
    const jobs = await openJobStore(dir, { durable: false });
    for (const id of ["9", "10", "8"]) await jobs.put(record(id));
    await jobs.put(record("9", "finished"));
    await jobs.remove("8");
    const ids = (entries: Awaited<ReturnType<typeof jobs.list>>) => entries.map((e) => e.jobId);
    expect(ids(await jobs.list())).toEqual(["10", "9"]);
    const again = await openJobStore(dir, { durable: false });
    expect(await again.list()).toEqual(await jobs.list());
    const nine = (await again.list())[1];
    expect(nine && "record" in nine ? nine.record.stage : undefined).toBe("finished");
  });
});
