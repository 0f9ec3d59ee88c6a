/**
 * The manager as one running thing (`patchcast-manager start`): its
 * database (migrated at start, retried while it is down), payload store,
 * data services, the admin API, the PCs' /agent endpoint and package
 * download on the same port, and the offer scheduler. Everything stored
 * lives in the database and the data directory, so a manager started again
 * on them carries on where the last one stopped.
 */
import { mkdir } from "node:fs/promises";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { AGENT_PATH } from "@patchcast/protocol";
import pino, { type Logger } from "pino";
import { type Acquisition, createAcquisition } from "../acquisition/acquisition.ts";
import { writeDatabaseFailure } from "../acquisition/database-failure.ts";
import { createSecretSealer } from "../acquisition/sealed-secrets.ts";
import { type AgentEndpoint, createAgentEndpoint } from "../agent-endpoint/agent-endpoint.ts";
import { createDownloadTokens } from "../agent-endpoint/download-token.ts";
import { createServicePorts } from "../agent-endpoint/service-ports.ts";
import { createAdminApi } from "../api/admin-api.ts";
import type { AdminApp } from "../api/api-context.ts";
import { ensureAdministrator } from "../api/auth/ensure-administrator.ts";
import type { Database } from "../db/database.ts";
import { redactDatabaseUrl } from "../db/database-url.ts";
import { openDatabase } from "../db/open-database.ts";
import type { RetryOptions } from "../db/retry.ts";
import { ConfigError } from "../errors.ts";
import { createDownloadLimiter } from "../http/download-limiter.ts";
import { createPackageDownloadHandler } from "../http/package-download.ts";
import { createPayloadCache } from "../payloads/payload-cache.ts";
import { createPayloadStore } from "../payloads/payload-store.ts";
import { type OfferScheduler, startOfferScheduler } from "../scheduler/offer-scheduler.ts";
import { cancelMessage, createManagerServices, type ManagerServices } from "../services/index.ts";
import { closeApp } from "./close-app.ts";
import { loadDownloadSecret } from "./download-secret.ts";
import { loadManagerPki, type ManagerPki } from "./manager-pki.ts";
import { loadSecretsKey } from "./secrets-key.ts";
import { checkStoredPasswords } from "./stored-passwords.ts";

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "127.0.0.1";
/**
 * Connections the kernel may hold for the manager before it accepts them
 * (capped by net.core.somaxconn). Node's default, 511, overflows when
 * thousands of PCs connect at once, after a power cut or a manager
 * restart: each dropped handshake costs that PC a retransmission, a
 * second or more.
 */
export const LISTEN_BACKLOG = 8_192;

export interface StartManagerOptions {
  /** Where the embedded database, the payloads, download.key and secrets.key live. */
  readonly dataDir: string;
  /** 0 = any free port (default 8080). */
  readonly port?: number;
  /** The address to listen on (default 127.0.0.1; 0.0.0.0 for every interface). */
  readonly host?: string;
  /** A PostgreSQL server; absent: the embedded database in `<dataDir>/db`. */
  readonly databaseUrl?: string | undefined;
  /** Server only: work in this schema (tests; default: the URL's search_path). */
  readonly databaseSchema?: string | undefined;
  /** ca.crt, crl.pem, manager.crt, manager.key (default `<dataDir>/pki`). */
  readonly pkiDir?: string | undefined;
  /** Serve https:// and wss:// with this certificate chain and key (PEM). */
  readonly tls?: { readonly cert: string; readonly key: string } | undefined;
  /** The first administrator, made when there is none (default ID `admin`). */
  readonly adminId?: string | undefined;
  /** Its password; generated (and returned once) when absent. */
  readonly adminPassword?: string | undefined;
  readonly log?: Logger;
  /** How connecting to the database is retried at start (default: for 2 minutes). */
  readonly databaseRetry?: RetryOptions;
  readonly heartbeatIntervalMs?: number;
  readonly offerSchedulerIntervalMs?: number;
  readonly maxUploadBytes?: number;
  /** Package downloads served at once (default 200); more wait or are answered 503. */
  readonly maxConcurrentDownloads?: number;
  /**
   * Largest WebSocket message on a PC's connection, either way (default
   * 1 MiB, Limits.MAX_FRAME_BYTES; at least MIN_FRAME_BYTES).
   */
  readonly maxFrameBytes?: number;
  /** When closing, how long requests in progress may go on before their connections are cut (default 10 s). */
  readonly closeGraceMs?: number;
}

