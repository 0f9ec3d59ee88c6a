// The README's first command ends with the job execution status table: the
// sound PCs completed, and each faulty PC shows its maintenance code.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run demo", () => {
  it("runs end to end and prints the status table", () => {
    const tsx = new URL("../node_modules/.bin/tsx", import.meta.url).pathname;
    const run = spawnSync(tsx, [new URL("./demo.ts", import.meta.url).pathname], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const rows = run.stdout.split("\n").filter((l) => l.startsWith("SEC-PC-"));
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => / COMPLETED /.test(r))).toHaveLength(6);
    for (const code of [
      "300097078500",
      "300097078400",
      "300097078600",
      "300097079100",
      "300097078100",
    ]) {
      expect(run.stdout).toContain(code);
    }
    expect(run.stdout).toMatch(/SEC-PC-012 +DISCONNECTED +closed by the manager with 1003/);
  });
});
