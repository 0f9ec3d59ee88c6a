/**
 * The tampered-job fault of a simulated PC: while it restarts, a byte of
 * each stored offer waiting for the restart is changed on disk, as malware
 * or a disk fault would. The next runtime must verify the offer again,
 * refuse it with 300097078100 and install nothing.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { JOBS_DIR } from "../state/job-store.ts";

export async function tamperStoredJobs(stateDir: string): Promise<number> {
  const dir = join(stateDir, JOBS_DIR);
  let altered = 0;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    const path = join(dir, name);
    const stored = JSON.parse(await readFile(path, "utf8")) as {
      stage?: string;
      offer?: { offer?: string };
    };
    if (stored.stage !== "restart-confirmed" || typeof stored.offer?.offer !== "string") continue;
    const offer = Buffer.from(stored.offer.offer, "base64");
    const at = offer.length - 3;
    offer[at] = (offer[at] ?? 0) ^ 0x01;
    stored.offer.offer = offer.toString("base64");
    await writeFile(path, JSON.stringify(stored));
    altered++;
  }
  return altered;
}
