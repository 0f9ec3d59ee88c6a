/**
 * What the /agent endpoint needs from the rest of the manager. The endpoint
 * speaks the wire protocol; these calls store and look things up.
 */
export type ClientRole = "security_pc" | "standard";

export interface ClientIdentity {
  pcId: string;
  role: ClientRole;
  hostName: string;
  os: string;
  agentVersion: string;
}

/** Everything the endpoint needs to build one signed JobOffer. */
export interface OfferSpec {
  executionId: number;
  jobName: string;
  packageCode: string;
  packageName: string;
  version: string;
  generation: number;
  cabinetId: string;
  sha256: string;
  size: number;
  updateData: boolean;
  replaceExisting: boolean;
  relayExpiresAt: Date | null;
  executeAt: Date | null;
  restartConfirm: boolean;
  /**
   * Set when an administrator cancelled the execution: the PC is told
   * JobCancel with this reason instead of being offered the job.
   */
  cancelled: { reason: string } | null;
}

export interface ReportInput {
  clientId: number;
  agentStateId: string;
  seq: number;
  executionId: number;
  /** The JobState name in lower case without its prefix: "received", "error", … */
  state: string;
  maintenanceCode: string | null;
  detail: string | null;
  occurredAt: Date;
}

export interface AgentEndpointPorts {
  /** Registers (or refreshes) a PC that passed authentication. */
  registerClient(
    identity: ClientIdentity & { certificateFingerprint: string },
  ): Promise<{ clientId: number }>;
  /** Records a failed authentication on the PC and its pending jobs. */
  recordAuthFailure(identity: ClientIdentity, code: string, detail: string): Promise<void>;
  /**
   * Jobs the PC still has to run whose server execution date has come, and
   * the cancelled ones it still holds (`cancelled`).
   */
  pendingOffers(clientId: number, now: Date): Promise<OfferSpec[]>;
  markOffered(executionId: number, clientId: number): Promise<void>;
  /** Stores a status report; a report already stored is a no-op. */
  storeReport(report: ReportInput): Promise<void>;
}
