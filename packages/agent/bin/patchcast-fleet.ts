import { runFleetCli } from "../src/cli/fleet-main.ts";

// Output read by a reader that stops early (`| head`) is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit();
  throw error;
});

const stopRequested = new Promise<void>((resolve) => {
  process.once("SIGINT", () => resolve());
  process.once("SIGTERM", () => resolve());
});
const terminal = process.stderr.isTTY;
process.exitCode = await runFleetCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${terminal ? "\r\x1b[K" : ""}${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(terminal ? { status: (line: string) => process.stderr.write(`\r\x1b[K${line}`) } : {}),
  env: process.env,
  cwd: process.cwd(),
  stopRequested,
});
// Sockets of PCs that were still connecting must not keep the process alive.
await new Promise((resolve) => process.stdout.write("", resolve));
process.exit();
