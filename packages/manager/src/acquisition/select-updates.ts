/**
 * Which update files a run takes (seed 000 8.1.3; contract §5): OS updates
 * (never applications) released from the run time back to 60 days before
 * it, both ends included, to the second; of a selected product and type, or
 * named by the security policy (which overrides product and type only); and
 * not superseded, directly or down a chain of the file's `supersedes`, by
 * another update this run takes. An update whose replacement the run does
 * not take (another type, another product, an application, not released
 * yet) is taken: nothing else would bring its fix. Each file is a package,
 * named by the contract's rules; a file met twice is taken once.
 */
import { packageIdFor, packageNameFor } from "../services/package-naming.ts";
import type { PatchFile, PatchInfo, PatchUpdate } from "./patchinfo.ts";
import type { AutomaticSettings } from "./settings.ts";

export const WINDOW_DAYS = 60;

export interface SelectionRules {
  readonly automatic: AutomaticSettings;
  /** False: only the security policy's updates are taken (automatic acquisition off). */
  readonly useSettings: boolean;
  /** Update IDs the security policy requires (empty when that acquisition is off). */
  readonly requiredUpdates: readonly string[];
}

export interface SelectedFile {
  readonly update: PatchUpdate;
  readonly file: PatchFile;
  readonly packageName: string;
  readonly packageCode: string;
  /** The update's release time, `2026-11-10T17:00:00Z`: a new release is a new version. */
  readonly version: string;
  readonly reason: "settings" | "security-policy";
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Released at or before `runTime` and at most 60 days before it, to the second. */
export function inWindow(releasedAt: Date, runTime: Date): boolean {
  const released = seconds(releasedAt);
  const run = seconds(runTime);
  return released <= run && released >= run - WINDOW_DAYS * 86_400;
}

export const packageVersionOf = (update: PatchUpdate) =>
  `${update.releasedAt.toISOString().slice(0, 19)}Z`;

function wanted(update: PatchUpdate, rules: SelectionRules): SelectedFile["reason"] | undefined {
  const { targetProducts, updateTypes } = rules.automatic;
  const product =
    targetProducts === "all" || update.products.some((p) => targetProducts.includes(p));
  if (rules.useSettings && product && updateTypes.includes(update.classification))
    return "settings";
  if (rules.requiredUpdates.includes(update.id)) return "security-policy";
  return undefined;
}

/** The IDs `update` supersedes, directly or down the chain of the updates it names. */
function supersededBy(update: PatchUpdate, byId: ReadonlyMap<string, PatchUpdate>): Set<string> {
  const found = new Set<string>();
  const next = [...update.supersedes];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    next.push(...(byId.get(id)?.supersedes ?? []));
  }
  return found;
}

/**
 * The wanted updates no other wanted update supersedes. Two that supersede
 * each other (a catalogue's mistake) are both kept: neither is the newer.
 */
function latest(
  wantedUpdates: readonly PatchUpdate[],
  byId: ReadonlyMap<string, PatchUpdate>,
): Set<PatchUpdate> {
  const chains = new Map(wantedUpdates.map((u) => [u.id, supersededBy(u, byId)]));
  const replaced = new Set<string>();
  for (const [id, chain] of chains) {
    for (const older of chain) {
      if (older !== id && chains.has(older) && !chains.get(older)?.has(id)) replaced.add(older);
    }
  }
  return new Set(wantedUpdates.filter((u) => !replaced.has(u.id)));
}

export function selectUpdates(
  info: PatchInfo,
  runTime: Date,
  rules: SelectionRules,
): SelectedFile[] {
  const released = info.updates.filter((u) => seconds(u.releasedAt) <= seconds(runTime));
  const byId = new Map(released.map((u) => [u.id, u]));
  const reasons = new Map<PatchUpdate, SelectedFile["reason"]>();
  for (const update of released) {
    if (update.target !== "os" || !inWindow(update.releasedAt, runTime)) continue;
    const reason = wanted(update, rules);
    if (reason !== undefined) reasons.set(update, reason);
  }
  const taken = latest([...reasons.keys()], byId);
  const seen = new Set<string>();
  const selected: SelectedFile[] = [];
  for (const [update, reason] of reasons) {
    if (!taken.has(update)) continue;
    for (const file of update.files) {
      const packageName = packageNameFor(file.name);
      const packageCode = packageIdFor(packageName);
      const version = packageVersionOf(update);
      const key = `${packageCode} ${version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      selected.push({ update, file, packageName, packageCode, version, reason });
    }
  }
  return selected;
}
