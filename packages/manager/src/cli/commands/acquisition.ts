/** `acquisition run|runs|show|log`: runs on demand, their records, and DPT.LOG. */
import type { Command } from "../command.ts";
import { idArgument, printTable, stringOption } from "../command.ts";
import { UsageError } from "../usage-error.ts";

interface Run {
  id: number;
  trigger: string;
  slot: string | null;
  startedAt: string;
  finishedAt: string | null;
  outcome: string;
  selected: number;
  packaged: number;
  existing: number;
  failed: number;
  detail: string;
}
interface Line {
  line: string;
}
interface Item {
  fileName: string;
  packageName: string;
  outcome: string;
  detail: string;
}

const summary = (r: Run) =>
  `run ${r.id} (${r.trigger}) ${r.outcome}: ${r.selected} selected, ${r.packaged} packaged, ${r.existing} already there, ${r.failed} failed`;

export const acquisitionCommands: readonly Command[] = [
  {
    words: "acquisition run",
    summary: "Run the automatic acquisition now (--wait: until it ends)",
    usage: "[--wait]",
    options: { wait: { type: "boolean" } },
    positionals: { min: 0, max: 0 },
    async run(ctx, _p, values) {
      const wait = values.wait === true;
      const run = await ctx.client.call<Run>("POST", `acquisition/runs${wait ? "?wait=true" : ""}`);
      if (ctx.json) return ctx.print(JSON.stringify(run));
      ctx.print(wait ? summary(run) : `run ${run.id} started`);
      if (wait && run.detail) ctx.print(`detail: ${run.detail}`);
    },
  },
  {
    words: "acquisition runs",
    summary: "List the acquisition runs, newest first",
    usage: "[--limit N]",
    options: { limit: { type: "string" } },
    positionals: { min: 0, max: 0 },
    async run(ctx, _p, values) {
      const limit = stringOption(values, "limit");
      if (limit !== undefined && !/^\d{1,4}$/.test(limit))
        throw new UsageError(`--limit must be 1-1000: got ${limit}`);
      const { runs } = await ctx.client.call<{ runs: Run[] }>(
        "GET",
        `acquisition/runs${limit ? `?limit=${limit}` : ""}`,
      );
      if (ctx.json) return ctx.print(JSON.stringify(runs));
      printTable(
        ctx.print,
        ["ID", "TRIGGER", "STARTED", "OUTCOME", "SELECTED", "PACKAGED", "EXISTING", "FAILED"],
        runs.map((r) => [
          r.id,
          r.trigger,
          r.startedAt,
          r.outcome,
          r.selected,
          r.packaged,
          r.existing,
          r.failed,
        ]),
      );
    },
  },
  {
    words: "acquisition show",
    summary: "Show a run: each file, and its DPT.LOG lines",
    usage: "<run-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const details = await ctx.client.call<{ run: Run; items: Item[]; lines: Line[] }>(
        "GET",
        `acquisition/runs/${idArgument("run ID", id)}`,
      );
      if (ctx.json) return ctx.print(JSON.stringify(details));
      ctx.print(summary(details.run));
      if (details.run.detail) ctx.print(`detail: ${details.run.detail}`);
      printTable(
        ctx.print,
        ["FILE", "PACKAGE", "OUTCOME", "DETAIL"],
        details.items.map((i) => [i.fileName, i.packageName, i.outcome, i.detail]),
      );
      for (const line of details.lines) ctx.print(line.line);
    },
  },
  {
    words: "acquisition log",
    summary: "Print the newest DPT.LOG lines of the runs",
    usage: "[--limit N]",
    options: { limit: { type: "string" } },
    positionals: { min: 0, max: 0 },
    async run(ctx, _p, values) {
      const limit = stringOption(values, "limit");
      if (limit !== undefined && !/^\d{1,5}$/.test(limit))
        throw new UsageError(`--limit must be 1-10000: got ${limit}`);
      const { lines } = await ctx.client.call<{ lines: Line[] }>(
        "GET",
        `acquisition/dpt-log${limit ? `?limit=${limit}` : ""}`,
      );
      if (ctx.json) return ctx.print(JSON.stringify(lines));
      for (const line of lines) ctx.print(line.line);
    },
  },
];
