/** `package list|show|upload|download|delete` and `cabinet list|create`. */
import { basename } from "node:path";
import type { Command } from "../command.ts";
import { idArgument, printTable, requiredOption, stringOption } from "../command.ts";
import { UsageError } from "../usage-error.ts";

interface Package {
  id: number;
  cabinetId: string;
  packageCode: string;
  name: string;
  version: string;
  generation: number;
  updateData: boolean;
  fileName: string | null;
  sha256: string;
  size: number;
}
interface Cabinet {
  id: string;
  name: string;
  packageCount: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

function describe(p: Package): string[] {
  return [
    `package ${p.id}: ${p.name} ${p.version} generation ${p.generation} in cabinet ${p.cabinetId}`,
    `package ID: ${p.packageCode}`,
    `kind: ${p.updateData ? "update data package" : "ordinary package"}`,
    `file: ${p.fileName ?? "-"} (${p.size} bytes)`,
    `SHA-256: ${p.sha256}`,
  ];
}

export const packageCommands: readonly Command[] = [
  {
    words: "package list",
    summary: "List packages, every cabinet's or one's",
    usage: "[--cabinet ID]",
    options: { cabinet: { type: "string" } },
    positionals: { min: 0, max: 0 },
    async run(ctx, _positionals, values) {
      const cabinet = stringOption(values, "cabinet");
      const query = cabinet === undefined ? "" : `?${new URLSearchParams({ cabinet })}`;
      const { packages } = await ctx.client.call<{ packages: Package[] }>(
        "GET",
        `packages${query}`,
      );
      if (ctx.json) return ctx.print(JSON.stringify(packages));
      printTable(
        ctx.print,
        ["ID", "CABINET", "NAME", "VERSION", "GEN", "UPDATE DATA", "SIZE"],
        packages.map((p) => [
          p.id,
          p.cabinetId,
          p.name,
          p.version,
          p.generation,
          p.updateData,
          p.size,
        ]),
      );
    },
  },
  {
    words: "package show",
    summary: "Show a package",
    usage: "<package-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const pkg = await ctx.client.call<Package>("GET", `packages/${idArgument("package ID", id)}`);
      if (ctx.json) return ctx.print(JSON.stringify(pkg));
      for (const line of describe(pkg)) ctx.print(line);
    },
  },
  {
    words: "package upload",
    summary: "Upload a file as a package into a cabinet",
    usage:
      "<file> --cabinet ID --name NAME --version V [--generation N] [--update-data] [--package-id ID] [--sha256 HEX]",
    options: {
      cabinet: { type: "string" },
      name: { type: "string" },
      version: { type: "string" },
      generation: { type: "string" },
      "update-data": { type: "boolean" },
      "package-id": { type: "string" },
      sha256: { type: "string" },
    },
    positionals: { min: 1, max: 1 },
    async run(ctx, [file = ""], values) {
      const query: Record<string, string> = {
        cabinet: requiredOption(values, "cabinet"),
        name: requiredOption(values, "name"),
        version: requiredOption(values, "version"),
        fileName: basename(file),
        updateData: String(values["update-data"] === true),
      };
      const generation = stringOption(values, "generation");
      if (generation !== undefined) {
        if (!/^\d{1,4}$/.test(generation)) {
          throw new UsageError(`--generation must be 0-9999: got ${JSON.stringify(generation)}`);
        }
        query.generation = generation;
      }
      const code = stringOption(values, "package-id");
      if (code !== undefined) query.packageCode = code;
      const sha256 = stringOption(values, "sha256")?.toLowerCase();
      if (sha256 !== undefined) {
        if (!SHA256.test(sha256)) throw new UsageError("--sha256 must be 64 hexadecimal digits");
        query.sha256 = sha256;
      }
      const pkg = await ctx.client.upload<Package>(`packages?${new URLSearchParams(query)}`, file);
      if (ctx.json) return ctx.print(JSON.stringify(pkg));
      for (const line of describe(pkg)) ctx.print(line);
    },
  },
  {
    words: "package download",
    summary: "Download a package's payload, by package ID or by SHA-256",
    usage: "<package-id | sha256> --output FILE",
    options: { output: { type: "string", short: "o" } },
    positionals: { min: 1, max: 1 },
    async run(ctx, [key = ""], values) {
      const output = requiredOption(values, "output");
      const path = SHA256.test(key.toLowerCase())
        ? `payloads/${key.toLowerCase()}`
        : `packages/${idArgument("package ID", key)}/payload`;
      const size = await ctx.client.download(path, output);
      if (ctx.json) return ctx.print(JSON.stringify({ output, size }));
      ctx.print(`${size} bytes written to ${output}`);
    },
  },
  {
    words: "package delete",
    summary: "Delete a package (refused while a job refers to it)",
    usage: "<package-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const packageId = idArgument("package ID", id);
      await ctx.client.call("DELETE", `packages/${packageId}`);
      if (!ctx.json) ctx.print(`package ${packageId} deleted`);
    },
  },
  {
    words: "cabinet list",
    summary: "List cabinets",
    usage: "",
    positionals: { min: 0, max: 0 },
    async run(ctx) {
      const { cabinets } = await ctx.client.call<{ cabinets: Cabinet[] }>("GET", "cabinets");
      if (ctx.json) return ctx.print(JSON.stringify(cabinets));
      printTable(
        ctx.print,
        ["ID", "NAME", "PACKAGES"],
        cabinets.map((c) => [c.id, c.name, c.packageCount]),
      );
    },
  },
  {
    words: "cabinet create",
    summary: "Create a cabinet: two upper-case letters or digits, and a name",
    usage: "<cabinet-id> <name>",
    positionals: { min: 2, max: 2 },
    async run(ctx, [id, name]) {
      const cabinet = await ctx.client.call<Cabinet>("POST", "cabinets", { id, name });
      if (ctx.json) return ctx.print(JSON.stringify(cabinet));
      ctx.print(`cabinet ${cabinet.id} created: ${cabinet.name}`);
    },
  },
];
