/**
 * The sample catalogue of the simulated support service site: a few dozen
 * updates across OSs, applications, update types, release dates and sizes,
 * with superseded ones, dated relative to `asOf` so that the 60-day window
 * of a run on that day always has content (and things just outside it).
 * The same `asOf` always gives the same catalogue, byte for byte.
 */
import {
  PATCHINFO_FORMAT,
  type PatchInfoJson,
  type PatchUpdateJson,
} from "../acquisition/patchinfo-format.ts";
import { sampleFileBytes, sha256Hex } from "./file-bytes.ts";
import { SAMPLE_ENTRIES, type SampleEntry } from "./sample-entries.ts";

const DAY_MS = 86_400_000;

/** Midnight UTC of `asOf`'s day. */
const dayOf = (asOf: Date) =>
  Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());

export interface SampleFile {
  readonly name: string;
  readonly size: number;
}

export interface SampleCatalogue {
  readonly patchinfo: PatchInfoJson;
  readonly files: readonly SampleFile[];
}

function fileName(entry: SampleEntry, arch: string): string {
  const kb = `kb${entry.kb}`;
  if (entry.ext === "exe") return `${entry.stem}-${kb}.exe`;
  return `${entry.stem}-${kb}-${arch}.msu`;
}

/** The catalogue as of `asOf`'s day (UTC): release dates count back from its midnight. */
export function sampleCatalogue(asOf: Date): SampleCatalogue {
  const day = dayOf(asOf);
  const files: SampleFile[] = [];
  const updates = SAMPLE_ENTRIES.map((entry, index): PatchUpdateJson => {
    const arches = entry.arches ?? ["x64"];
    const entryFiles = arches.map((arch, n) => {
      const name = fileName(entry, arch);
      const size = entry.kib * 1024 - index * 37 - n * 11;
      files.push({ name, size });
      return { name, url: `files/${name}`, size, sha256: sha256Hex(sampleFileBytes(name, size)) };
    });
    return {
      id: `KB${entry.kb}`,
      title: `${entry.title} (KB${entry.kb})`,
      target: entry.target,
      products: [entry.product],
      classification: entry.classification,
      ...(entry.severity ? { severity: entry.severity } : {}),
      releasedAt: new Date(day - entry.daysAgo * DAY_MS + entry.hour * 3_600_000).toISOString(),
      ...(entry.supersedes ? { supersedes: entry.supersedes.map((kb) => `KB${kb}`) } : {}),
      files: entryFiles,
    };
  });
  return {
    patchinfo: {
      format: PATCHINFO_FORMAT,
      version: Math.floor(day / DAY_MS),
      generatedAt: new Date(day).toISOString(),
      updates,
    },
    files,
  };
}
