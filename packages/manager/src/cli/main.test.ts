import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runManagerCli } from "./main.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const cwd = await mkdtemp(join(tmpdir(), "patchcast-cli-"));
  dirs.push(cwd);
  const code = await runManagerCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    cwd,
  });
  return { code, stdout, stderr, cwd };
}

describe("patchcast-manager", () => {
  it("--help lists start beside the admin commands", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}start +run the manager/m);
    expect(stdout).toMatch(/^ {2}job create /m);
  });

  it("start --help lists every setting with its variable", async () => {
    const { code, stdout } = await run(["start", "--help"]);
    expect(code).toBe(0);
    for (const flag of ["--port N", "--host", "--data-dir", "--database-url", "--tls-cert"]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain("env PATCHCAST_DATABASE_URL");
  });

  it("a bad argument is one line on stderr and exit code 2", async () => {
    for (const argv of [["start", "--port", "x"], ["start", "--frobnicate"], ["frobnicate"], []]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(/^patchcast-manager/);
    }
  });

  it("start without a PKI directory says which file is missing and how to make it (exit 1)", async () => {
    const { code, stderr, cwd } = await run(["start", "--data-dir", "data", "--port", "0"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `patchcast-manager start: the manager's PKI directory ${join(cwd, "data", "pki")}: manager.crt is absent ` +
        "(make one with `patchcast-pki manager --office OFFICE_DIR --out DIR`, or copy ca.crt, manager.crt and manager.key there) [PC_MGR_PKI]\n",
    );
  });
});
