/**
 * `pnpm bench [name…]`: runs the benchmarks (all, or those named), prints
 * one table with each figure beside its target, and writes the rows as
 * JSON to bench/results/. Not a test.
 *
 *     pnpm bench                  # every benchmark
 *     pnpm bench status-reports   # only that one
 */
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { runFleetStartBench } from "./fleet-start.ts";
import { somaxconn } from "./lib/kernel-counters.ts";
import { runPkiBench } from "./pki.ts";
import { runScaleBench } from "./scale.ts";
import { runStatusReportBench, type TargetedRow } from "./status-reports.ts";

const BENCHES: Record<string, () => Promise<readonly TargetedRow[]>> = {
  pki: runPkiBench,
  "status-reports": runStatusReportBench,
  "fleet-start": async () => {
    const count = Number(process.env.PATCHCAST_BENCH_FLEET_PCS ?? 10_000);
    const r = await runFleetStartBench(count);
    return [
      {
        name: `fleet start-up in one process, ${count} PCs`,
        perSecond: (count * 1000) / r.authenticatedMs,
        target: "< 10 s",
        met: r.authenticatedMs < 10_000,
        note: `${(r.authenticatedMs / 1000).toFixed(1)} s to all authenticated: certificates ${(r.certificatesMs / 1000).toFixed(1)} s, agents started ${(r.agentsMs / 1000).toFixed(1)} s`,
      },
    ];
  },
  scale: runScaleBench,
};

const asked = process.argv.slice(2);
if (asked.includes("--help") || asked.includes("-h")) {
  console.log(`usage: pnpm bench [${Object.keys(BENCHES).join("|")} …]

Runs the benchmarks (all but fleet-start when none is named), prints each
figure beside its baseline and target (for scale, also how busy the cores
were and the floor: the least time the contract's work allows here), and
writes bench/results/latest.json.

  PATCHCAST_DATABASE_URL or PATCHCAST_TEST_DATABASE_URL
                                 a PostgreSQL server for the status reports on the server
  PATCHCAST_BENCH_SCALE_PCS      PCs of the scale scenario (default 10000)
  PATCHCAST_BENCH_HELD_PCS       PCs held by one manager (default 19000)
  PATCHCAST_BENCH_WSS_PCS        PCs held over wss (default 3000)
  PATCHCAST_BENCH_DATABASE_URL   run the scale scenario's manager on this server
  PATCHCAST_BENCH_FLEET_DIR      where simulated PCs keep their state (default /dev/shm)
  PATCHCAST_BENCH_FLEET_PCS      PCs of fleet-start (default 10000)
  BENCH_MANAGER_NODE_ARGS, BENCH_WORKER_NODE_ARGS   node flags (--cpu-prof …)

See docs/PERFORMANCE.md.`);
  process.exit(0);
}
const unknown = asked.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(", ")}: expected one of ${Object.keys(BENCHES).join(", ")}`,
  );
  process.exit(2);
}
// fleet-start repeats the first figure of scale in one process: run it by name.
const names =
  asked.length > 0 ? asked : Object.keys(BENCHES).filter((name) => name !== "fleet-start");

const started = performance.now();
const loadBefore = loadavg()[0] ?? 0;
const rows: (TargetedRow & { bench: string })[] = [];
for (const name of names) {
  const run = BENCHES[name] as () => Promise<readonly TargetedRow[]>;
  for (const row of await run()) rows.push({ bench: name, ...row });
}
const seconds = (performance.now() - started) / 1000;

const targetText = (row: TargetedRow) =>
  row.target === undefined
    ? ""
    : `${row.target}${row.met === false ? " MISSED" : row.met ? " met" : ""}`;
const nameWidth = Math.max(...rows.map((r) => r.name.length));
const targetWidth = Math.max("target".length, ...rows.map((r) => targetText(r).length));
console.log(
  `${"benchmark".padEnd(nameWidth)}  ${"ops/s".padStart(10)}  ${"target".padEnd(targetWidth)}  note`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(nameWidth)}  ${Math.round(row.perSecond).toLocaleString("en-US").padStart(10)}  ${targetText(row).padEnd(targetWidth)}  ${row.note}`,
  );
}
const missed = rows.filter((r) => r.met === false);
if (missed.length > 0) {
  console.log(`MISSED ${missed.length} target(s): ${missed.map((r) => r.name).join("; ")}`);
}
// Other work on the machine takes its share of the cores: the figures are read beside it.
// net.core.somaxconn caps every listen queue: below the servers' 8,192, a storm overflows it sooner.
const machine = {
  cores: availableParallelism(),
  loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
  somaxconn: somaxconn() ?? null,
};
console.log(
  `(node ${process.version}, ${machine.cores} cores, load average ${machine.loadAverage.before.toFixed(1)} before, ${machine.loadAverage.after.toFixed(1)} after; somaxconn ${machine.somaxconn ?? "unknown"}; ${seconds.toFixed(1)} s)`,
);

const dir = join(import.meta.dirname, "results");
await mkdir(dir, { recursive: true });
const report = JSON.stringify(
  { at: new Date().toISOString(), node: process.version, machine, seconds, benches: names, rows },
  null,
  2,
);
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
await writeFile(join(dir, `bench-${stamp}.json`), report);
await writeFile(join(dir, "latest.json"), report);
console.log(`results: ${join("bench", "results", "latest.json")}`);
