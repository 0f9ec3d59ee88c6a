/** `job list|show|create|execute|cancel|delete`: Install package jobs and the others. */
import type { Command, CommandContext, OptionValues } from "../command.ts";
import { dateOption, idArgument, printTable, requiredOption, stringOption } from "../command.ts";
import { UsageError } from "../usage-error.ts";

interface Notice {
  rule: string;
  message: string;
  detail?: string;
}
interface Job {
  id: number;
  name: string;
  type: string;
  groupId: number;
  packageId: number;
  saved: boolean;
  createdAt: string;
}
interface Execution {
  executionId: number;
  wireJobId: string;
  executeAt: string | null;
  destinations: { pcId: string }[];
  warnings: Notice[];
}

const JOB_TYPES = [
  "install-package",
  "transfer-to-relay",
  "collect-files",
  "get-system-information",
];

function oneOf(values: OptionValues, name: string, allowed: readonly string[]): string | undefined {
  const value = stringOption(values, name);
  if (value !== undefined && !allowed.includes(value)) {
    throw new UsageError(
      `--${name} must be one of ${allowed.join(", ")}: got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** One line per rule notice: `RULE: message (detail)`. */
export const noticeLines = (notices: readonly Notice[]): string[] =>
  notices.map((n) => `${n.rule}: ${n.message}${n.detail === undefined ? "" : ` (${n.detail})`}`);

const printWarnings = (ctx: CommandContext, notices: readonly Notice[]) => {
  for (const line of noticeLines(notices)) ctx.print(`warning: ${line}`);
};

function printExecution(ctx: CommandContext, e: Execution): void {
  ctx.print(
    `execution ${e.executionId} started for ${e.destinations.length} PC(s)${e.executeAt ? `, at ${e.executeAt}` : ""}`,
  );
}

/** The job definition the options describe. */
function definitionOf(values: OptionValues): Record<string, unknown> {
  const distribution: Record<string, unknown> = {};
  const method = oneOf(values, "method", ["unicast", "broadcast", "multicast"]);
  if (method !== undefined) distribution.method = method;
  const suspected = oneOf(values, "suspected", ["distribute", "do-not-distribute"]);
  if (suspected !== undefined) distribution.suspectedDestinations = suspected;
  if (values["split-package"] === true) distribution.splitPackage = true;
  const conditions: Record<string, unknown> = {};
  if (values["replace-existing"] === true) conditions.replaceExisting = true;
  const relay = dateOption(values, "relay-expires");
  if (relay !== undefined) conditions.relayExpiresAt = relay;
  const schedule: Record<string, unknown> = {};
  const server = dateOption(values, "server-date");
  if (server !== undefined) schedule.serverExecuteAt = server;
  const client = dateOption(values, "client-date");
  if (client !== undefined) schedule.clientExecuteAt = client;
  return {
    name: requiredOption(values, "name"),
    type: oneOf(values, "type", JOB_TYPES) ?? "install-package",
    groupId: idArgument("--group", stringOption(values, "group")),
    packageId: idArgument("--package", stringOption(values, "package")),
    ...(Object.keys(distribution).length > 0 ? { distribution } : {}),
    ...(Object.keys(conditions).length > 0 ? { conditions } : {}),
    ...(Object.keys(schedule).length > 0 ? { schedule } : {}),
  };
}

export const jobCommands: readonly Command[] = [
  {
    words: "job list",
    summary: "List job definitions",
    usage: "[--saved]",
    options: { saved: { type: "boolean" } },
    positionals: { min: 0, max: 0 },
    async run(ctx, _positionals, values) {
      const query = values.saved === true ? "?saved=true" : "";
      const { jobs } = await ctx.client.call<{ jobs: Job[] }>("GET", `jobs${query}`);
      if (ctx.json) return ctx.print(JSON.stringify(jobs));
      printTable(
        ctx.print,
        ["ID", "NAME", "TYPE", "GROUP", "PACKAGE", "SAVED"],
        jobs.map((j) => [j.id, j.name, j.type, j.groupId, j.packageId, j.saved]),
      );
    },
  },
  {
    words: "job show",
    summary: "Show a job definition",
    usage: "<job-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const job = await ctx.client.call<Job>("GET", `jobs/${idArgument("job ID", id)}`);
      ctx.print(JSON.stringify(job, null, ctx.json ? undefined : 2));
    },
  },
  {
    words: "job create",
    summary: "Define a job; save it, execute it, or both",
    usage:
      "--name NAME --group ID --package ID [--type TYPE] [--execute | --save-and-execute] [--server-date ISO] [--client-date ISO] [--replace-existing] [--relay-expires ISO] [--method unicast|broadcast|multicast] [--suspected distribute|do-not-distribute] [--split-package]",
    options: {
      name: { type: "string" },
      group: { type: "string" },
      package: { type: "string" },
      type: { type: "string" },
      execute: { type: "boolean" },
      "save-and-execute": { type: "boolean" },
      "server-date": { type: "string" },
      "client-date": { type: "string" },
      "replace-existing": { type: "boolean" },
      "relay-expires": { type: "string" },
      method: { type: "string" },
      suspected: { type: "string" },
      "split-package": { type: "boolean" },
    },
    positionals: { min: 0, max: 0 },
    async run(ctx, _positionals, values) {
      if (values.execute === true && values["save-and-execute"] === true) {
        throw new UsageError("give --execute or --save-and-execute, not both");
      }
      const definition = definitionOf(values);
      const path =
        values.execute === true
          ? "jobs/execute"
          : values["save-and-execute"] === true
            ? "jobs/save-and-execute"
            : "jobs";
      const answer = await ctx.client.call<{
        job: Job;
        warnings?: Notice[];
        execution?: Execution;
      }>("POST", path, definition);
      if (ctx.json) return ctx.print(JSON.stringify(answer));
      ctx.print(
        `job ${answer.job.id} ${answer.job.saved ? "saved" : "defined"}: ${answer.job.name}`,
      );
      printWarnings(ctx, answer.execution?.warnings ?? answer.warnings ?? []);
      if (answer.execution) printExecution(ctx, answer.execution);
    },
  },
  {
    words: "job execute",
    summary: "Execute a saved job again",
    usage: "<job-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const { execution } = await ctx.client.call<{ execution: Execution }>(
        "POST",
        `jobs/${idArgument("job ID", id)}/execute`,
      );
      if (ctx.json) return ctx.print(JSON.stringify(execution));
      printWarnings(ctx, execution.warnings);
      printExecution(ctx, execution);
    },
  },
  {
    words: "job cancel",
    summary: "Cancel a job execution on every PC where it is not over",
    usage: "<execution-id> [--reason TEXT]",
    options: { reason: { type: "string" } },
    positionals: { min: 1, max: 1 },
    async run(ctx, [id], values) {
      const executionId = idArgument("execution ID", id);
      const reason = stringOption(values, "reason");
      const answer = await ctx.client.call<{
        cancelledNow: boolean;
        ended: number;
        told: number;
        cancellation: { at: string; by: string | null };
      }>("POST", `executions/${executionId}/cancel`, reason === undefined ? {} : { reason });
      if (ctx.json) return ctx.print(JSON.stringify(answer));
      if (!answer.cancelledNow) {
        ctx.print(
          `execution ${executionId} was already cancelled at ${answer.cancellation.at} by ${answer.cancellation.by ?? "a deleted administrator"}`,
        );
        return;
      }
      ctx.print(
        `execution ${executionId} cancelled: ${answer.ended} destination(s) never offered ended at once, ${answer.told} PC(s) holding the job told to cancel (those offline when they next connect)`,
      );
    },
  },
  {
    words: "job delete",
    summary: "Delete a job definition with its executions",
    usage: "<job-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const jobId = idArgument("job ID", id);
      await ctx.client.call("DELETE", `jobs/${jobId}`);
      if (!ctx.json) ctx.print(`job ${jobId} deleted`);
    },
  },
];
