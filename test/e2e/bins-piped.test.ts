// Every bin's output may be read by a reader that stops early
// (`patchcast-manager --help | head -1`), or is gone before the bin writes:
// the bin ends quietly with its status, not with an EPIPE stack trace.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const bin = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

/** Runs `file --help` with its standard output closed by the reader before anything is read. */
function helpReadByHead(file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.stdout.destroy();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

it.each([
  "manager/bin/patchcast-manager.js",
  "agent/bin/patchcast-agent.js",
  "agent/bin/patchcast-fleet.js",
  "pki-sim/bin/patchcast-pki.js",
])("%s --help read by a reader that is gone ends quietly", async (path) => {
  expect(await helpReadByHead(bin(path))).toEqual({ code: 0, stderr: "" });
});
