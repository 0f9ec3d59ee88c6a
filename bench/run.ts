/** `pnpm bench`: runs the benchmarks and prints one table. Not a test. */
import { runPkiBench } from "./pki.ts";

const started = performance.now();
const rows = await runPkiBench();
const nameWidth = Math.max(...rows.map((r) => r.name.length));
console.log(`${"benchmark".padEnd(nameWidth)}  ${"ops/s".padStart(10)}  note`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(nameWidth)}  ${Math.round(row.perSecond).toLocaleString("en-US").padStart(10)}  ${row.note}`,
  );
}
console.log(`(node ${process.version}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
