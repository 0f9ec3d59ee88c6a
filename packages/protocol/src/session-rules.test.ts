// Contract §2: messages out of order are answered with a close code, and a
// socket that has not authenticated gets nothing but the auth exchange.
import { describe, expect, it } from "vitest";
import { ProtocolError } from "./errors.ts";
import { BODY_CASES } from "./messages.ts";
import {
  AGENT_ACCEPTS,
  assertAgentAccepts,
  assertManagerAccepts,
  MANAGER_ACCEPTS,
  type ManagerPhase,
} from "./session-rules.ts";

describe("manager side", () => {
  it("accepts only a Hello first, naming what it expected and what came", () => {
    expect(() => assertManagerAccepts("awaiting-hello", "hello")).not.toThrow();
    try {
      assertManagerAccepts("awaiting-hello", "statusReport");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).closeCode).toBe(1002);
      expect((error as ProtocolError).message).toBe(
        "in phase awaiting-hello expected hello: got statusReport",
      );
    }
  });

  it("accepts no job message before authentication", () => {
    for (const phase of ["awaiting-hello", "awaiting-challenge-response"] as ManagerPhase[]) {
      for (const kase of [
        "statusReport",
        "restartConfirmResult",
        "progress",
        "ack",
        "heartbeat",
      ] as const) {
        expect(() => assertManagerAccepts(phase, kase)).toThrow(ProtocolError);
      }
    }
  });

  it("never accepts a message only the manager sends", () => {
    for (const kase of ["challenge", "authResult", "jobOffer", "jobCancel"] as const) {
      for (const phase of Object.keys(MANAGER_ACCEPTS) as ManagerPhase[]) {
        expect(() => assertManagerAccepts(phase, kase)).toThrow(ProtocolError);
      }
    }
  });

  it("accepts an error message in any phase", () => {
    for (const phase of Object.keys(MANAGER_ACCEPTS) as ManagerPhase[]) {
      expect(() => assertManagerAccepts(phase, "error")).not.toThrow();
    }
  });
});

describe("agent side", () => {
  it("takes offers only after the AuthResult", () => {
    expect(() => assertAgentAccepts("awaiting-challenge", "jobOffer")).toThrow(ProtocolError);
    expect(() => assertAgentAccepts("awaiting-auth-result", "jobOffer")).toThrow(ProtocolError);
    expect(() => assertAgentAccepts("authenticated", "jobOffer")).not.toThrow();
  });

  it("every body case is accepted by one side or the other", () => {
    const accepted = new Set([
      ...Object.values(MANAGER_ACCEPTS).flat(),
      ...Object.values(AGENT_ACCEPTS).flat(),
      "error",
    ]);
    expect([...BODY_CASES].filter((c) => !accepted.has(c))).toEqual([]);
  });
});
