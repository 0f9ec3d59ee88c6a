// Contract §1 and §6: the admin CLI (`patchcast-manager group|package|job|
// status …`) uses the admin API and nothing else; --help on every command,
// one clear line and exit 2 on bad arguments, exit 1 with the API's code
// (and every rule a refused job breaks) when the API refuses.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, useApiFixture } from "../api/testing.ts";
import { forEachDatabase } from "../db/testing.ts";
import { ADMIN_COMMANDS, runAdminCli } from "./run-admin-cli.ts";

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  let out = "";
  let err = "";
  const code = await runAdminCli(argv, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env,
  });
  return { code, out, err };
}

describe("admin CLI arguments", () => {
  it("prints help for the whole CLI, a resource and every command, and exits 0", async () => {
    const top = await run(["--help"]);
    expect(top.code).toBe(0);
    for (const c of ADMIN_COMMANDS) expect(top.out).toContain(c.words);
    const group = await run(["group", "--help"]);
    expect(group.code).toBe(0);
    expect(group.out).toContain("group create");
    expect(group.out).not.toContain("job create");
    for (const c of ADMIN_COMMANDS) {
      const help = await run([...c.words.split(" "), "--help"]);
      expect(help.code, c.words).toBe(0);
      expect(help.out).toContain(`Usage: patchcast-manager ${c.words}`);
      expect(help.err).toBe("");
    }
  });

  it("answers bad arguments with one line on stderr and exit 2, before any network call", async () => {
    const env = { PATCHCAST_MANAGER_URL: "http://127.0.0.1:9", PATCHCAST_ADMIN_PASSWORD: "x" };
    const cases: [string[], string][] = [
      [[], "missing command"],
      [["frobnicate"], "unknown command: frobnicate"],
      [["group", "frob"], "unknown command: group frob"],
      [["group", "show"], "wrong number of arguments"],
      [["group", "show", "abc"], "group ID must be a positive integer"],
      [["group", "list", "--colour"], "Unknown option '--colour'"],
      [["job", "create", "--name", "j", "--group", "1"], "--package must be a positive integer"],
      [
        ["job", "create", "--name", "j", "--group", "1", "--package", "2", "--server-date", "soon"],
        "--server-date must be an ISO 8601 date",
      ],
      [["status"], "give a job ID or --execution ID"],
      [["package", "download", "3"], "--output is required"],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv, env);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err.trimEnd().split("\n"), argv.join(" ")).toHaveLength(1);
      expect(result.err).toContain(message);
      expect(result.out).toBe("");
    }
    const noManager = await run(["group", "list"], { PATCHCAST_ADMIN_PASSWORD: "x" });
    expect(noManager).toMatchObject({ code: 2 });
    expect(noManager.err).toContain("--manager");
  });
});

