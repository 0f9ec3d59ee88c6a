/**
 * The endpoint's ports and the download lookup, served by the manager's
 * data services. What every PC asks at once in a storm (registering after
 * authentication, its pending offers, recording them offered) is gathered
 * into batches (group commit, services/batcher.ts): the PCs of one I/O
 * round share one statement, and each PC's call settles once it is done.
 * So are the downloads after a job's restart: one lookup each, by the
 * thousand. Under load, batches start at most every STORM_SPACING_MS, so
 * that a storm of PCs arriving one per round still shares statements.
 */
import { ProtocolError } from "@patchcast/protocol";
import type { DownloadLookup } from "../http/package-download.ts";
import { createBatcher } from "../services/batcher.ts";
import { cancelMessage, type ManagerServices, type PendingOffer } from "../services/index.ts";
import { isReportedState } from "../store/execution-states.ts";
import type { DestinationKey } from "../store/status-batch-store.ts";
import type { AgentEndpointPorts, ClientIdentity, OfferSpec } from "./ports.ts";

function toOfferSpec(offer: PendingOffer): OfferSpec {
  return {
    executionId: offer.executionId,
    jobName: offer.jobName,
    packageCode: offer.package.packageCode,
    packageName: offer.package.name,
    version: offer.package.version,
    generation: offer.package.generation,
    cabinetId: offer.package.cabinetId,
    sha256: offer.package.sha256,
    size: offer.package.size,
    updateData: offer.package.updateData,
    replaceExisting: offer.replaceExisting,
    relayExpiresAt: offer.relayExpiresAt,
    executeAt: offer.executeAt,
    restartConfirm: offer.restartConfirm,
    cancelled: offer.cancellation && { reason: cancelMessage(offer.cancellation) },
  };
}

const ok = <T>(value: T) => ({ ok: true as const, value });

/**
 * Least time between two batches of one kind while PCs keep coming: what a
 * PC waits at most, against about a millisecond of the database per statement.
 */
export const STORM_SPACING_MS = 25;

export interface ServicePorts extends AgentEndpointPorts, DownloadLookup {
  /** Resolves once every registration, lookup and offer record submitted so far is done or has failed. */
  settled(): Promise<void>;
}

export function createServicePorts(services: ManagerServices): ServicePorts {
  const registrations = createBatcher<
    ClientIdentity & { certificateFingerprint: string },
    { clientId: number }
  >({
    spacingMs: STORM_SPACING_MS,
    write: async (identities) =>
      (await services.clients.registerAuthenticatedClients(identities)).map((outcome) =>
        outcome.ok ? ok({ clientId: outcome.value.id }) : outcome,
      ),
  });
  const pending = createBatcher<{ clientId: number; now: Date }, PendingOffer[]>({
    spacingMs: STORM_SPACING_MS,
    write: async (asks) => {
      const latest = new Date(Math.max(...asks.map((a) => a.now.getTime())));
      const byClient = await services.offers.pendingOffersForClients(
        asks.map((a) => a.clientId),
        latest,
      );
      // Each ask sees the executions due at its own time.
      return asks.map(({ clientId, now }) =>
        ok(
          (byClient.get(clientId) ?? []).filter(
            (offer) => offer.executeAt === null || offer.executeAt <= now,
          ),
        ),
      );
    },
  });
  // After a job's restart every PC downloads at once: each download is looked
  // up (still a destination? which payload?) in the batch of its I/O round,
  // on the service's clock like pendingOffersFor.
  const downloads = createBatcher<number, PendingOffer[]>({
    spacingMs: STORM_SPACING_MS,
    write: async (clientIds) => {
      const byClient = await services.offers.pendingOffersForClients(clientIds);
      return clientIds.map((id) => ok(byClient.get(id) ?? []));
    },
  });
  const offered = createBatcher<DestinationKey, boolean>({
    spacingMs: STORM_SPACING_MS,
    write: async (destinations) => (await services.offers.markOfferedMany(destinations)).map(ok),
  });
  return {
    async settled() {
      await Promise.all(
        [registrations, pending, downloads, offered].map((batcher) => batcher.settled()),
      );
    },
    registerClient: (identity) => registrations.submit(identity),
    async recordAuthFailure(identity, code, detail) {
      await services.clients.recordAuthenticationFailure({
        pcId: identity.pcId,
        role: identity.role,
        code,
        detail,
      });
    },
    async pendingOffers(clientId, now) {
      return (await pending.submit({ clientId, now })).map(toOfferSpec);
    },
    async markOffered(executionId, clientId) {
      await offered.submit({ executionId, clientId });
    },
    async storeReport(report) {
      if (!isReportedState(report.state)) {
        throw new ProtocolError(
          "PC_PROTO_INVALID_FIELD",
          `statusReport.state ${report.state} cannot be reported by a PC`,
        );
      }
      await services.statusReports.storeStatusReport({ ...report, state: report.state });
    },
    async packageForDownload(executionId, clientId) {
      const offer = (await downloads.submit(clientId)).find((o) => o.executionId === executionId);
      if (!offer) return undefined;
      return {
        sha256: offer.package.sha256,
        size: offer.package.size,
        relayExpiresAt: offer.relayExpiresAt,
        cancelled: offer.cancellation !== null,
      };
    },
  };
}
