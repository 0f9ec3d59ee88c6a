// The order a destination's status moves in (contract §4; JobState in job.proto).
import { describe, expect, it } from "vitest";
import {
  EXECUTION_STATES,
  isExecutionState,
  isReportedState,
  isTerminalState,
  movesForward,
  PENDING_STATES,
  REPORTED_STATES,
} from "./execution-states.ts";

describe("execution states", () => {
  it("follow the job on a security PC: waiting, offered, then the PC's JobStates", () => {
    expect(EXECUTION_STATES).toEqual([
      "waiting",
      "offered",
      "received",
      "awaiting_restart",
      "restarting",
      "downloading",
      "installing",
      "completed",
      "error",
    ]);
    expect(REPORTED_STATES.every(isExecutionState)).toBe(true);
    expect(isReportedState("waiting")).toBe(false);
    expect(isReportedState("received")).toBe(true);
  });

  it("move forward only", () => {
    expect(movesForward("waiting", "offered")).toBe(true);
    expect(movesForward("offered", "installing")).toBe(true);
    expect(movesForward("downloading", "received")).toBe(false);
    expect(movesForward("awaiting_restart", "awaiting_restart")).toBe(false);
    expect(movesForward("installing", "error")).toBe(true);
    expect(movesForward("waiting", "error")).toBe(true);
  });

  it("never leave completed or error", () => {
    expect(isTerminalState("completed")).toBe(true);
    expect(isTerminalState("error")).toBe(true);
    for (const to of EXECUTION_STATES) {
      expect(movesForward("completed", to)).toBe(false);
      expect(movesForward("error", to)).toBe(false);
    }
    expect(PENDING_STATES).toEqual(EXECUTION_STATES.filter((s) => !isTerminalState(s)));
  });
});
