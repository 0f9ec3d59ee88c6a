/**
 * What a fleet shows: a one-line progress count while it runs, and at the
 * end a table of states and maintenance codes with each code's cause, and
 * the PCs that did not end as their plan said they would.
 */
import { describeMaintenanceCode } from "@patchcast/protocol";
import type { FleetPc } from "./start-fleet.ts";

export interface StateRow {
  readonly state: string;
  readonly code: string;
  readonly count: number;
  readonly cause: string;
}

/** Counts PCs by (state, code), most frequent first. */
export function tallyStates(pcs: readonly FleetPc[]): StateRow[] {
  const rows = new Map<string, { state: string; code: string; count: number }>();
  for (const pc of pcs) {
    const state = pc.view.state;
    const code = pc.view.code ?? "";
    const key = `${state}\u0000${code}`;
    const row = rows.get(key) ?? { state, code, count: 0 };
    row.count++;
    rows.set(key, row);
  }
  return [...rows.values()]
    .sort(
      (a, b) => b.count - a.count || a.state.localeCompare(b.state) || a.code.localeCompare(b.code),
    )
    .map((row) => ({
      ...row,
      cause: row.code ? (describeMaintenanceCode(row.code)?.cause ?? "") : "",
    }));
}

/** Where a PC ended against where its plan says it should. */
export function expectationOf(pc: FleetPc): { expected: string; met: boolean } {
  const { plan, view } = pc;
  if (plan.expectedCode !== null) {
    return { expected: plan.expectedCode, met: view.code === plan.expectedCode };
  }
  const expected = plan.answersYes ? "completed" : "declined";
  return { expected, met: view.state === expected };
}

/** PCs meant to authenticate that have had no job: nothing to judge yet. */
const waitingForJob = (pc: FleetPc) =>
  pc.view.jobs.size === 0 &&
  pc.view.phase !== "auth-failed" &&
  (pc.plan.expectedCode === null || pc.plan.faults.includes("tampered-job"));

/** PCs that ended otherwise than planned (those still without a job are not judged). */
export function unmetExpectations(pcs: readonly FleetPc[]) {
  return pcs
    .filter((pc) => !waitingForJob(pc))
    .map((pc) => ({ pc, ...expectationOf(pc) }))
    .filter((e) => !e.met)
    .map((e) => ({
      pcId: e.pc.plan.pcId,
      expected: e.expected,
      state: e.pc.view.state,
      code: e.pc.view.code ?? "",
    }));
}

export function progressLine(pcs: readonly FleetPc[], settled: number, elapsedMs: number): string {
  const counts = new Map<string, number>();
  for (const pc of pcs) counts.set(pc.view.state, (counts.get(pc.view.state) ?? 0) + 1);
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([state, n]) => `${state} ${n}`);
  return `${(elapsedMs / 1000).toFixed(1)}s  ${pcs.length} PCs  settled ${settled}  | ${parts.join(" · ")}`;
}

/** Columns padded to their widest cell, a rule under the header; trailing spaces trimmed. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function finalReport(pcs: readonly FleetPc[]): string[] {
  const rows = tallyStates(pcs).map((r) => [r.state, r.code, String(r.count), r.cause]);
  const unmet = unmetExpectations(pcs);
  const lines = [...formatTable(["state", "code", "PCs", "cause"], rows), ""];
  const idle = pcs.filter(waitingForJob).length;
  if (idle > 0) lines.push(`${idle} PCs have had no job yet`);
  if (unmet.length === 0) {
    lines.push(`every PC that has had a job or failed to authenticate ended as planned`);
  } else {
    lines.push(`${unmet.length} of ${pcs.length} PCs did not end as planned:`);
    for (const u of unmet.slice(0, 20)) {
      lines.push(`  ${u.pcId}: expected ${u.expected}, is ${u.state}${u.code ? ` ${u.code}` : ""}`);
    }
    if (unmet.length > 20) lines.push(`  … and ${unmet.length - 20} more`);
  }
  return lines;
}
