/**
 * The manager's network side for tests: an HTTP server on 127.0.0.1 with the
 * /agent endpoint and the package download route over the data services of
 * a service fixture, a certification office, and helpers to bring PCs
 * online and run jobs.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type CertificationOffice,
  createCertificationOffice,
  issueDevice,
  issueManagerCredential,
} from "@patchcast/pki-sim";
import { createTrustStore, type TrustStore } from "@patchcast/protocol/auth";
import pino from "pino";
import { expect } from "vitest";
import { type AgentEndpoint, createAgentEndpoint } from "../src/agent-endpoint/agent-endpoint.ts";
import { createDownloadTokens } from "../src/agent-endpoint/download-token.ts";
import { createServicePorts } from "../src/agent-endpoint/service-ports.ts";
import { createPackageDownloadHandler } from "../src/http/package-download.ts";
import { cancelMessage, type ExecutionCancelled } from "../src/services/index.ts";
import type { JobDefinitionInput } from "../src/services/job-input.ts";
import type { ServiceFixture } from "../src/services/testing.ts";
import type { ClientRecord } from "../src/store/client-store.ts";
import { connectPc, type TestPc } from "./test-pc.ts";

export interface TestManager {
  readonly base: string;
  readonly endpoint: AgentEndpoint;
  readonly office: CertificationOffice;
  readonly trust: TrustStore;
  readonly work: string;
  /** A fresh authentication device for `pcId`. */
  device(pcId: string): { pcId: string; dir: string };
  /** Connects a PC with a sound device and waits until it is authenticated. */
  online(pcId: string): Promise<{ pc: TestPc; client: ClientRecord }>;
  /** Save-and-Execute of an Install package job, then offers to the online PCs. */
  execute(
    groupId: number,
    packageId: number,
    extra?: Partial<JobDefinitionInput>,
  ): Promise<{ executionId: number; wireJobId: string }>;
  /** Cancels an execution as administrator `by` (a row of admins), then tells its PCs online. */
  cancel(executionId: number, by: string, reason?: string): Promise<ExecutionCancelled>;
  close(): Promise<void>;
}

export async function startTestManager(
  fx: ServiceFixture,
  options: { now?: () => Date } = {},
): Promise<TestManager> {
  const work = await mkdtemp(join(tmpdir(), "patchcast-manager-"));
  const office = createCertificationOffice();
  const manager = issueManagerCredential(office);
  const trusted = createTrustStore({ ca: office.caPem });
  if (!trusted.ok) throw new Error(trusted.detail);
  const tokens = createDownloadTokens(randomBytes(32));
  const ports = createServicePorts(fx.services);
  const download = createPackageDownloadHandler({ tokens, lookup: ports, payloads: fx.payloads });
  const server: Server = createServer((req, res) => void download(req, res));
  const endpoint = createAgentEndpoint({
    server,
    ports,
    trust: trusted.trust,
    signer: manager.signer,
    downloadPathFor: tokens.pathFor,
    log: pino({ level: "silent" }),
    ...(options.now ? { now: options.now } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let n = 0;

  const device = (pcId: string) => {
    const dir = join(work, `${pcId}-${++n}`);
    issueDevice(office, { dir, pcId });
    return { pcId, dir };
  };
  return {
    base,
    endpoint,
    office,
    trust: trusted.trust,
    work,
    device,
    async online(pcId) {
      const pc = await connectPc(base, device(pcId));
      expect((await pc.authResult).ok).toBe(true);
      return { pc, client: await fx.services.clients.getClient(pcId) };
    },
    async execute(groupId, packageId, extra = {}) {
      const { execution } = await fx.services.jobs.saveAndExecute({
        name: fx.unique("job"),
        type: "install-package",
        groupId,
        packageId,
        ...extra,
      });
      await endpoint.notify(execution.destinations.map((d) => d.clientId));
      return execution;
    },
    async cancel(executionId, by, reason) {
      const cancelled = await fx.services.cancellations.cancel(executionId, {
        by,
        reason: reason ?? null,
      });
      await endpoint.notifyCancelled(
        executionId,
        cancelled.clientIds,
        cancelMessage(cancelled.cancellation),
      );
      return cancelled;
    },
    async close() {
      await endpoint.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(work, { recursive: true, force: true });
    },
  };
}
