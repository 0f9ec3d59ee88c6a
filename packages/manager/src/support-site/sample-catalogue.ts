/**
 * The sample catalogue of the simulated support service site: a few dozen
 * updates across OSs, applications, update types, release dates and sizes,
 * with superseded ones, dated relative to `asOf` so that the 60-day window
 * of a run on that day always has content (and things just outside it).
 * The same `asOf` always gives the same catalogue, byte for byte.
 */
import {
  type Classification,
  PATCHINFO_FORMAT,
  type PatchInfoJson,
  type PatchUpdateJson,
  type UpdateTarget,
} from "../acquisition/patchinfo-format.ts";
import { sampleFileBytes, sha256Hex } from "./file-bytes.ts";

interface Entry {
  readonly kb: number;
  readonly target: UpdateTarget;
  readonly product: string;
  /** File name stem, before `-kbNNNNNNN-<arch>`. */
  readonly stem: string;
  readonly title: string;
  readonly classification: Classification;
  readonly severity?: string;
  readonly daysAgo: number;
  readonly hour: number;
  readonly kib: number;
  readonly arches?: readonly string[];
  readonly ext?: string;
  readonly supersedes?: readonly number[];
}

const W11 = "Windows 11";
const W10 = "Windows 10";
const S22 = "Windows Server 2022";
const S19 = "Windows Server 2019";
const OFFICE = "Microsoft Office 2021";
const EDGE = "Microsoft Edge";