forEachDatabase("admin CLI over the admin API", (getDb) => {
  const api = useApiFixture(getDb);
  let work = "";
  const env = () => ({ PATCHCAST_MANAGER_URL: api.base, PATCHCAST_ADMIN_PASSWORD: ADMIN_PASSWORD });
  const json = async <T>(argv: string[]): Promise<T> => {
    const result = await run(["--json", ...argv], env());
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    return JSON.parse(result.out) as T;
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "patchcast-cli-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("creates a cabinet, uploads and downloads a package, groups PCs, runs a job and shows its status", async () => {
    expect((await run(["cabinet", "create", "CL", "cli-cabinet"], env())).code).toBe(0);
    const file = join(work, "windows11.0-kb5031356-x64.msu");
    const bytes = randomBytes(20_000);
    await writeFile(file, bytes);
    const upload = await run(
      [
        "package",
        "upload",
        file,
        "--cabinet",
        "CL",
        "--name",
        "DPT-cli",
        "--version",
        "1",
        "--update-data",
      ],
      env(),
    );
    expect(upload.err).toBe("");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(upload.out).toContain(`SHA-256: ${sha256}`);
    expect(upload.out).toContain("update data package");
    const [pkg] = await json<{ id: number }[]>(["package", "list", "--cabinet", "CL"]);

    const output = join(work, "downloaded");
    expect((await run(["package", "download", sha256, "-o", output], env())).code).toBe(0);
    expect((await readFile(output)).equals(bytes)).toBe(true);

    const group = await json<{ id: number }>(["group", "create", "cli-group"]);
    const pcs = await api.fx.registerPcs(2);
    const added = await run(["group", "add", String(group.id), ...pcs.map((p) => p.pcId)], env());
    expect(added.out).toContain("2 PC(s) added");

    const created = await run(
      [
        "job",
        "create",
        "--name",
        "cli-job",
        "--group",
        String(group.id),
        "--package",
        String(pkg?.id),
        "--save-and-execute",
        "--client-date",
        "2026-11-21T09:00:00Z",
        "--method",
        "multicast",
      ],
      env(),
    );
    expect(created.code).toBe(0);
    expect(created.out).toContain("warning: SECURITY_PC_CLIENT_DATE_IGNORED");
    expect(created.out).toContain("warning: SECURITY_PC_DISTRIBUTION_FORCED");
    expect(created.out).toContain("started for 2 PC(s)");

    const [job] = await json<{ id: number }[]>(["job", "list", "--saved"]);
    const status = await run(["status", String(job?.id)], env());
    expect(status.code).toBe(0);
    expect(status.out).toContain("waiting 2");
    for (const pc of pcs) expect(status.out).toContain(pc.pcId);

    const { executions } = await json<{ executions: { executionId: number }[] }>([
      "status",
      String(job?.id),
    ]);
    const executionId = String(executions[0]?.executionId);
    const cancelled = await run(["job", "cancel", executionId, "--reason", "not this week"], env());
    expect([cancelled.code, cancelled.err]).toEqual([0, ""]);
    expect(cancelled.out).toBe(
      `execution ${executionId} cancelled: 2 destination(s) never offered ended at once, 0 PC(s) holding the job told to cancel (those offline when they next connect)\n`,
    );
    const after = await run(["status", "--execution", executionId], env());
    expect(after.out).toContain("error 2");
    expect(after.out).toMatch(/cancelled at \S+ by admin: not this week/);
    const again = await run(["job", "cancel", executionId], env());
    expect(again.out).toMatch(/^execution \d+ was already cancelled at \S+ by admin\n$/);
  });

  it("prints the API's refusal with every rule broken, and exits 1", async () => {
    const [group] = await json<{ id: number }[]>(["group", "list"]);
    const [pkg] = await json<{ id: number }[]>(["package", "list"]);
    const refused = await run(
      [
        "job",
        "create",
        "--name",
        "nope",
        "--group",
        String(group?.id),
        "--package",
        String(pkg?.id),
        "--type",
        "collect-files",
      ],
      env(),
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("error: PC_MGR_JOB_REFUSED:");
    expect(refused.err).toContain("  SECURITY_PC_INSTALL_ONLY: ");
    const wrong = await run(["group", "list"], {
      ...env(),
      PATCHCAST_ADMIN_PASSWORD: "wrong password",
    });
    expect(wrong.code).toBe(1);
    expect(wrong.err.trim()).toBe(
      "error: PC_MGR_API_LOGIN_FAILED: The administrator ID or password is incorrect.",
    );
  });

  it("takes its settings from flags, then the environment, then the config file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "patchcast-admin-config-"));
    try {
      const passwordFile = join(dir, "password");
      await writeFile(passwordFile, `${ADMIN_PASSWORD}\n`);
      const config = join(dir, "admin.json");
      await writeFile(config, JSON.stringify({ manager: api.base, admin: "admin", passwordFile }));
      expect((await run(["group", "list"], { PATCHCAST_ADMIN_CONFIG: config })).code).toBe(0);
      // A variable set to the empty string is unset.
      const empty = {
        PATCHCAST_ADMIN_CONFIG: config,
        PATCHCAST_MANAGER_URL: "",
        PATCHCAST_ADMIN_ID: "",
        PATCHCAST_ADMIN_PASSWORD_FILE: "",
        PATCHCAST_ADMIN_TOKEN: "",
      };
      expect((await run(["group", "list"], empty)).code).toBe(0);
      // The environment wins over the file: no manager listens on port 9.
      const closed = "http://127.0.0.1:9";
      const env = { PATCHCAST_ADMIN_CONFIG: config, PATCHCAST_MANAGER_URL: closed };
      expect((await run(["group", "list"], env)).code).toBe(1);
      // The flag wins over both.
      expect((await run(["--manager", api.base, "group", "list"], env)).code).toBe(0);
      const wrongPassword = { PATCHCAST_ADMIN_CONFIG: config, PATCHCAST_ADMIN_PASSWORD: "nope" };
      expect((await run(["group", "list"], wrongPassword)).err.trim()).toBe(
        "error: PC_MGR_API_LOGIN_FAILED: The administrator ID or password is incorrect.",
      );
      // An empty passwordFile is none; a password file that cannot be read says so (exit 2).
      const emptyFile = join(dir, "empty-password-file.json");
      await writeFile(emptyFile, JSON.stringify({ manager: api.base, passwordFile: "" }));
      const none = await run(["--config", emptyFile, "group", "list"]);
      expect([none.code, none.err.trim()]).toEqual([
        2,
        "patchcast-manager: no administrator password: set PATCHCAST_ADMIN_PASSWORD, or give --password-file FILE or --token TOKEN",
      ]);
      const missing = join(dir, "no-such-password");
      const unreadable = await run([
        "--password-file",
        missing,
        "--manager",
        api.base,
        "group",
        "list",
      ]);
      expect(unreadable.code).toBe(2);
      expect(unreadable.err.trim()).toMatch(
        new RegExp(`^patchcast-manager: cannot read the password file ${missing}: ENOENT`),
      );
      const bad = join(dir, "bad.json");
      await writeFile(bad, JSON.stringify({ manager: api.base, password: "in the clear" }));
      const refused = await run(["--config", bad, "group", "list"]);
      expect(refused.code).toBe(2);
      expect(refused.err.trim()).toBe(
        `patchcast-manager: config file ${bad}: unknown key "password" (known: manager, admin, passwordFile)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("takes a relative passwordFile in the config file from the file's directory, a flag's from the working one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "patchcast-admin-config-"));
    try {
      await mkdir(join(dir, "etc"));
      await writeFile(join(dir, "etc", "password"), `${ADMIN_PASSWORD}\n`);
      const config = join(dir, "etc", "admin.json");
      await writeFile(config, JSON.stringify({ manager: api.base, passwordFile: "password" }));
      expect(process.cwd()).not.toBe(join(dir, "etc"));
      expect(await run(["group", "list"], { PATCHCAST_ADMIN_CONFIG: config })).toMatchObject({
        code: 0,
        err: "",
      });
      const fromCwd = relative(process.cwd(), join(dir, "etc", "password"));
      const flag = ["--config", config, "--password-file", fromCwd, "group", "list"];
      expect(await run(flag)).toMatchObject({ code: 0, err: "" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("logs out after each command, and takes a token instead of a password", async () => {
    const token = (await api.login()).body.token;
    const result = await run(["--json", "group", "list"], {
      PATCHCAST_MANAGER_URL: api.base,
      PATCHCAST_ADMIN_TOKEN: token,
    });
    expect(result.code).toBe(0);
    // A given token is not logged out.
    expect((await api.call("GET", "/api/v1/session", { token })).status).toBe(200);
    const { rows } = await getDb().query<{ n: number }>("SELECT count(*) AS n FROM admin_sessions");
    // The fixture's, the one above, and none left over by the CLI's own runs.
    expect(rows[0]?.n).toBe(2);
  });
});
