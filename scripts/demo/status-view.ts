/**
 * The job execution status as the demo shows it: a progress count while the
 * PCs work, and the final table of seed 001 (PC, state, and for errors the
 * maintenance code with its cause and action), from the admin API's view.
 */
import { formatTable } from "@patchcast/agent";

export interface Destination {
  readonly pcId: string;
  readonly state: string;
  readonly maintenanceCode: string | null;
  readonly cause: string | null;
  readonly action: string | null;
}

export interface ExecutionView {
  readonly destinations: Destination[];
}

const FINAL = new Set(["completed", "error"]);

/** Every PC is done: completed, in error, or waiting after it answered No. */
export function isSettled(
  destinations: readonly Destination[],
  declined: ReadonlySet<string>,
): boolean {
  return destinations.every(
    (d) => FINAL.has(d.state) || (d.state === "awaiting_restart" && declined.has(d.pcId)),
  );
}

export function progressOf(destinations: readonly Destination[]): string {
  const counts = new Map<string, number>();
  for (const d of destinations) counts.set(d.state, (counts.get(d.state) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([state, n]) => `${state} ${n}`)
    .join(" · ");
}

const ORDER = ["error", "awaiting_restart", "completed"];
const rank = (state: string) => {
  const at = ORDER.indexOf(state);
  return at < 0 ? ORDER.length : at;
};

/** The table, errors first; completed PCs are counted on one line rather than listed. */
export function statusTable(destinations: readonly Destination[]): string[] {
  const sorted = [...destinations].sort(
    (a, b) => rank(a.state) - rank(b.state) || a.pcId.localeCompare(b.pcId),
  );
  const listed = sorted.filter((d) => d.state !== "completed");
  const completed = sorted.length - listed.length;
  const rows = listed.map((d) => [
    d.pcId,
    d.state === "awaiting_restart" ? "awaiting restart (answered No)" : d.state,
    d.maintenanceCode ?? "",
    d.cause ?? "",
    d.action ?? "",
  ]);
  return [
    ...formatTable(["PC", "state", "code", "cause", "action"], rows),
    `${completed} more PCs: completed (downloaded, SHA-256 checked, installed after the restart)`,
  ];
}
