import type { CertificateCache, Signer, TrustStore } from "@patchcast/protocol/auth";
import type { Logger } from "pino";
import type { AgentSession } from "./agent-session.ts";
import type { AgentEndpointPorts } from "./ports.ts";

/** What every session of the endpoint shares. */
export interface EndpointContext {
  readonly ports: AgentEndpointPorts;
  /** The certification office's certificates and CRL, to verify PCs (replaced on a reload). */
  trust: TrustStore;
  /**
   * PCs' certificates already parsed and their signatures checked, by their
   * exact bytes: a PC that reconnects (a restart) is not parsed again. Dates,
   * revocation and the challenge are still checked every time.
   */
  readonly certificates: CertificateCache;
  /** The manager's signing key and certificate chain, to sign offers (replaced on a reload). */
  signer: Signer;
  readonly heartbeatIntervalMs: number;
  readonly maxFrameBytes: number;
  readonly log: Pick<Logger, "debug" | "info" | "warn" | "error">;
  now(): Date;
  downloadPathFor(executionId: number, clientId: number): string;
  onAuthenticated(session: AgentSession): void;
  onClosed(session: AgentSession): void;
}
