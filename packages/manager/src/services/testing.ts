/**
 * Test fixtures for the services: every service over the suite's database
 * (from forEachDatabase), a payload store in a temporary directory, a clock
 * the test sets, and short-hands for the objects most tests need. Call it
 * inside the forEachDatabase suite, so that its hooks run after the
 * database is open.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import { createSecretSealer } from "../acquisition/sealed-secrets.ts";
import type { Database } from "../db/database.ts";
import type { ClientRole } from "../jobs/job-rules.ts";
import { createPayloadStore, type PayloadStore } from "../payloads/payload-store.ts";
import type { ClientRecord } from "../store/client-store.ts";
import type { GroupRecord } from "../store/group-store.ts";
import type { PackageRecord } from "../store/package-store.ts";
import {
  createManagerServices,
  type ExecutionStarted,
  type ManagerServices,
  type StatusReportInput,
} from "./index.ts";

export interface ServiceFixture {
  readonly services: ManagerServices;
  readonly payloads: PayloadStore;
  /** The time the services see; tests move it with `setTime`. */
  now(): Date;
  setTime(at: Date | string): void;
  /** A name no other test of the file uses: `<prefix>-<n>`. */
  unique(prefix: string): string;
  registerPcs(count: number, role?: ClientRole): Promise<ClientRecord[]>;
  /** A group holding `members` (by PC ID). */
  group(members: readonly ClientRecord[]): Promise<GroupRecord>;
  /** A package in a cabinet of its own (ID: a digit, then a letter or digit), with a small payload. */
  package(options?: { updateData?: boolean; bytes?: Uint8Array }): Promise<PackageRecord>;
  /** Save and Execute of an Install package job of a new package to a new group of `members`. */
  executeFor(members: readonly ClientRecord[]): Promise<ExecutionStarted>;
  /** A row of `admins` (what records name an administrator by); answers its ID. */
  administrator(): Promise<string>;
  /** A status report of `pc` now, with the next seq of the suite and the PC's own agent state ID. */
  report(
    pc: ClientRecord,
    executionId: number,
    state: StatusReportInput["state"],
    extra?: Partial<StatusReportInput>,
  ): StatusReportInput;
}

export const T0 = new Date("2026-11-20T00:00:00Z");

export function useServiceFixture(getDb: () => Database): ServiceFixture {
  let dataDir: string | undefined;
  let services: ManagerServices | undefined;
  let payloads: PayloadStore | undefined;
  let time = T0;
  let counter = 0;
  let cabinets = 0;
  let seq = 0;
  const unique = (prefix: string) => `${prefix}-${++counter}`;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "patchcast-services-"));
    payloads = await createPayloadStore(dataDir);
    services = createManagerServices({
      db: getDb(),
      payloads,
      secrets: createSecretSealer(randomBytes(32)),
      clock: () => time,
    });
  });
  afterAll(async () => {
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
  });

  const ready = () => {
    if (!services || !payloads) throw new Error("the service fixture is for tests and hooks");
    return { services, payloads };
  };

  const fixture: ServiceFixture = {
    get services() {
      return ready().services;
    },
    get payloads() {
      return ready().payloads;
    },
    now: () => time,
    setTime(at) {
      time = new Date(at);
    },
    unique,
    async registerPcs(count, role = "security_pc") {
      const pcs: ClientRecord[] = [];
      for (let i = 0; i < count; i += 1) {
        pcs.push(
          await ready().services.clients.registerAuthenticatedClient({
            pcId: unique(role === "security_pc" ? "SPC" : "STD"),
            role,
            hostName: "host.example",
            os: "Windows 11",
            agentVersion: "0.1.0",
            certificateFingerprint: "ab".repeat(32),
          }),
        );
      }
      return pcs;
    },
    async group(members) {
      const { groups } = ready().services;
      const group = await groups.createGroup({ name: unique("group") });
      await groups.addMembers(
        group.id,
        members.map((m) => m.pcId),
      );
      return group;
    },
    async package(options = {}) {
      const { cabinets: cabinetService, packages } = ready().services;
      const n = cabinets++;
      // Fixture cabinets start with a digit; tests name theirs with a letter first.
      const id = `${Math.floor(n / 36) % 10}${n.toString(36).slice(-1).toUpperCase()}`;
      await cabinetService.createCabinet({ id, name: unique("cabinet") });
      const name = unique("DPT-windows11_0-kb5031356-x64");
      return packages.addPackage({
        cabinetId: id,
        name,
        version: "1",
        updateData: options.updateData ?? true,
        fileName: "windows11.0-kb5031356-x64.msu",
        payload: Readable.from([Buffer.from(options.bytes ?? new TextEncoder().encode(name))]),
      });
    },
    async executeFor(members) {
      const group = await fixture.group(members);
      const pkg = await fixture.package();
      const { execution } = await ready().services.jobs.saveAndExecute({
        name: unique("job"),
        type: "install-package",
        groupId: group.id,
        packageId: pkg.id,
      });
      return execution;
    },
    report: (pc, executionId, state, extra = {}) => ({
      clientId: pc.id,
      agentStateId: `agent-${pc.pcId}`,
      seq: ++seq,
      executionId,
      state,
      maintenanceCode: null,
      detail: null,
      occurredAt: time,
      ...extra,
    }),
    async administrator() {
      const id = unique("admin");
      await getDb().query("INSERT INTO admins (id, password_hash) VALUES ($1, 'x')", [id]);
      return id;
    },
  };
  return fixture;
}
