/**
 * A real manager for the end-to-end tests of agents and fleets (`startManager` from
 * @patchcast/manager: its database, /agent endpoint and package download on
 * one port), a certification office with the manager's credential in its
 * PKI directory, and short-hands to publish a package and execute a job.
 *
 * The database is the PostgreSQL server of PATCHCAST_TEST_DATABASE_URL (in
 * a schema of its own, dropped at the end) when set, else the manager's
 * embedded PostgreSQL in the data directory.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { type ManagerServices, type RunningManager, startManager } from "@patchcast/manager";
import {
  type CertificationOffice,
  createCertificationOffice,
  issueDevice,
  issueManagerCredential,
  writeManagerCredential,
} from "@patchcast/pki-sim";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { startProxy, type TcpProxy } from "./tcp-proxy.ts";

export interface Rig {
  readonly manager: RunningManager;
  readonly services: ManagerServices;
  readonly office: CertificationOffice;
  /** A temporary directory removed at close. */
  readonly work: string;
  /** A sound authentication device for `pcId`; returns its directory. */
  device(pcId: string): string;
  /** A fresh state directory path. */
  stateDir(name: string): string;
  /** An update data package (or an ordinary one) holding `bytes`, in a cabinet of its own. */
  publish(
    bytes: Uint8Array,
    options?: { updateData?: boolean },
  ): Promise<{ id: number; packageCode: string; size: number }>;
  /** Save-and-Execute of an Install package job to a new group of `pcIds`, offered at once. */
  execute(
    pcIds: readonly string[],
    packageId: number,
    conditions?: { replaceExisting?: boolean },
  ): Promise<{ executionId: number; wireJobId: string }>;
  /** The execution status of one destination. */
  status(
    executionId: number,
    pcId: string,
  ): Promise<{
    state: string;
    maintenanceCode: string | null;
    transitions: readonly { state: string }[];
  }>;
  close(): Promise<void>;
}

/** After the manager has closed, so that nothing of it holds a lock on the schema. */
async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

let counter = 0;
const unique = (prefix: string) =>
  `${prefix}${process.pid.toString(36)}${(++counter).toString(36)}`;

export async function startRig(options: { heartbeatIntervalMs?: number } = {}): Promise<Rig> {
  const work = await mkdtemp(join(tmpdir(), "patchcast-agent-e2e-"));
  const office = createCertificationOffice();
  await writeManagerCredential(join(work, "manager", "pki"), issueManagerCredential(office));
  const url = process.env.PATCHCAST_TEST_DATABASE_URL;
  const schema = url ? `agent_e2e_${randomBytes(6).toString("hex")}` : undefined;
  const manager = await startManager({
    dataDir: join(work, "manager"),
    port: 0,
    host: "127.0.0.1",
    adminPassword: "agent e2e password",
    ...(url ? { databaseUrl: url, databaseSchema: schema } : {}),
    ...(options.heartbeatIntervalMs ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {}),
  });
  const { services } = manager;
  let cabinets = 0;
  return {
    manager,
    services,
    office,
    work,
    device(pcId) {
      const dir = join(work, "devices", unique(`${pcId}-`));
      issueDevice(office, { dir, pcId });
      return dir;
    },
    stateDir: (name) => join(work, "states", unique(`${name}-`)),
    async publish(bytes, opts = {}) {
      const n = cabinets++;
      const id = `Q${n.toString(36).toUpperCase().slice(-1)}`;
      await services.cabinets.createCabinet({ id, name: unique("cabinet") });
      const pkg = await services.packages.addPackage({
        cabinetId: id,
        name: unique("DPT-windows11_0-kb"),
        version: "1",
        updateData: opts.updateData ?? true,
        fileName: "update.msu",
        payload: Readable.from([Buffer.from(bytes)]),
      });
      return { id: pkg.id, packageCode: pkg.packageCode, size: bytes.byteLength };
    },
    async execute(pcIds, packageId, conditions = {}) {
      const group = await services.groups.createGroup({ name: unique("group") });
      await services.groups.addMembers(group.id, pcIds);
      const { execution } = await services.jobs.saveAndExecute({
        name: unique("job"),
        type: "install-package",
        groupId: group.id,
        packageId,
        conditions,
      });
      await manager.endpoint.notify(execution.destinations.map((d) => d.clientId));
      return { executionId: execution.executionId, wireJobId: execution.wireJobId };
    },
    async status(executionId, pcId) {
      const view = await services.executionStatus.getExecutionStatus(executionId);
      const destination = view.destinations.find((d) => d.pcId === pcId);
      if (!destination) throw new Error(`${pcId} is not a destination of ${executionId}`);
      return destination;
    },
    async close() {
      await manager.close();
      if (url && schema) await dropSchema(url, schema);
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** A rig for the test file (started before its tests, closed after), with a proxy in front of it. */
export function useRig(options: { heartbeatIntervalMs?: number } = {}): {
  readonly rig: Rig;
  readonly proxy: TcpProxy;
} {
  let rig: Rig | undefined;
  let proxy: TcpProxy | undefined;
  beforeAll(async () => {
    rig = await startRig(options);
    proxy = await startProxy({ host: "127.0.0.1", port: rig.manager.port });
  });
  afterAll(async () => {
    await proxy?.close();
    await rig?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the rig is for tests and their hooks");
    return value;
  };
  return {
    get rig() {
      return ready(rig);
    },
    get proxy() {
      return ready(proxy);
    },
  };
}
