/**
 * The manager's /agent WebSocket endpoint (contract §2), attached to the
 * manager's HTTP server: sub-protocol patchcast.v1, frames limited before
 * they are read, one AgentSession per PC, heartbeats on injected timers,
 * and offers pushed at once to PCs that are online.
 */
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { AGENT_PATH, Limits, SUBPROTOCOL } from "@patchcast/protocol";
import { createCertificateCache, type Signer, type TrustStore } from "@patchcast/protocol/auth";
import { WebSocketServer } from "ws";
import { AgentSession } from "./agent-session.ts";
import type { EndpointContext } from "./endpoint-context.ts";
import type { AgentEndpointPorts } from "./ports.ts";

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface AgentEndpointOptions {
  server: Server;
  ports: AgentEndpointPorts;
  trust: TrustStore;
  signer: Signer;
  downloadPathFor(executionId: number, clientId: number): string;
  log: EndpointContext["log"];
  heartbeatIntervalMs?: number;
  maxFrameBytes?: number;
  timers?: Timers;
  now?: () => Date;
}

export interface AgentEndpoint {
  /** Authenticated PCs connected now. */
  readonly onlineCount: number;
  isOnline(clientId: number): boolean;
  /** Pushes pending offers at once to those of `clientIds` that are online. */
  notify(clientIds: readonly number[]): Promise<void>;
  /** Tells the PCs of a cancelled execution that are online (`reason`: JobCancel.reason). */
  notifyCancelled(executionId: number, clientIds: readonly number[], reason: string): Promise<void>;
  /** From now on, verify PCs with `trust` and sign offers with `signer` (a new CRL, a new key). */
  updatePki(trust: TrustStore, signer: Signer): void;
  close(): Promise<void>;
}

const defaultTimers: Timers = {
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export function createAgentEndpoint(options: AgentEndpointOptions): AgentEndpoint {
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 30_000;
  const maxFrameBytes = options.maxFrameBytes ?? Limits.MAX_FRAME_BYTES;
  if (!(heartbeatIntervalMs > 0))
    throw new RangeError(`heartbeatIntervalMs must be positive: got ${heartbeatIntervalMs}`);
  const timers = options.timers ?? defaultTimers;
  const sessions = new Set<AgentSession>();
  const online = new Map<number, AgentSession>();

  const ctx: EndpointContext = {
    ports: options.ports,
    trust: options.trust,
    certificates: createCertificateCache({ maxEntries: 20_000 }),
    signer: options.signer,
    heartbeatIntervalMs,
    maxFrameBytes,
    log: options.log,
    now: options.now ?? (() => new Date()),
    downloadPathFor: options.downloadPathFor,
    onAuthenticated(session) {
      const clientId = session.clientId as number;
      const previous = online.get(clientId);
      if (previous && previous !== session)
        previous.close(4001, "replaced by a newer connection of the same PC");
      online.set(clientId, session);
    },
    onClosed(session) {
      sessions.delete(session);
      if (session.clientId !== undefined && online.get(session.clientId) === session)
        online.delete(session.clientId);
    },
  };

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: maxFrameBytes,
    handleProtocols: (offered) => (offered.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });
  wss.on("connection", (socket) => sessions.add(new AgentSession(socket, ctx)));

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? "").split("?")[0];
    if (path !== AGENT_PATH) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      if (ws.protocol !== SUBPROTOCOL) {
        ws.close(1002, `sub-protocol must be ${SUBPROTOCOL}`);
        return;
      }
      wss.emit("connection", ws, request);
    });
  };
  options.server.on("upgrade", onUpgrade);
  const heartbeat = timers.setInterval(() => {
    for (const session of sessions) session.tick();
  }, heartbeatIntervalMs);

  return {
    get onlineCount() {
      return online.size;
    },
    isOnline: (clientId) => online.has(clientId),
    async notify(clientIds) {
      await Promise.all(clientIds.map((id) => online.get(id)?.pushOffers()));
    },
    async notifyCancelled(executionId, clientIds, reason) {
      await Promise.all(clientIds.map((id) => online.get(id)?.cancelled(executionId, reason)));
    },
    updatePki(trust, signer) {
      ctx.trust = trust;
      ctx.signer = signer;
    },
    async close() {
      timers.clearInterval(heartbeat);
      options.server.off("upgrade", onUpgrade);
      for (const session of sessions) session.close(1001, "manager shutting down");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
