// Contract §2 and §6: the admin API's server is the manager's one port. The
// /agent WebSocket endpoint attaches to its node:http server ('upgrade'),
// the PCs' package download is mounted beside /api/v1, and a job executed
// through the API is pushed at once to the PCs online (onExecuted).
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type CertificationOffice,
  createCertificationOffice,
  issueDevice,
  issueManagerCredential,
} from "@patchcast/pki-sim";
import { decodeJobOffer } from "@patchcast/protocol";
import { createTrustStore } from "@patchcast/protocol/auth";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connectPc } from "../../test/test-pc.ts";
import { type AgentEndpoint, createAgentEndpoint } from "../agent-endpoint/agent-endpoint.ts";
import { createDownloadTokens } from "../agent-endpoint/download-token.ts";
import { createServicePorts } from "../agent-endpoint/service-ports.ts";
import { forEachDatabase } from "../db/testing.ts";
import { createPackageDownloadHandler } from "../http/package-download.ts";
import type { RawHandler } from "./package-download-route.ts";
import { useApiFixture } from "./testing.ts";

forEachDatabase("admin API server with the /agent endpoint", (getDb) => {
  const office: CertificationOffice = createCertificationOffice();
  const manager = issueManagerCredential(office);
  const tokens = createDownloadTokens(randomBytes(32));
  let endpoint: AgentEndpoint | undefined;
  let work = "";
  const api = useApiFixture(getDb, {
    startAt: new Date(),
    log: pino({ level: "silent" }),
    onExecuted: (clientIds) => endpoint?.notify(clientIds),
    packageDownload: (req, res) => download(req, res),
    attach(app) {
      const trusted = createTrustStore({ ca: office.caPem });
      if (!trusted.ok) throw new Error(trusted.detail);
      endpoint = createAgentEndpoint({
        server: app.server,
        ports: createServicePorts(api.fx.services),
        trust: trusted.trust,
        signer: manager.signer,
        downloadPathFor: tokens.pathFor,
        log: pino({ level: "silent" }),
      });
    },
  });
  // The handler needs the services, which the fixture makes before the server listens.
  let handler: RawHandler | undefined;
  const download: RawHandler = (req, res) => {
    handler ??= createPackageDownloadHandler({
      tokens,
      lookup: createServicePorts(api.fx.services),
      payloads: api.fx.payloads,
    });
    return handler(req, res);
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "patchcast-api-agent-"));
  });
  afterAll(async () => {
    await endpoint?.close();
    await rm(work, { recursive: true, force: true });
  });

  it("serves /agent, /api/v1 and /packages/download on one port", async () => {
    const pcId = api.fx.unique("SEC");
    const dir = join(work, pcId);
    issueDevice(office, { dir, pcId });
    const pc = await connectPc(api.base, { pcId, dir });
    expect((await pc.authResult).ok).toBe(true);

    await api.call("POST", "/api/v1/cabinets", { body: { id: "AG", name: "agent-test" } });
    const payload = randomBytes(30_000);
    const uploaded = await fetch(
      `${api.base}/api/v1/packages?cabinet=AG&name=DPT-update&version=1&updateData=true`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${api.token}`,
          "content-type": "application/octet-stream",
        },
        body: payload,
      },
    );
    const pkg = (await uploaded.json()) as { id: number };
    const group = await api.call<{ id: number }>("POST", "/api/v1/groups", {
      body: { name: "agents" },
    });
    await api.call("POST", `/api/v1/groups/${group.body.id}/members`, { body: { pcIds: [pcId] } });
    const executed = await api.call<{ execution: { wireJobId: string } }>(
      "POST",
      "/api/v1/jobs/save-and-execute",
      {
        body: { name: "push", type: "install-package", groupId: group.body.id, packageId: pkg.id },
      },
    );
    expect(executed.status).toBe(201);

    // Pushed at once, through onExecuted, to the PC already online.
    const offer = decodeJobOffer((await pc.nextOffer()).offer ?? new Uint8Array());
    expect(offer.jobId).toBe(executed.body.execution.wireJobId);
    const url = new URL(offer.package?.downloadUrl ?? "", api.base);
    expect(url.pathname.startsWith("/packages/download/")).toBe(true);

    // The PC's download needs no admin token, and resumes with Range.
    const part = await fetch(url, { headers: { range: "bytes=20000-" } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(payload.subarray(20_000))).toBe(true);
    const head = await fetch(url, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe(String(payload.byteLength));
    const forged = await fetch(new URL(`${url.pathname.slice(0, -3)}AAA`, api.base));
    expect(forged.status).toBe(403);
    await pc.close();
  });
});
