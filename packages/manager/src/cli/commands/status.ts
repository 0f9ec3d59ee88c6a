/**
 * `status <job-id>`, `status --execution ID [--pc PC-ID]`: job execution
 * status per destination (contract §4), and one destination's detailed
 * information: every transition with its time, and the maintenance code
 * with its cause and action.
 */
import type { Command, CommandContext } from "../command.ts";
import { idArgument, printTable, stringOption } from "../command.ts";
import { UsageError } from "../usage-error.ts";

interface Maintenance {
  maintenanceCode: string | null;
  cause: string | null;
  action: string | null;
  detail: string | null;
}
interface Destination extends Maintenance {
  pcId: string;
  state: string;
  updatedAt: string;
  transitions: ({ state: string; at: string } & Maintenance)[];
}
interface ExecutionStatus {
  executionId: number;
  wireJobId: string;
  jobName: string;
  createdAt: string;
  cancellation: { at: string; by: string | null; reason: string | null } | null;
  summary: Record<string, number>;
  destinations: Destination[];
}

const summaryLine = (summary: Record<string, number>) =>
  Object.entries(summary)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${state} ${n}`)
    .join(", ") || "no destinations";

function printExecution(ctx: CommandContext, e: ExecutionStatus): void {
  ctx.print(
    `execution ${e.executionId} of job "${e.jobName}", ${e.createdAt}: ${summaryLine(e.summary)}`,
  );
  const c = e.cancellation;
  if (c) {
    ctx.print(
      `cancelled at ${c.at} by ${c.by ?? "a deleted administrator"}${c.reason ? `: ${c.reason}` : ""}`,
    );
  }
  printTable(
    ctx.print,
    ["PC ID", "STATE", "SINCE", "CODE"],
    e.destinations.map((d) => [d.pcId, d.state, d.updatedAt, d.maintenanceCode]),
  );
}

function printDestination(ctx: CommandContext, d: Destination): void {
  ctx.print(`${d.pcId}: ${d.state} since ${d.updatedAt}`);
  if (d.maintenanceCode !== null) {
    ctx.print(`maintenance code: ${d.maintenanceCode}`);
    ctx.print(`cause: ${d.cause ?? "-"}`);
    ctx.print(`action: ${d.action ?? "-"}`);
  }
  if (d.detail !== null) ctx.print(`detail: ${d.detail}`);
  printTable(
    ctx.print,
    ["AT", "STATE", "CODE"],
    d.transitions.map((t) => [t.at, t.state, t.maintenanceCode]),
  );
}

export const statusCommands: readonly Command[] = [
  {
    words: "status",
    summary: "Job execution status per destination, or one destination's detailed information",
    usage: "<job-id> | --execution ID [--pc PC-ID]",
    options: { execution: { type: "string" }, pc: { type: "string" } },
    positionals: { min: 0, max: 1 },
    async run(ctx, [jobId], values) {
      const execution = stringOption(values, "execution");
      const pc = stringOption(values, "pc");
      if ((jobId === undefined) === (execution === undefined)) {
        throw new UsageError("give a job ID or --execution ID");
      }
      if (pc !== undefined && execution === undefined)
        throw new UsageError("--pc needs --execution");
      if (execution !== undefined) {
        const id = idArgument("--execution", execution);
        const path =
          pc === undefined
            ? `executions/${id}`
            : `executions/${id}/destinations/${encodeURIComponent(pc)}`;
        const answer = await ctx.client.call<ExecutionStatus | Destination>("GET", path);
        if (ctx.json) return ctx.print(JSON.stringify(answer));
        if (pc === undefined) printExecution(ctx, answer as ExecutionStatus);
        else printDestination(ctx, answer as Destination);
        return;
      }
      const status = await ctx.client.call<{
        job: { id: number; name: string };
        summary: Record<string, number>;
        executions: ExecutionStatus[];
      }>("GET", `jobs/${idArgument("job ID", jobId)}/status`);
      if (ctx.json) return ctx.print(JSON.stringify(status));
      ctx.print(`job ${status.job.id} "${status.job.name}": ${summaryLine(status.summary)}`);
      for (const e of status.executions) printExecution(ctx, e);
    },
  },
];
