/**
 * Generates src/gen/patchcast.{js,d.ts} from proto/ with protobuf.js's pbjs
 * (static code, ESM, 64-bit integers as numbers). Run `pnpm gen` after any
 * change to a .proto file; schema.test.ts fails while the output is stale.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const protoRoot = join(packageDir, "proto");
export const protoFiles: readonly string[] = readdirSync(join(protoRoot, "patchcast", "v1"))
  .filter((name) => name.endsWith(".proto"))
  .sort()
  .map((name) => `patchcast/v1/${name}`);

/** Writes patchcast.js and patchcast.d.ts into `outDir`. */
export function generate(outDir: string): void {
  const require = createRequire(join(packageDir, "package.json"));
  const pbjs = join(dirname(require.resolve("protobufjs-cli/package.json")), "bin", "pbjs");
  execFileSync(
    process.execPath,
    [
      pbjs,
      "--target=static-module",
      "--wrap=esm",
      "--dependency=protobufjs/minimal.js",
      "--force-number",
      "--null-semantics",
      "--no-delimited",
      "--no-service",
      "--dts",
      `--path=${protoRoot}`,
      `--out=${join(outDir, "patchcast.js")}`,
      ...protoFiles,
    ],
    // File names resolve only through --path, as imports do: run outside proto/.
    { cwd: packageDir, stdio: ["ignore", "ignore", "inherit"] },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(packageDir, "src", "gen");
  generate(out);
  console.log(`generated ${out}/patchcast.{js,d.ts} from ${protoFiles.length} .proto files`);
}
