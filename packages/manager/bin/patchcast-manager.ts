import { runManagerCli } from "../src/cli/main.ts";

process.exitCode = await runManagerCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
