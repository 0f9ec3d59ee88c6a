import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../errors.ts";
import { runStartCommand } from "./start-command.ts";
import { startManager } from "./start-manager.ts";
import { resolveStartSettings, START_SETTINGS } from "./start-settings.ts";

const dir = mkdtempSync(join(tmpdir(), "patchcast-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = (value: unknown) => {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
};
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error("expected a ConfigError");
};

describe("start settings", () => {
  it("has defaults, and paths made absolute against the working directory", () => {
    expect(resolveStartSettings({}, {}, "/srv")).toEqual({
      port: "8080",
      host: "127.0.0.1",
      dataDir: "/srv/patchcast-data",
      adminId: "admin",
      maxDownloads: "200",
      maxFrameBytes: "1048576",
      logLevel: "info",
    });
  });

  it("takes a flag before the environment, and the environment before the config file", () => {
    const file = config({ port: 9000, host: "10.0.0.1", dataDir: "/var/lib/pc" });
    const env = { PATCHCAST_PORT: "9001", PATCHCAST_HOST: "10.0.0.2" };
    expect(resolveStartSettings({ port: "9002" }, env, "/", file)).toMatchObject({
      port: "9002",
      host: "10.0.0.2",
      dataDir: "/var/lib/pc",
    });
  });

  it("takes a relative path in the config file from the file's directory, of a flag or variable from cwd", () => {
    mkdirSync(join(dir, "etc"), { recursive: true });
    const file = join(dir, "etc", "manager.json");
    writeFileSync(
      file,
      JSON.stringify({
        dataDir: "data",
        pkiDir: "../pki",
        tlsCert: "tls/cert.pem",
        tlsKey: "/abs/key.pem",
        adminPasswordFile: "password",
        databaseUrl: "postgres://db/x",
        host: "localhost",
      }),
    );
    expect(resolveStartSettings({}, {}, "/srv", file)).toMatchObject({
      dataDir: join(dir, "etc", "data"),
      pkiDir: join(dir, "pki"),
      tlsCert: join(dir, "etc", "tls", "cert.pem"),
      tlsKey: "/abs/key.pem",
      adminPasswordFile: join(dir, "etc", "password"),
      databaseUrl: "postgres://db/x",
      host: "localhost",
    });
    const env = { PATCHCAST_PKI_DIR: "pki", PATCHCAST_ADMIN_PASSWORD_FILE: "password" };
    expect(resolveStartSettings({ "data-dir": "data" }, env, "/srv", file)).toMatchObject({
      dataDir: "/srv/data",
      pkiDir: "/srv/pki",
      adminPasswordFile: "/srv/password",
    });
  });

  it("names the setting at fault and where it came from", () => {
    expect(failure(() => resolveStartSettings({ port: "99999" }, {}, "/"))).toBe(
      '--port must be a port number 0-65535: got "99999"',
    );
    expect(failure(() => resolveStartSettings({}, { PATCHCAST_LOG_LEVEL: "loud" }, "/"))).toMatch(
      /^PATCHCAST_LOG_LEVEL must be one of fatal, .*: got "loud"$/,
    );
    const file = config({ port: "eighty" });
    expect(failure(() => resolveStartSettings({}, {}, "/", file))).toBe(
      `"port" in ${file} must be a port number 0-65535: got "eighty"`,
    );
    expect(failure(() => resolveStartSettings({}, { PATCHCAST_MAX_DOWNLOADS: "0" }, "/"))).toBe(
      'PATCHCAST_MAX_DOWNLOADS must be a whole number of 1 or more: got "0"',
    );
    expect(resolveStartSettings({ "max-downloads": "50" }, {}, "/").maxDownloads).toBe("50");
    expect(
      resolveStartSettings({}, { PATCHCAST_MAX_FRAME_BYTES: "65536" }, "/").maxFrameBytes,
    ).toBe("65536");
    expect(failure(() => resolveStartSettings({ "max-frame-bytes": "1e6" }, {}, "/"))).toBe(
      '--max-frame-bytes must be a whole number of 1 or more: got "1e6"',
    );
    expect(failure(() => resolveStartSettings({ host: "" }, {}, "/"))).toBe(
      "--host must not be empty",
    );
  });

  it("refuses a config file that is not a JSON object of known settings", () => {
    expect(failure(() => resolveStartSettings({}, {}, "/", join(dir, "absent.json")))).toMatch(
      /cannot be read as JSON: ENOENT$/,
    );
    expect(failure(() => resolveStartSettings({}, {}, "/", config("{ port: 1")))).toMatch(
      /cannot be read as JSON/,
    );
    expect(failure(() => resolveStartSettings({}, {}, "/", config([1])))).toMatch(
      /must hold a JSON object$/,
    );
    expect(failure(() => resolveStartSettings({}, {}, "/", config({ prot: 1 })))).toMatch(
      /"prot" in .* is not a setting \(known: port, host/,
    );
    expect(failure(() => resolveStartSettings({}, {}, "/", config({ host: true })))).toMatch(
      /must be a string or a number$/,
    );
  });

  it("wants --tls-cert and --tls-key together", () => {
    expect(failure(() => resolveStartSettings({ "tls-cert": "a.crt" }, {}, "/"))).toBe(
      "--tls-cert and --tls-key must be given together",
    );
  });

  it("has a flag, a PATCHCAST_* variable and help for every setting", () => {
    for (const spec of START_SETTINGS) {
      expect(spec.env).toMatch(/^PATCHCAST_[A-Z_]+$/);
      expect(spec.flag).toMatch(/^[a-z-]+$/);
      expect(spec.help.length).toBeGreaterThan(5);
    }
    expect(new Set(START_SETTINGS.map((s) => s.env)).size).toBe(START_SETTINGS.length);
  });

  it("takes an empty PATCHCAST_CONFIG for no config file, as any empty variable", async () => {
    let err = "";
    const code = await runStartCommand(["--port", "not-a-port"], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (err += text) },
      env: { PATCHCAST_CONFIG: "" },
      cwd: tmpdir(),
      signals: { on: () => process, off: () => process } as unknown as Pick<
        NodeJS.Process,
        "on" | "off"
      >,
      exit: () => undefined,
    });
    expect(code).toBe(2);
    // The port is what is wrong: no file named "" was looked for.
    expect(err).toMatch(/--port/);
    expect(err).not.toMatch(/config file/);
  });

  it("refuses a frame limit a job offer would not fit in, before anything is made", async () => {
    const dataDir = join(tmpdir(), `patchcast-never-made-${process.pid}`);
    await expect(startManager({ dataDir, maxFrameBytes: 100 })).rejects.toThrow(
      "maxFrameBytes must be at least 65536 (a job offer must fit in a frame): got 100",
    );
    expect(existsSync(dataDir)).toBe(false);
  });
});