export interface RunningManager {
  /** `http://HOST:PORT` (https when TLS is configured). */
  readonly url: string;
  /** `ws://HOST:PORT/agent` (wss when TLS is configured). */
  readonly agentUrl: string;
  readonly port: number;
  readonly dataDir: string;
  readonly db: Database;
  readonly services: ManagerServices;
  readonly endpoint: AgentEndpoint;
  readonly app: AdminApp;
  /** The first administrator's generated password, when this start made one; else null. */
  readonly generatedAdminPassword: string | null;
  /** Reads the PKI directory again (a new crl.pem); a bad set is refused and the old one kept. */
  reloadPki(): Promise<void>;
  /**
   * Stops taking connections, closes every PC's socket with 1001, gives
   * requests in progress `closeGraceMs` and cuts what is left, then closes
   * the database.
   */
  close(): Promise<void>;
}

const DEFAULT_DATABASE_RETRY: RetryOptions = { maxElapsedMs: 120_000, maxDelayMs: 10_000 };

/** A URL host: IPv6 addresses in brackets, the wildcard as the loopback name a client can use. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return host === "::" ? "[::1]" : "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

/** The smallest frame limit: a Hello, a challenge response or a job offer must fit. */
export const MIN_FRAME_BYTES = 64 * 1024;

