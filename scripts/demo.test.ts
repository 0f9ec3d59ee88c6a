// The README's first command (issue 7): the manager on embedded PostgreSQL,
// the support site, one acquisition, 50 simulated security PCs with a fault
// mix, a job for a freshly acquired update, and the job execution status
// table at the end. Run twice in a row: nothing of the first run is in the
// way of the second.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const tsx = new URL("../node_modules/.bin/tsx", import.meta.url).pathname;
const demo = new URL("./demo.ts", import.meta.url).pathname;

function runDemo() {
  const run = spawnSync(tsx, [demo], { encoding: "utf8", timeout: 150_000 });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout;
}

describe("npm run demo", () => {
  it("acquires an update, pushes it to 50 PCs and ends with the status table, twice in a row", () => {
    for (const stdout of [runDemo(), runDemo()]) {
      expect(stdout).toMatch(/^2\. Manager on embedded PostgreSQL: http:\/\/127\.0\.0\.1:\d+/m);
      expect(stdout).toMatch(/^ {3}run 1: \d+ updates selected .*, (\d+) packaged, 0 failed$/m);
      const rows = stdout.split("\n").filter((line) => /^SEC-\d{5} /.test(line));
      const errors = rows.filter((row) => / error +3000970/.test(row));
      expect(errors.map((row) => row.split(/ +/)[2]).sort()).toEqual([
        "300097078100",
        "300097078400",
        "300097078400",
        "300097078500",
        "300097078500",
        "300097078500",
        "300097078600",
        "300097078600",
      ]);
      expect(rows.filter((row) => /awaiting restart \(answered No\)/.test(row))).toHaveLength(1);
      expect(stdout).toMatch(/^41 more PCs: completed /m);
      expect(stdout).toContain("The certification of the authentication device has expired.");
      expect(stdout).toMatch(/^Where to look next:$/m);
    }
  }, 300_000);
});
