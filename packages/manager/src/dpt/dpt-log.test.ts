// Contract §5: DPT.LOG at <data-dir>/LOG/DPT.LOG, one line per event (UTC
// time, message ID, message text), 5 generations of at most 2,000 lines.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDptLog, DPT_LOG_GENERATIONS, DPT_LOG_MAX_LINES } from "./dpt-log.ts";
import { parseDptLogLine } from "./dpt-log-line.ts";
import { runExplainCommand } from "./explain-command.ts";

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "patchcast-dpt-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("DPT.LOG", () => {
  it("writes one line per event: UTC time to the second, message ID, the seed's text", async () => {
    const dataDir = await tempDir();
    const log = createDptLog({ dataDir, clock: () => new Date("2026-11-20T09:08:07.654Z") });
    expect(log.path).toBe(join(dataDir, "LOG", "DPT.LOG"));
    await log.write("DPT008-E", { serverName: "updates.example" });
    await log.write("DPT003-E", { reason: "first\nsecond" });
    expect(await readFile(log.path, "utf8")).toBe(
      "2026-11-20T09:08:07Z DPT008-E 'updates.example' login failure.\n" +
        "2026-11-20T09:08:07Z DPT003-E Error occurred while accessing database. Reason: first second\n",
    );
    expect(parseDptLogLine("2026-11-20T09:08:07Z DPT015-E x")).toMatchObject({
      messageId: "DPT015-E",
      text: "x",
    });
  });

  it("keeps 5 generations of at most 2,000 lines by default", async () => {
    expect([DPT_LOG_MAX_LINES, DPT_LOG_GENERATIONS]).toEqual([2000, 5]);
    const dataDir = await tempDir();
    let n = 0;
    const write = (log: ReturnType<typeof createDptLog>) =>
      log.write("DPT012-W", { packageName: `p${++n}` });
    const log = createDptLog({ dataDir, maxLines: 3, generations: 5 });
    for (let i = 0; i < 3 * 5 + 2; i += 1) await write(log);
    const files = (await readdir(join(dataDir, "LOG"))).sort();
    expect(files).toEqual(["DPT.LOG", "DPT.LOG.1", "DPT.LOG.2", "DPT.LOG.3", "DPT.LOG.4"]);
    const names = async (file: string) =>
      (await readFile(join(dataDir, "LOG", file), "utf8"))
        .trim()
        .split("\n")
        .map((l) => /'(p\d+)'/.exec(l)?.[1]);
    expect(await names("DPT.LOG")).toEqual(["p16", "p17"]);
    expect(await names("DPT.LOG.1")).toEqual(["p13", "p14", "p15"]);
    expect(await names("DPT.LOG.4")).toEqual(["p4", "p5", "p6"]);
    // A manager started again counts the lines already there.
    const again = createDptLog({ dataDir, maxLines: 3, generations: 5 });
    await write(again);
    await write(again);
    expect(await names("DPT.LOG")).toEqual(["p19"]);
  });

  it("asks its limits before each line: a change of the properties applies from the next", async () => {
    const dataDir = await tempDir();
    let limits = { maxLines: 2, generations: 4 };
    const log = createDptLog({ dataDir, limits: async () => limits });
    for (let i = 0; i < 7; i += 1) await log.write("DPT015-E");
    expect((await readdir(join(dataDir, "LOG"))).sort()).toEqual([
      "DPT.LOG",
      "DPT.LOG.1",
      "DPT.LOG.2",
      "DPT.LOG.3",
    ]);
    // Fewer generations: the ones beyond go at the next rotation.
    limits = { maxLines: 2, generations: 2 };
    await log.write("DPT015-E"); // DPT.LOG is full with it
    await log.write("DPT015-E"); // …and rotated before this one
    expect((await readdir(join(dataDir, "LOG"))).sort()).toEqual(["DPT.LOG", "DPT.LOG.1"]);
  });

  it("never throws when the LOG directory cannot be written", async () => {
    const dataDir = await tempDir();
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dataDir, "LOG"), "a file where the directory should be");
    const errors: unknown[] = [];
    const log = createDptLog({ dataDir, onError: (e) => errors.push(e) });
    await expect(log.write("DPT015-E")).resolves.toMatchObject({ messageId: "DPT015-E" });
    expect(errors).toHaveLength(1);
  });
});

describe("patchcast-manager explain", () => {
  const explain = async (argv: string[]) => {
    let out = "";
    let err = "";
    const code = await runExplainCommand(argv, {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
    });
    return { code, out, err };
  };

  it("prints a message's text, cause and corrective action", async () => {
    const { code, out } = await explain(["dpt005-e"]);
    expect(code).toBe(0);
    expect(out).toBe(
      "DPT005-E Unable to configure the proxy settings.\n" +
        "cause: An attempt to connect to the proxy server failed.\n" +
        "action: Check the proxy server setting in the network settings (patchcast-manager settings network, or PUT /api/v1/settings/network).\n",
    );
    expect(JSON.parse((await explain(["DPT001-W", "--json"])).out)).toMatchObject({
      id: "DPT001-W",
    });
    expect((await explain([])).out).toContain("DPT015-E");
  });

  it("exits 2 with one line for an unknown ID or bad arguments", async () => {
    expect(await explain(["DPT999-E"])).toMatchObject({ code: 2, out: "" });
    expect((await explain(["--nope"])).code).toBe(2);
    expect((await explain(["--help"])).out).toContain("Usage: patchcast-manager explain");
  });
});
