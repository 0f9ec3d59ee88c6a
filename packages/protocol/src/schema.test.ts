// Contract §2: "a peer built only from the .proto files with the standard
// protobuf toolchain must interoperate". These tests hold the schema to
// that: buf's linter and compiler, protoc, a peer on another protobuf
// runtime (buf convert, Go), and generated code that matches the schema.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import protobuf from "protobufjs";
import { afterAll, describe, expect, it } from "vitest";
import { generate, packageDir, protoFiles, protoRoot } from "../scripts/gen.ts";
import { sampleBodies } from "./__fixtures__/messages.ts";
import { decodeMessage, encodeMessage } from "./codec.ts";
import { BODY_CASES, type Body } from "./messages.ts";

const require = createRequire(join(packageDir, "package.json"));
const buf = join(dirname(require.resolve("@bufbuild/buf/package.json")), "bin", "buf");

function run(cmd: string, args: readonly string[], input?: Uint8Array | string) {
  const result = spawnSync(cmd, args, { cwd: packageDir, input, maxBuffer: 16 * 1024 * 1024 });
  return {
    status: result.status,
    error: result.error,
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: result.stderr?.toString() ?? "",
  };
}

const protocAvailable = spawnSync("protoc", ["--version"]).status === 0;
const tmp = mkdtempSync(join(tmpdir(), "patchcast-schema-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the schema", () => {
  it("the Envelope body oneof is exactly the codec's BODY_CASES", () => {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => join(protoRoot, target);
    root.loadSync(protoFiles as string[]);
    const envelope = root.lookupType("patchcast.v1.Envelope");
    const body = envelope.oneofs?.body?.fieldsArray.map((f) => f.name) ?? [];
    expect(body).toEqual([...BODY_CASES]);
  });

  it("passes buf lint (STANDARD rules) and buf build", () => {
    const lint = run(buf, ["lint"]);
    expect(lint.stderr + lint.stdout.toString()).toBe("");
    expect(lint.status).toBe(0);
    const build = run(buf, ["build", "-o", join(tmp, "image.binpb")]);
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
  });

  it("src/gen is what `pnpm gen` makes of the .proto files today", () => {
    generate(tmp);
    for (const file of ["patchcast.js", "patchcast.d.ts"]) {
      const fresh = readFileSync(join(tmp, file), "utf8");
      const committed = readFileSync(join(packageDir, "src", "gen", file), "utf8");
      expect(committed === fresh, `src/gen/${file} is stale: run pnpm gen`).toBe(true);
    }
  });
});

describe("interoperability with a peer on another protobuf runtime (buf convert)", () => {
  const convert = (payload: Uint8Array | string, from: string, to: string) =>
    run(
      buf,
      [
        "convert",
        "proto",
        "--type",
        "patchcast.v1.Envelope",
        "--from",
        `-#format=${from}`,
        "--to",
        `-#format=${to}`,
      ],
      payload,
    );

  for (const kase of BODY_CASES) {
    it(`${kase}: our bytes read there, and its bytes of the same JSON read here`, () => {
      const ours = encodeMessage({ seq: 11, body: sampleBodies[kase] as Body });
      const asJson = convert(ours, "binpb", "json");
      expect(asJson.stderr).toBe("");
      const json = JSON.parse(asJson.stdout.toString()) as Record<string, unknown>;
      expect(json.seq).toBe("11");
      expect(Object.keys(json)).toContain(kase);
      const theirs = convert(JSON.stringify(json), "json", "binpb");
      expect(theirs.stderr).toBe("");
      const decoded = decodeMessage(theirs.stdout);
      expect(decoded.body.case).toBe(kase);
      expect(encodeMessage(decoded)).toEqual(ours);
    });
  }
});

// protoc ships as Debian's protobuf-compiler; .ci/run installs it, so in CI
// these always run. Elsewhere they run wherever protoc is on the PATH.
describe.runIf(protocAvailable || process.env.CI)("protoc", () => {
  const files = protoFiles.map((f) => join("proto", f));

  it("compiles every .proto file without error or warning", () => {
    const result = run("protoc", [
      "-Iproto",
      "--fatal_warnings",
      `--descriptor_set_out=${join(tmp, "set.pb")}`,
      ...files,
    ]);
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("protoc --decode reads our bytes and protoc --encode writes bytes we read", () => {
    const ours = encodeMessage({ seq: 9, body: sampleBodies.statusReport });
    const text = run("protoc", ["-Iproto", "--decode=patchcast.v1.Envelope", ...files], ours);
    expect(text.stderr).toBe("");
    expect(text.stdout.toString()).toContain('maintenance_code: "300097078500"');
    const back = run(
      "protoc",
      ["-Iproto", "--encode=patchcast.v1.Envelope", ...files],
      text.stdout,
    );
    expect(back.stderr).toBe("");
    expect(decodeMessage(back.stdout).body).toMatchObject({ case: "statusReport" });
    expect(new Uint8Array(back.stdout)).toEqual(new Uint8Array(ours));
  });
});
