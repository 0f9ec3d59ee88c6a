import { runPkiCli } from "../src/cli/main.ts";

process.exitCode = await runPkiCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
