// Contract §5: the simulated support site serves patchinfo.json in the
// contract's format and the files it lists, with optional login; its sample
// catalogue is the same for the same day and always has content in the
// 60-day window of a run that day.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePatchInfo } from "../acquisition/patchinfo.ts";
import { selectUpdates } from "../acquisition/select-updates.ts";
import { DEFAULT_AUTOMATIC_SETTINGS } from "../acquisition/settings.ts";
import { sha256Hex } from "./file-bytes.ts";
import { sampleCatalogue } from "./sample-catalogue.ts";
import type { SupportSite } from "./support-site.ts";
import { runSupportSiteCommand } from "./support-site-command.ts";

const AS_OF = new Date("2026-11-20T00:00:00Z");
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("sample catalogue", () => {
  it("is the same for the same day, with dozens of updates across products and types", () => {
    const a = sampleCatalogue(AS_OF);
    expect(JSON.stringify(sampleCatalogue(new Date("2026-11-20T23:59:59Z")))).toBe(
      JSON.stringify(a),
    );
    expect(a.patchinfo.updates.length).toBeGreaterThanOrEqual(24);
    expect(new Set(a.patchinfo.updates.map((u) => u.classification)).size).toBe(10);
    expect(a.patchinfo.updates.some((u) => u.target === "application")).toBe(true);
    expect(a.patchinfo.updates.some((u) => (u.supersedes ?? []).length > 0)).toBe(true);
    const total = a.files.reduce((sum, f) => sum + f.size, 0);
    expect(total).toBeLessThan(8 * 1024 * 1024);
  });

  it("always has updates to take in the window of a run on its day", () => {
    for (const day of ["2026-01-01", "2027-06-15", "2031-02-28"]) {
      const at = new Date(`${day}T00:00:00Z`);
      const info = parsePatchInfo(
        JSON.stringify(sampleCatalogue(at).patchinfo),
        new URL("http://x/patchinfo.json"),
      );
      const rules = {
        automatic: DEFAULT_AUTOMATIC_SETTINGS,
        useSettings: true,
        requiredUpdates: [],
      };
      expect(selectUpdates(info, at, rules).length).toBeGreaterThan(5);
    }
  });
});

describe("support site", () => {
  let site: SupportSite;
  let url = "";

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "patchcast-site-"));
    dirs.push(dir);
    let listening: (s: SupportSite) => void = () => {};
    const started = new Promise<SupportSite>((done) => {
      listening = done;
    });
    const signals = { on: () => signals, off: () => signals } as unknown as Pick<
      NodeJS.Process,
      "on" | "off"
    >;
    let out = "";
    void runSupportSiteCommand(
      ["--dir", dir, "--port", "0", "--as-of", "2026-11-20", "--user", "ops"],
      {
        stdout: { write: (t: string) => (out += t) },
        stderr: { write: () => undefined },
        env: { PATCHCAST_SUPPORT_SITE_PASSWORD: "s3cret" },
        signals,
        onListening: listening,
      },
    );
    site = await started;
    url = site.url;
    expect(out).toContain(`patchcast support site serving ${site.patchInfoUrl}`);
  });
  afterAll(() => site.close());

  const auth = { authorization: `Basic ${Buffer.from("ops:s3cret").toString("base64")}` };

  it("serves patchinfo.json and every file it lists, matching size and SHA-256", async () => {
    const response = await fetch(`${url}patchinfo.json`, { headers: auth });
    expect(response.status).toBe(200);
    const info = (await response.json()) as ReturnType<typeof sampleCatalogue>["patchinfo"];
    expect(info).toEqual(sampleCatalogue(AS_OF).patchinfo);
    const file = info.updates[0]?.files[0];
    const bytes = new Uint8Array(
      await (await fetch(new URL(file?.url ?? "", url), { headers: auth })).arrayBuffer(),
    );
    expect([bytes.byteLength, sha256Hex(bytes)]).toEqual([file?.size, file?.sha256]);
  });

  it("asks for a login, and refuses a wrong one", async () => {
    const none = await fetch(`${url}patchinfo.json`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Basic");
    const wrong = { authorization: `Basic ${Buffer.from("ops:nope").toString("base64")}` };
    expect((await fetch(`${url}patchinfo.json`, { headers: wrong })).status).toBe(401);
  });

  it("serves nothing outside its directory, and only GET and HEAD", async () => {
    for (const path of ["files/..%2F..%2Fetc%2Fpasswd", "%2e%2e/x", ".hidden", "files/nope.msu"]) {
      expect((await fetch(`${url}${path}`, { headers: auth })).status).toBe(404);
    }
    expect((await fetch(`${url}patchinfo.json`, { method: "POST", headers: auth })).status).toBe(
      405,
    );
  });

  it("exits 2 with one line on bad arguments", async () => {
    let err = "";
    const io = {
      stdout: { write: () => undefined },
      stderr: { write: (t: string) => (err += t) },
      env: {},
    };
    expect(await runSupportSiteCommand(["--port", "1"], io)).toBe(2);
    expect(err).toBe("patchcast-manager support-site: --dir DIR is required\n");
  });
});
