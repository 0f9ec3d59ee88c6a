/**
 * patchcast demo (`npm run demo`): the manager on embedded PostgreSQL, the
 * simulated support site, one acquisition, fifty simulated security PCs with
 * a fault mix, and an Install package job followed until every PC has
 * settled. Ends with the job execution status table; leaves nothing behind.
 */
import { runDemo } from "./demo/run-demo.ts";

const terminal = process.stdout.isTTY;
try {
  await runDemo({
    out: (line) => process.stdout.write(`${terminal ? "\r\x1b[K" : ""}${line}\n`),
    ...(terminal ? { status: (line: string) => process.stdout.write(`\r\x1b[K${line}`) } : {}),
  });
  process.exitCode = 0;
} catch (error) {
  process.stderr.write(
    `\ndemo failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
// Timers of PCs that were reconnecting must not hold the process.
await new Promise((resolve) => process.stdout.write("", resolve));
process.exit();
