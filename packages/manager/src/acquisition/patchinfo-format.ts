/**
 * The patch information file, `patchinfo.json` (contract §5), as it is
 * written: what the support service site serves and the acquisition reads.
 */
export const PATCHINFO_FORMAT = "patchcast-patchinfo/1";

/** The update types (classifications) an update may have (contract §5). */
export const CLASSIFICATIONS = [
  "Critical Updates",
  "Security Updates",
  "Definition Updates",
  "Update Rollups",
  "Service Packs",
  "Tools",
  "Feature Packs",
  "Updates",
  "Upgrades",
  "Drivers",
] as const;

export type Classification = (typeof CLASSIFICATIONS)[number];

export type UpdateTarget = "os" | "application";

export interface PatchFileJson {
  readonly name: string;
  /** Absolute, or relative to the patch information file. */
  readonly url: string;
  readonly size: number;
  readonly sha256: string;
}

export interface PatchUpdateJson {
  readonly id: string;
  readonly title: string;
  readonly target: UpdateTarget;
  readonly products: readonly string[];
  readonly classification: Classification;
  readonly severity?: string;
  /** ISO 8601. */
  readonly releasedAt: string;
  readonly supersedes?: readonly string[];
  readonly files: readonly PatchFileJson[];
}

export interface PatchInfoJson {
  readonly format: typeof PATCHINFO_FORMAT;
  readonly version: number;
  readonly generatedAt: string;
  readonly updates: readonly PatchUpdateJson[];
}
