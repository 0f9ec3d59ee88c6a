// The workspace's shape (issue: workspace and protocol): four @patchcast/*
// packages linked with workspace:*, ESM only, and dependencies pointing one
// way: protocol and pki-sim never import manager or agent, and manager and
// agent never import each other. Checked on package.json and on every
// import in the source.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const packages = ["protocol", "pki-sim", "manager", "agent"] as const;
type Pkg = (typeof packages)[number];

const forbidden: Record<Pkg, Pkg[]> = {
  protocol: ["pki-sim", "manager", "agent"],
  "pki-sim": ["manager", "agent"],
  manager: ["agent"],
  agent: ["manager"],
};

function manifest(pkg: Pkg) {
  return JSON.parse(readFileSync(join(root, "packages", pkg, "package.json"), "utf8")) as {
    name: string;
    type?: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "gen") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g;

describe("workspace", () => {
  for (const pkg of packages) {
    it(`@patchcast/${pkg} is an ESM package whose workspace links use workspace:*`, () => {
      const m = manifest(pkg);
      expect(m.name).toBe(`@patchcast/${pkg}`);
      expect(m.type).toBe("module");
      for (const [name, range] of Object.entries({ ...m.dependencies, ...m.devDependencies })) {
        if (name.startsWith("@patchcast/")) expect(range, name).toBe("workspace:*");
      }
    });

    it(`@patchcast/${pkg} depends on none of ${forbidden[pkg].join(", ")}`, () => {
      const m = manifest(pkg);
      const deps = Object.keys({ ...m.dependencies, ...m.devDependencies });
      for (const other of forbidden[pkg]) expect(deps).not.toContain(`@patchcast/${other}`);

      const offenders: string[] = [];
      const dir = join(root, "packages", pkg);
      for (const file of sourceFiles(dir)) {
        for (const match of readFileSync(file, "utf8").matchAll(importPattern)) {
          const spec = match[1] ?? "";
          const reachesOther = forbidden[pkg].some(
            (other) =>
              spec.startsWith(`@patchcast/${other}`) ||
              spec.includes(`packages/${other}/`) ||
              spec.includes(`../${other}/`),
          );
          const reachesIntoSrc = /^@patchcast\/[^/]+\/src\//.test(spec);
          if (reachesOther || reachesIntoSrc) offenders.push(`${file.slice(root.length)}: ${spec}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  }
});