const CU = "Cumulative Update";
const ENTRIES: readonly Entry[] = [
  {
    kb: 5031356,
    target: "os",
    product: W11,
    stem: "windows11.0",
    title: `${CU} for Windows 11 Version 24H2`,
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 2,
    hour: 17,
    kib: 256,
    arches: ["x64", "arm64"],
    supersedes: [5030219],
  },
  {
    kb: 5030219,
    target: "os",
    product: W11,
    stem: "windows11.0",
    title: `${CU} for Windows 11 Version 24H2`,
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 32,
    hour: 17,
    kib: 240,
    supersedes: [5029263],
  },
  {
    kb: 5029263,
    target: "os",
    product: W11,
    stem: "windows11.0",
    title: `${CU} for Windows 11 Version 24H2`,
    classification: "Security Updates",
    severity: "Important",
    daysAgo: 63,
    hour: 17,
    kib: 224,
  },
  {
    kb: 5031455,
    target: "os",
    product: W11,
    stem: "windows11.0",
    title: "Servicing Stack Update for Windows 11",
    classification: "Critical Updates",
    daysAgo: 9,
    hour: 18,
    kib: 48,
  },
  {
    kb: 5031480,
    target: "os",
    product: W11,
    stem: "windows11.0",
    title: "Update for Windows 11 (non-security preview)",
    classification: "Updates",
    daysAgo: 5,
    hour: 18,
    kib: 96,
  },
  {
    kb: 5031501,
    target: "os",
    product: W11,
    stem: "windows11.0",
    title: "Windows Malicious Software Removal Tool",
    classification: "Update Rollups",
    daysAgo: 2,
    hour: 18,
    kib: 64,
  },
  {
    kb: 5031520,
    target: "os",
    product: W11,
    stem: "windows11.0",
    title: "Intel - System - 10.1.19.2",
    classification: "Drivers",
    daysAgo: 15,
    hour: 8,
    kib: 32,
  },
  {
    kb: 2267602,
    target: "os",
    product: W11,
    stem: "am_delta_patch_1.401.1234.0",
    title: "Security Intelligence Update for Microsoft Defender Antivirus",
    classification: "Definition Updates",
    daysAgo: 1,
    hour: 6,
    kib: 24,
    ext: "exe",
  },
  {
    kb: 5031364,
    target: "os",
    product: W10,
    stem: "windows10.0",
    title: `${CU} for Windows 10 Version 22H2`,
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 2,
    hour: 17,
    kib: 192,
    arches: ["x64", "x86"],
    supersedes: [5030211],
  },
  {
    kb: 5030211,
    target: "os",
    product: W10,
    stem: "windows10.0",
    title: `${CU} for Windows 10 Version 22H2`,
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 32,
    hour: 17,
    kib: 180,
  },
  {
    kb: 5031539,
    target: "os",
    product: W10,
    stem: "windows10.0",
    title: "Dynamic Update for Windows 10 Version 22H2",
    classification: "Critical Updates",
    daysAgo: 20,
    hour: 9,
    kib: 40,
  },
  {
    kb: 5031540,
    target: "os",
    product: W10,
    stem: "windows10.0",
    title: "Update for Windows 10 Version 22H2",
    classification: "Updates",
    daysAgo: 45,
    hour: 9,
    kib: 72,
  },
  {
    kb: 5031600,
    target: "os",
    product: W10,
    stem: "windows10.0",
    title: "Feature update to Windows 11, version 24H2",
    classification: "Upgrades",
    daysAgo: 40,
    hour: 10,
    kib: 512,
  },
  {
    kb: 5028851,
    target: "os",
    product: W10,
    stem: "windows10.0",
    title: "Security Update for Windows 10 Version 22H2",
    classification: "Security Updates",
    severity: "Important",
    daysAgo: 59,
    hour: 23,
    kib: 88,
  },
  {
    kb: 5027215,
    target: "os",
    product: W10,
    stem: "windows10.0",
    title: "Security Update for Windows 10 Version 22H2",
    classification: "Security Updates",
    severity: "Important",
    daysAgo: 61,
    hour: 0,
    kib: 80,
  },
  {
    kb: 5031361,
    target: "os",
    product: S22,
    stem: "windows10.0",
    title: "Cumulative Update for Microsoft server operating system version 21H2",
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 2,
    hour: 17,
    kib: 320,
    supersedes: [5030216],
  },
  {
    kb: 5030216,
    target: "os",
    product: S22,
    stem: "windows10.0",
    title: "Cumulative Update for Microsoft server operating system version 21H2",
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 32,
    hour: 17,
    kib: 300,
  },
  {
    kb: 5031605,
    target: "os",
    product: S22,
    stem: "windows10.0",
    title: "Servicing Stack Update for Microsoft server operating system version 21H2",
    classification: "Critical Updates",
    daysAgo: 30,
    hour: 12,
    kib: 56,
  },
  {
    kb: 5031620,
    target: "os",
    product: S22,
    stem: "windows10.0",
    title: "Update Rollup for Windows Server 2022",
    classification: "Update Rollups",
    daysAgo: 25,
    hour: 12,
    kib: 128,
  },
  {
    kb: 5031630,
    target: "os",
    product: S22,
    stem: "windows10.0",
    title: "Windows Server 2022 Feature Pack for the Data Center Bridging",
    classification: "Feature Packs",
    daysAgo: 50,
    hour: 12,
    kib: 64,
  },
  {
    kb: 5031358,
    target: "os",
    product: S19,
    stem: "windows10.0",
    title: "Cumulative Update for Windows Server 2019",
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 2,
    hour: 17,
    kib: 288,
  },
  {
    kb: 5031640,
    target: "os",
    product: S19,
    stem: "windows10.0",
    title: "Critical Update for Windows Server 2019 time zone changes",
    classification: "Critical Updates",
    daysAgo: 12,
    hour: 7,
    kib: 32,
  },
  {
    kb: 5031650,
    target: "os",
    product: S19,
    stem: "windows10.0",
    title: "Windows Server 2019 Service Pack 1",
    classification: "Service Packs",
    daysAgo: 55,
    hour: 7,
    kib: 448,
  },
  {
    kb: 5031660,
    target: "os",
    product: S19,
    stem: "windows10.0",
    title: "Remote Server Administration Tools for Windows Server 2019",
    classification: "Tools",
    daysAgo: 35,
    hour: 7,
    kib: 96,
  },
  {
    kb: 5031670,
    target: "os",
    product: S19,
    stem: "windows10.0",
    title: "Security Update for Windows Server 2019 released in the future",
    classification: "Security Updates",
    daysAgo: -3,
    hour: 17,
    kib: 64,
  },
  {
    kb: 5002469,
    target: "application",
    product: OFFICE,
    stem: "office2021",
    title: "Security Update for Microsoft Office 2021",
    classification: "Security Updates",
    severity: "Important",
    daysAgo: 4,
    hour: 17,
    kib: 144,
  },
  {
    kb: 5002470,
    target: "application",
    product: OFFICE,
    stem: "office2021",
    title: "Update for Microsoft Office 2021",
    classification: "Critical Updates",
    daysAgo: 18,
    hour: 17,
    kib: 112,
  },
  {
    kb: 5031700,
    target: "application",
    product: EDGE,
    stem: "microsoftedge",
    title: "Security Update for Microsoft Edge (Chromium-based)",
    classification: "Security Updates",
    severity: "Critical",
    daysAgo: 3,
    hour: 21,
    kib: 176,
  },
  {
    kb: 5031710,
    target: "os",
    product: W11,
    stem: "windows11.0-ndp481-cumulative-update-for-dotnet-framework",
    title: "Cumulative Update for .NET Framework 4.8.1 for Windows 11",
    classification: "Security Updates",
    severity: "Important",
    daysAgo: 7,
    hour: 17,
    kib: 80,
  },
  {
    kb: 5031720,
    target: "os",
    product: W10,
    stem: "windows10.0-ndp48",
    title: "Cumulative Update for .NET Framework 4.8 for Windows 10",
    classification: "Critical Updates",
    daysAgo: 60,
    hour: 0,
    kib: 72,
  },
];

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

function fileName(entry: Entry, arch: string): string {
  const kb = `kb${entry.kb}`;
  if (entry.ext === "exe") return `${entry.stem}-${kb}.exe`;
  return `${entry.stem}-${kb}-${arch}.msu`;
}

/** The catalogue as of `asOf`'s day (UTC): release dates count back from its midnight. */
export function sampleCatalogue(asOf: Date): SampleCatalogue {
  const day = dayOf(asOf);
  const files: SampleFile[] = [];
  const updates = ENTRIES.map((entry, index): PatchUpdateJson => {
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
