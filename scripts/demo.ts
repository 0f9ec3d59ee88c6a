/**
 * patchcast demo (`npm run demo`): a certification office, the manager's
 * signing certificate, twelve security PCs with a mix of certificate faults,
 * and one Install package job pushed to all of them over the real wire
 * protocol. Ends with the job execution status table.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  type FaultKind,
  issueDevice,
  issueFaultyDevice,
  managerCredentialOf,
} from "@patchcast/pki-sim";
import { createTrustStore } from "@patchcast/protocol/auth";
import { causeOf, startDemoManager } from "./demo/demo-manager.ts";
import { type DemoPc, runDemoPc } from "./demo/demo-pc.ts";

const FAULTS: (FaultKind | "tampered-stored-offer" | "text-frame")[] = [
  "expired",
  "revoked",
  "missing-ca",
  "key-readable",
  "tampered-stored-offer",
  "text-frame",
];
const GOOD_PCS = 6;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "patchcast-demo-"));
  try {
    console.log("patchcast demo: one Install package job to 12 security PCs\n");
    const office = createCertificationOffice({ name: "patchcast Demo Certification Office" });
    const manager = managerCredentialOf(office);
    const trusted = createTrustStore({ ca: office.caPem });
    if (!trusted.ok) throw new Error(`the demo's own trust store failed: ${trusted.detail}`);
    console.log(
      `certification office: ${office.root.subjectName ? "created" : "?"}; manager signing certificate issued`,
    );

    const pcs: DemoPc[] = [];
    for (let i = 1; i <= GOOD_PCS; i++) {
      const pcId = `SEC-PC-${String(i).padStart(3, "0")}`;
      issueDevice(office, { dir: join(work, pcId), pcId });
      pcs.push({ pcId, dir: join(work, pcId) });
    }
    for (const [n, fault] of FAULTS.entries()) {
      const pcId = `SEC-PC-${String(GOOD_PCS + n + 1).padStart(3, "0")}`;
      const dir = join(work, pcId);
      if (fault === "tampered-stored-offer" || fault === "text-frame") {
        issueDevice(office, { dir, pcId });
        pcs.push({
          pcId,
          dir,
          tamperStoredOffer: fault === "tampered-stored-offer",
          misbehave: fault === "text-frame",
        });
      } else {
        const faulty = await issueFaultyDevice(office, { dir, pcId, faults: fault });
        pcs.push({ pcId, dir, authenticateOptions: faulty.authenticateOptions });
      }
      console.log(`  ${pcId}: ${fault}`);
    }
    // The revoked device's CRL must be the office's latest.
    const crlAware = createTrustStore({ ca: office.caPem, crl: office.crlPem() });
    const trust = crlAware.ok ? crlAware.trust : trusted.trust;

    const payload = randomBytes(256 * 1024);
    const server = await startDemoManager(trust, manager.signer, payload);
    console.log(
      `\nmanager listening on ${server.url} (WebSocket ${server.url.replace("http", "ws")}/agent)`,
    );
    console.log(
      "PCs connect, authenticate, receive the signed offer, answer Yes, restart, download, install…\n",
    );
    const closes = await Promise.all(pcs.map((pc) => runDemoPc(server.url, pc)));
    await server.close();

    const rows = pcs.map(
      (pc, i) =>
        server.outcomes.get(pc.pcId) ?? {
          pcId: pc.pcId,
          state: "DISCONNECTED",
          code: "",
          detail: `closed by the manager with ${closes[i]?.code}: ${closes[i]?.reason}`,
        },
    );
    const width = (pick: (r: (typeof rows)[number]) => string, title: string) =>
      Math.max(title.length, ...rows.map((r) => pick(r).length));
    const cols = [
      ["PC", (r: (typeof rows)[number]) => r.pcId],
      ["state", (r: (typeof rows)[number]) => r.state],
      ["code", (r: (typeof rows)[number]) => r.code],
      ["cause / detail", (r: (typeof rows)[number]) => causeOf(r.code) || r.detail],
    ] as const;
    const widths = cols.map(([title, pick]) => width(pick, title));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd();
    console.log("Job execution status: JOB-0001 (Install package DPT-WINDOWS11_0-KB5031356-X64)");
    console.log(line(cols.map(([title]) => title)));
    console.log(line(widths.map((w) => "-".repeat(w))));
    for (const r of rows) console.log(line(cols.map(([, pick]) => pick(r))));
    const completed = rows.filter((r) => r.state === "COMPLETED").length;
    console.log(
      `\n${completed} of ${rows.length} PCs completed; the others show their maintenance code or why they were disconnected.`,
    );
    console.log(
      "Next: `pnpm exec patchcast-pki --help`, `pnpm exec patchcast-agent check-auth --help`, packages/protocol/README.md",
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
