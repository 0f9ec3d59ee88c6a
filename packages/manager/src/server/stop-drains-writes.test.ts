// A graceful stop writes what the PCs sent before it: reports still waiting
// in the group commit when the stop begins reach the database (stored, or
// refused by it) instead of failing on a closed handle.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCertificationOffice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import { afterEach, expect, it } from "vitest";
import { DatabaseClosedError, NotADestinationError } from "../errors.ts";
import { startManager } from "./start-manager.ts";

const work: string[] = [];
afterEach(async () => {
  for (const dir of work.splice(0)) await rm(dir, { recursive: true, force: true });
});

it("writes the status reports waiting in a batch before the database closes", async () => {
  const dir = await mkdtemp(join(tmpdir(), "patchcast-stop-"));
  work.push(dir);
  const office = createCertificationOffice();
  await writeManagerCredential(join(dir, "data", "pki"), issueManagerCredential(office));
  const manager = await startManager({
    dataDir: join(dir, "data"),
    port: 0,
    adminPassword: "a long enough password",
  });
  // Three batches of up to 1,000: the later ones wait while the first is written.
  const outcomes = Array.from({ length: 2_500 }, (_, i) =>
    manager.services.statusReports
      .storeStatusReport({
        clientId: 1,
        agentStateId: "stop-test",
        seq: i + 1,
        executionId: 1,
        state: "received",
        maintenanceCode: null,
        detail: null,
        occurredAt: new Date(),
      })
      .then(
        () => "stored",
        (error: unknown) => error,
      ),
  );
  await manager.close();
  const settled = await Promise.all(outcomes);
  // No such PC or execution: the database itself answers each report.
  expect(settled.filter((o) => o instanceof DatabaseClosedError)).toEqual([]);
  expect(settled.every((o) => o instanceof NotADestinationError)).toBe(true);
});
