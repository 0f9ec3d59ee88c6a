/**
 * Friendly names for the generated `patchcast.v1` types, and the
 * discriminated union of Envelope bodies that the codec hands out.
 *
 * The generated code in ./gen is produced from proto/ by `pnpm gen`
 * (pbjs static-module); schema.test.ts fails when it is stale.
 */
// Must come first: it configures protobuf.js before the generated code loads.
import "./runtime.ts";
import { type google, patchcast } from "./gen/patchcast.js";

export const v1 = patchcast.v1;

/** Enum values, as the generated code defines them. */
export const Role = v1.Role;
export const JobType = v1.JobType;
export const JobState = v1.JobState;
export const RestartAnswer = v1.RestartAnswer;
export const ProgressPhase = v1.ProgressPhase;

type P = typeof patchcast.v1;
type Props<K extends keyof P> = P[K] extends { create(properties?: infer T): unknown } ? T : never;

export type Hello = Props<"Hello">;
export type Challenge = Props<"Challenge">;
export type ChallengeResponse = Props<"ChallengeResponse">;
export type AuthResult = Props<"AuthResult">;
export type Heartbeat = Props<"Heartbeat">;
export type Ack = Props<"Ack">;
export type ErrorMessage = Props<"ErrorMessage">;
export type SignedJobOffer = Props<"SignedJobOffer">;
export type JobOffer = Props<"JobOffer">;
export type PackageRef = Props<"PackageRef">;
export type InstallConditions = Props<"InstallConditions">;
export type RestartConfirmResult = Props<"RestartConfirmResult">;
export type Progress = Props<"Progress">;
export type StatusReport = Props<"StatusReport">;
export type JobCancel = Props<"JobCancel">;
export type Timestamp = google.protobuf.Timestamp.$Properties;

/** The name of each message an Envelope can carry (its `body` oneof). */
export type BodyCase = NonNullable<patchcast.v1.Envelope["body"]>;

/** Every body case, in schema order. */
export const BODY_CASES = Object.freeze([
  "hello",
  "challenge",
  "challengeResponse",
  "authResult",
  "heartbeat",
  "ack",
  "error",
  "jobOffer",
  "restartConfirmResult",
  "progress",
  "statusReport",
  "jobCancel",
] as const satisfies readonly BodyCase[]);

export type BodyValue<K extends BodyCase> = NonNullable<patchcast.v1.Envelope.$Properties[K]>;

/** One Envelope body: `{ case: "hello", value: {...} }`. */
export type Body = { [K in BodyCase]: { case: K; value: BodyValue<K> } }[BodyCase];

/** What one WebSocket message carries, as the codec sees it. */
export interface Message {
  /** Non-zero on messages that must be acknowledged (Envelope.seq). */
  seq: number;
  body: Body;
}

/** A body of one given case. */
export type BodyOf<K extends BodyCase> = Extract<Body, { case: K }>;
