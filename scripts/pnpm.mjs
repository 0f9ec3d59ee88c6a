#!/usr/bin/env node
// Runs the pnpm version pinned in package.json#packageManager, fetching it
// through npx when this machine has no matching pnpm. Nothing is installed
// globally. Usage: node scripts/pnpm.mjs <pnpm arguments…>
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(packageManager ?? "");
if (!match) {
  console.error(
    `package.json#packageManager must be "pnpm@X.Y.Z": got ${JSON.stringify(packageManager)}`,
  );
  process.exit(2);
}
const wanted = match[1];
const args = process.argv.slice(2);
const cwd = root;
const env = { ...process.env, COREPACK_ENABLE_STRICT: "0" };

function localPnpmVersion() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8", env, shell: false });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

const local = localPnpmVersion();
const [cmd, cmdArgs] =
  local === wanted ? ["pnpm", args] : ["npx", ["--yes", `pnpm@${wanted}`, ...args]];
if (local !== wanted) {
  console.error(
    `patchcast: using pnpm ${wanted} through npx (found ${local ?? "no pnpm"} on PATH)`,
  );
}
const result = spawnSync(cmd, cmdArgs, { cwd, env, stdio: "inherit" });
if (result.error) {
  console.error(`patchcast: could not run ${cmd}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
