import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ConfigError } from "../errors.ts";
import { loadKeyFile } from "./key-file.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-key-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("makes a 256-bit key on first use (0600, hex) and reads the same one after", async () => {
  const path = join(dir, "first.key");
  const key = await loadKeyFile(path, "remedy");
  expect(key.byteLength).toBe(32);
  expect((await stat(path)).mode & 0o777).toBe(0o600);
  expect((await readFile(path, "utf8")).trim()).toBe(key.toString("hex"));
  expect((await loadKeyFile(path, "remedy")).equals(key)).toBe(true);
});

it("gives managers starting together one key", async () => {
  const path = join(dir, "race.key");
  const keys = await Promise.all(Array.from({ length: 8 }, () => loadKeyFile(path, "remedy")));
  for (const key of keys) expect(key.equals(keys[0] as Buffer)).toBe(true);
});

it("refuses a file that holds anything else, saying what to do", async () => {
  const path = join(dir, "bad.key");
  await writeFile(path, "not a key\n");
  const error = await loadKeyFile(path, "delete it to make a new key").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).code).toBe("PC_MGR_CONFIG");
  expect((error as Error).message).toBe(
    `${path} must hold 64 hex digits (delete it to make a new key)`,
  );
});
