/** Writes the sample catalogue into a support-site directory: `patchinfo.json` and `files/…`. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { sampleFileBytes } from "./file-bytes.ts";
import { type SampleCatalogue, sampleCatalogue } from "./sample-catalogue.ts";

export const PATCHINFO_FILE = "patchinfo.json";
export const FILES_DIR = "files";

export async function writeSampleSite(dir: string, asOf: Date): Promise<SampleCatalogue> {
  const catalogue = sampleCatalogue(asOf);
  await mkdir(join(dir, FILES_DIR), { recursive: true });
  for (const file of catalogue.files) {
    await writeFile(join(dir, FILES_DIR, file.name), sampleFileBytes(file.name, file.size));
  }
  await writeFile(join(dir, PATCHINFO_FILE), `${JSON.stringify(catalogue.patchinfo, null, 2)}\n`);
  return catalogue;
}
