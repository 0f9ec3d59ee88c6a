import { execFile } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ConfigError } from "../errors.ts";
import { loadKeyFile } from "./key-file.ts";

const remedy = { remedy: "delete it to make a new key" };
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-key-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("makes a 256-bit key on first use (0600, hex) and reads the same one after", async () => {
  const path = join(dir, "first.key");
  const key = await loadKeyFile(path, remedy);
  expect(key.byteLength).toBe(32);
  expect((await stat(path)).mode & 0o777).toBe(0o600);
  expect((await readFile(path, "utf8")).trim()).toBe(key.toString("hex"));
  expect((await loadKeyFile(path, remedy)).equals(key)).toBe(true);
});

it("gives loaders racing for a new key one key, never a half-written file", async () => {
  const paths = Array.from({ length: 200 }, (_, i) => join(dir, `race-${i}.key`));
  const keys = await Promise.all(
    paths.flatMap((path) => Array.from({ length: 4 }, () => loadKeyFile(path, remedy))),
  );
  for (let i = 0; i < keys.length; i += 4) {
    const mine = keys.slice(i, i + 4).map((key) => key.toString("hex"));
    expect(new Set(mine).size).toBe(1);
  }
});

it("gives managers starting together in processes of their own one key", async () => {
  const paths = Array.from({ length: 1_000 }, (_, i) => join(dir, `processes-${i}.key`));
  const module = fileURLToPath(new URL("./key-file.ts", import.meta.url));
  const script = `const { loadKeyFile } = await import(${JSON.stringify(module)});
    const keys = await Promise.all(${JSON.stringify(paths)}.map((p) => loadKeyFile(p, { remedy: "r" })));
    process.stdout.write(JSON.stringify(keys.map((k) => k.toString("hex"))));`;
  const run = () =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]);
  const outputs = await Promise.all([run(), run(), run(), run()]);
  const [first, ...others] = outputs.map((o) => JSON.parse(o.stdout) as string[]);
  for (const other of others) expect(other).toEqual(first);
}, 30_000);

it("refuses a file that holds anything else, saying what to do", async () => {
  const path = join(dir, "bad.key");
  await writeFile(path, "not a key\n");
  const error = await loadKeyFile(path, remedy).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).code).toBe("PC_MGR_CONFIG");
  expect((error as Error).message).toBe(
    `${path} must hold 64 hex digits (delete it to make a new key)`,
  );
});

it("tells of a key file others may read", async () => {
  const path = join(dir, "loose.key");
  const key = await loadKeyFile(path, remedy);
  await chmod(path, 0o644);
  const told: [string, number][] = [];
  const again = await loadKeyFile(path, {
    ...remedy,
    onLooseMode: (p, mode) => told.push([p, mode]),
  });
  expect(again.equals(key)).toBe(true);
  expect(told).toEqual([[path, 0o644]]);
});
