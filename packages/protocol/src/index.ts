export type { CodecOptions } from "./codec.ts";
export {
  decodeFrame,
  decodeJobOffer,
  decodeMessage,
  encodeJobOffer,
  encodeMessage,
} from "./codec.ts";
export {
  CloseCode,
  isProtocolError,
  PROTOCOL_ERRORS,
  ProtocolError,
  type ProtocolErrorCode,
  type ProtocolErrorSpec,
} from "./errors.ts";
export { type FrameData, frameByteLength } from "./frame.ts";
export { Limits } from "./limits.ts";
export {
  AUTHENTICATION_PRECEDENCE,
  describeMaintenanceCode,
  isMaintenanceCode,
  MAINTENANCE_CODE_PATTERN,
  MAINTENANCE_CODES,
  MaintenanceCode,
  type MaintenanceCodeEntry,
  type MaintenanceCodeFamily,
  type MaintenanceCodeName,
} from "./maintenance-codes.ts";
export * from "./messages.ts";
export {
  AGENT_ACCEPTS,
  type AgentPhase,
  assertAgentAccepts,
  assertManagerAccepts,
  MANAGER_ACCEPTS,
  type ManagerPhase,
} from "./session-rules.ts";
export { challengeSigningInput, offerSigningInput, SignatureAlgorithm } from "./signing.ts";
export { fromTimestamp, toTimestamp } from "./timestamp.ts";
export { AGENT_PATH, checkProtocolVersion, PROTOCOL_VERSION, SUBPROTOCOL } from "./version.ts";
