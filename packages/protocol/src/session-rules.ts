/**
 * Which messages each side may receive in each phase of a session
 * (contract §2). A message out of order is PC_PROTO_UNEXPECTED_MESSAGE
 * (close 1002); the error names what was expected and what arrived.
 */
import { ProtocolError } from "./errors.ts";
import type { BodyCase } from "./messages.ts";

/** The manager's view of one agent connection. */
export type ManagerPhase = "awaiting-hello" | "awaiting-challenge-response" | "authenticated";

/** The agent's view of its connection to the manager. */
export type AgentPhase = "awaiting-challenge" | "awaiting-auth-result" | "authenticated";

const ALWAYS: readonly BodyCase[] = ["error"];

/** What the manager accepts from an agent, by phase. */
export const MANAGER_ACCEPTS: Readonly<Record<ManagerPhase, readonly BodyCase[]>> = Object.freeze({
  "awaiting-hello": ["hello"],
  "awaiting-challenge-response": ["challengeResponse"],
  authenticated: ["heartbeat", "ack", "restartConfirmResult", "progress", "statusReport"],
});

/** What an agent accepts from the manager, by phase. */
export const AGENT_ACCEPTS: Readonly<Record<AgentPhase, readonly BodyCase[]>> = Object.freeze({
  "awaiting-challenge": ["challenge"],
  "awaiting-auth-result": ["authResult"],
  authenticated: ["jobOffer", "jobCancel", "heartbeat", "ack"],
});

function check(accepts: readonly BodyCase[], phase: string, received: BodyCase): void {
  if (ALWAYS.includes(received) || accepts.includes(received)) return;
  throw new ProtocolError(
    "PC_PROTO_UNEXPECTED_MESSAGE",
    `in phase ${phase} expected ${accepts.join(" or ")}: got ${received}`,
  );
}

/** Throws unless the manager may receive `received` in `phase`. */
export function assertManagerAccepts(phase: ManagerPhase, received: BodyCase): void {
  check(MANAGER_ACCEPTS[phase], phase, received);
}

/** Throws unless an agent may receive `received` in `phase`. */
export function assertAgentAccepts(phase: AgentPhase, received: BodyCase): void {
  check(AGENT_ACCEPTS[phase], phase, received);
}
