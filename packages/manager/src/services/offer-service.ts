/**
 * What the agent endpoint offers a PC (contract §4): every execution of
 * which it is a destination, not over (waiting, offered, received,
 * awaiting_restart, restarting, downloading, installing), whose server
 * execution date has come. Asked when the PC connects ("when the security
 * PC is started") and when a job is executed for PCs already online, so a
 * PC that was off gets its jobs when it comes back; an offer is sent again
 * after a reconnect until the PC reports the job over. A cancelled
 * execution is listed (with its `cancellation`) while a PC still holds it, so that the
 * PC is told JobCancel (execution-cancel-service.ts).
 *
 * Only Install package jobs become offers: the other job types are defined
 * and stored for standard PCs, but the wire schema carries Install package
 * only.
 */
import type { ClientRole } from "../jobs/job-rules.ts";
import type { ExecutionState } from "../store/execution-states.ts";
import type { Cancellation } from "../store/execution-store.ts";
import {
  createOfferStore,
  type HeldCancelled,
  type PendingOfferRow,
} from "../store/offer-store.ts";
import {
  createStatusBatchStore,
  type DestinationKey,
  destinationKey,
} from "../store/status-batch-store.ts";
import { type ServiceDeps, systemClock } from "./service-deps.ts";
import { checkId } from "./validation.ts";
import { wireJobId } from "./wire-job-id.ts";

/** Everything a JobOffer for one PC is built from. */
export interface PendingOffer {
  readonly executionId: number;
  /** JobOffer.job_id: the execution ID in decimal (wire-job-id.ts). */
  readonly jobId: string;
  /** The job definition run by this execution. */
  readonly definitionId: number;
  readonly jobName: string;
  readonly type: "install-package";
  /** The client's row ID and its PC ID (JobOffer.client_id). */
  readonly clientId: number;
  readonly pcId: string;
  readonly role: ClientRole;
  /** Where the execution stands on the PC now. */
  readonly state: ExecutionState;

  readonly package: PendingOfferRow["package"];
  readonly replaceExisting: boolean;
  readonly relayExpiresAt: Date | null;
  readonly executeAt: Date | null;
  /**
   * Set when an administrator cancelled the execution: the PC is told
   * JobCancel, not offered the job (it may still finish a download it had started).
   */
  readonly cancellation: Cancellation | null;
  /** True on a security PC: the restart-confirm prompt, then install after the restart. */
  readonly restartConfirm: boolean;
}

export type { HeldCancelled };

export interface OfferService {
  pendingOffersFor(clientId: number, now?: Date): Promise<PendingOffer[]>;
  /** `pendingOffersFor` of several PCs in one query: every PC asked has an entry. */
  pendingOffersForClients(
    clientIds: readonly number[],
    now?: Date,
  ): Promise<Map<number, PendingOffer[]>>;
  /** waiting → offered (with its status event); false when the status was already past waiting. */
  markOffered(executionId: number, clientId: number): Promise<boolean>;
  /**
   * `markOffered` for many destinations in one transaction: one answer per
   * destination, in order (a destination named twice moves once).
   */
  markOfferedMany(destinations: readonly DestinationKey[]): Promise<boolean[]>;
  /**
   * The cancelled executions PCs still hold, with those PCs (for a
   * scheduler: a PC another manager serves hears of a cancel through it).
   */
  heldCancelled(): Promise<HeldCancelled[]>;
  /** Offers not yet sent whose execution date has come, for every PC (for a scheduler). */
  dueOffers(now?: Date): Promise<PendingOffer[]>;
}

function toPendingOffer(row: PendingOfferRow): PendingOffer | undefined {
  if (row.jobType !== "install-package") return undefined;
  return {
    executionId: row.executionId,
    jobId: wireJobId(row.executionId),
    definitionId: row.jobId,
    jobName: row.jobName,
    type: "install-package",
    clientId: row.clientId,
    pcId: row.pcId,
    role: row.role,
    state: row.state,
    package: row.package,
    replaceExisting: row.replaceExisting,
    relayExpiresAt: row.relayExpiresAt,
    executeAt: row.executeAt,
    cancellation: row.cancellation,
    restartConfirm: row.role === "security_pc",
  };
}

const offersOf = (rows: readonly PendingOfferRow[]) =>
  rows.flatMap((row) => toPendingOffer(row) ?? []);

export function createOfferService(deps: ServiceDeps): OfferService {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const service: OfferService = {
    async pendingOffersFor(clientId, now = clock()) {
      return offersOf(await createOfferStore(db).pendingFor(checkId("client", clientId), now));
    },
    async pendingOffersForClients(clientIds, now = clock()) {
      const ids = [...new Set(clientIds.map((id) => checkId("client", id)))];
      const byClient = new Map<number, PendingOffer[]>(ids.map((id) => [id, []]));
      for (const offer of offersOf(await createOfferStore(db).pendingForClients(ids, now))) {
        byClient.get(offer.clientId)?.push(offer);
      }
      return byClient;
    },
    heldCancelled: () => createOfferStore(db).heldCancelled(),
    async dueOffers(now = clock()) {
      return offersOf(await createOfferStore(db).due(now));
    },
    async markOffered(executionId, clientId) {
      const [moved] = await service.markOfferedMany([{ executionId, clientId }]);
      return moved === true;
    },
    markOfferedMany(destinations) {
      if (destinations.length === 0) return Promise.resolve([]);
      return db.transaction(async (tx) => {
        const store = createStatusBatchStore(tx);
        const current = await store.lockDestinations(destinations);
        // Each destination still waiting moves once, however often it is named.
        const moving = new Map<string, DestinationKey>();
        for (const d of destinations) {
          const key = destinationKey(d);
          if (current.get(key) === "waiting" && !moving.has(key)) moving.set(key, d);
        }
        const changes = [...moving.values()].map((d) => ({
          executionId: d.executionId,
          clientId: d.clientId,
          state: "offered" as const,
          maintenanceCode: null,
          detail: null,
        }));
        const at = clock();
        await store.setStatuses(changes, at);
        await store.insertTransitions(changes, at);
        return destinations.map((d) => moving.delete(destinationKey(d)));
      });
    },
  };
  return service;
}
