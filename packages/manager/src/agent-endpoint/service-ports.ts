/**
 * The endpoint's ports and the download lookup, served by the manager's
 * data services.
 */
import { ProtocolError } from "@patchcast/protocol";
import type { DownloadLookup } from "../http/package-download.ts";
import type { ManagerServices, PendingOffer } from "../services/index.ts";
import { isReportedState } from "../store/execution-states.ts";
import type { AgentEndpointPorts, OfferSpec } from "./ports.ts";

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
  };
}

export function createServicePorts(services: ManagerServices): AgentEndpointPorts & DownloadLookup {
  return {
    async registerClient(identity) {
      const client = await services.clients.registerAuthenticatedClient(identity);
      return { clientId: client.id };
    },
    async recordAuthFailure(identity, code, detail) {
      await services.clients.recordAuthenticationFailure({
        pcId: identity.pcId,
        role: identity.role,
        code,
        detail,
      });
    },
    async pendingOffers(clientId, now) {
      return (await services.offers.pendingOffersFor(clientId, now)).map(toOfferSpec);
    },
    async markOffered(executionId, clientId) {
      await services.offers.markOffered(executionId, clientId);
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
      const offer = (await services.offers.pendingOffersFor(clientId)).find(
        (o) => o.executionId === executionId,
      );
      if (!offer) return undefined;
      return {
        sha256: offer.package.sha256,
        size: offer.package.size,
        relayExpiresAt: offer.relayExpiresAt,
      };
    },
  };
}