export async function startManager(options: StartManagerOptions): Promise<RunningManager> {
  if (options.maxFrameBytes !== undefined && !(options.maxFrameBytes >= MIN_FRAME_BYTES)) {
    throw new ConfigError(
      "maxFrameBytes",
      `must be at least ${MIN_FRAME_BYTES} (a job offer must fit in a frame): got ${options.maxFrameBytes}`,
    );
  }
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? pino({ level: "silent" });
  await mkdir(dataDir, { recursive: true });
  let pki: ManagerPki = await loadManagerPki(options.pkiDir ?? join(dataDir, "pki"));
  const where = options.databaseUrl ? redactDatabaseUrl(options.databaseUrl) : "embedded";
  const db = await openDatabase({
    dataDir,
    url: options.databaseUrl,
    schema: options.databaseSchema,
    retry: {
      ...DEFAULT_DATABASE_RETRY,
      ...options.databaseRetry,
      onRetry: (event) =>
        log.warn(
          { attempt: event.attempt, retryInMs: event.delayMs, err: event.error },
          `database ${where} unavailable; trying again`,
        ),
    },
    onMigrated: (report) => log.info({ migrations: report }, "database schema up to date"),
    onBackgroundError: (error) => log.warn({ err: error }, "database connection dropped"),
  }).catch(async (error: unknown) => {
    // DPT.LOG says why no acquisition will run (seed 000: DPT002/003/004-E).
    await writeDatabaseFailure(dataDir, error).catch(() => undefined);
    throw error;
  });
  try {
    return await serve(options, { dataDir, log, db, pki: () => pki, setPki: (p) => (pki = p) });
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

interface Core {
  readonly dataDir: string;
  readonly log: Logger;
  readonly db: Database;
  pki(): ManagerPki;
  setPki(pki: ManagerPki): void;
}

async function serve(options: StartManagerOptions, core: Core): Promise<RunningManager> {
  const { dataDir, log, db } = core;
  const admin = await ensureAdministrator(db, {
    ...(options.adminId ? { id: options.adminId } : {}),
    password: options.adminPassword,
  });
  const payloads = await createPayloadStore(dataDir, {
    ...(options.maxUploadBytes ? { maxBytes: options.maxUploadBytes } : {}),
  });
  const keyFiles = {
    onLooseMode: (path: string, mode: number) =>
      log.warn(
        { path, mode: `0${mode.toString(8)}` },
        "a key file others than its owner may read or write: chmod 600 it",
      ),
  };
  const services = createManagerServices({
    db,
    payloads,
    secrets: createSecretSealer(await loadSecretsKey(dataDir, keyFiles)),
  });
  await checkStoredPasswords(services.acquisitionSettings, log);
  const ports = createServicePorts(services);
  const tokens = createDownloadTokens(await loadDownloadSecret(dataDir, keyFiles));
  const download = createPackageDownloadHandler({
    tokens,
    lookup: ports,
    payloads,
    cache: createPayloadCache(payloads),
    limiter: createDownloadLimiter({ maxActive: options.maxConcurrentDownloads }),
  });
  let endpoint: AgentEndpoint | undefined;
  const tls = options.tls;
  const app = createAdminApi({
    services,
    db,
    log: log.child({ part: "api" }),
    onExecuted: (clientIds) => endpoint?.notify(clientIds),
    onCancelled: (cancelled) =>
      endpoint?.notifyCancelled(
        cancelled.executionId,
        cancelled.clientIds,
        cancelMessage(cancelled.cancellation),
      ),
    packageDownload: download,
    ...(options.maxUploadBytes ? { maxUploadBytes: options.maxUploadBytes } : {}),
    ...(tls
      ? {
          serverFactory: (handler) =>
            createHttpsServer({ cert: tls.cert, key: tls.key }, handler) as unknown as Server,
        }
      : { serverFactory: (handler) => createHttpServer(handler) }),
  });
  endpoint = createAgentEndpoint({
    server: app.server,
    ports,
    trust: core.pki().trust,
    signer: core.pki().signer,
    downloadPathFor: tokens.pathFor,
    log: log.child({ part: "agent-endpoint" }),
    ...(options.heartbeatIntervalMs ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {}),
    ...(options.maxFrameBytes ? { maxFrameBytes: options.maxFrameBytes } : {}),
  });
  const agents = endpoint;
  const scheduler: OfferScheduler = startOfferScheduler({
    offers: services.offers,
    notify: (clientIds) => agents.notify(clientIds),
    notifyCancelled: (executionId, clientIds, reason) =>
      agents.notifyCancelled(executionId, clientIds, reason),
    log: log.child({ part: "offer-scheduler" }),
    ...(options.offerSchedulerIntervalMs ? { intervalMs: options.offerSchedulerIntervalMs } : {}),
  });
  const host = options.host ?? DEFAULT_HOST;
  try {
    await app.listen({ port: options.port ?? DEFAULT_PORT, host, backlog: LISTEN_BACKLOG });
  } catch (error) {
    scheduler.stop();
    await agents.close();
    await app.close();
    throw error;
  }
  const port = (app.server.address() as AddressInfo).port;
  const url = `${tls ? "https" : "http"}://${urlHost(host)}:${port}`;
  // The packager uploads what it acquires through this manager's own admin API.
  const acquisition: Acquisition = createAcquisition({
    db,
    services,
    dataDir,
    log: log.child({ part: "acquisition" }),
    packager: {
      managerUrl: url,
      adminId: admin.id,
      password: options.adminPassword ?? admin.generatedPassword ?? null,
      // Whatever signed it and whatever host it names, the packager trusts this manager's own certificate.
      ...(tls ? { ownCertificate: tls.cert } : {}),
    },
  });
  await acquisition.start();
  log.info(
    { url, agentPath: AGENT_PATH, dataDir: options.dataDir, pki: core.pki().dir },
    "manager listening",
  );
  let closing: Promise<void> | undefined;

  return {
    url,
    agentUrl: `${tls ? "wss" : "ws"}://${urlHost(host)}:${port}${AGENT_PATH}`,
    port,
    dataDir,
    db,
    services,
    endpoint: agents,
    app,
    generatedAdminPassword: admin.generatedPassword,
    async reloadPki() {
      const next = await loadManagerPki(core.pki().dir);
      agents.updatePki(next.trust, next.signer);
      core.setPki(next);
      log.info({ pki: next.dir, crl: next.hasCrl }, "PKI directory reloaded");
    },
    close() {
      closing ??= (async () => {
        scheduler.stop();
        await acquisition.stop();
        await agents.close();
        await closeApp(app, options.closeGraceMs);
        // What the PCs sent before the stop is written before the database closes.
        await Promise.all([ports.settled(), services.statusReports.settled()]);
        await db.close();
        log.info("manager stopped");
      })();
      return closing;
    },
  };
}
