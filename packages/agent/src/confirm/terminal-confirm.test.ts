// Seed 001: the restart-confirm dialog answers Yes or No. The terminal
// prompt over streams (the real-terminal test drives the bin through a pty).
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { restartMessage } from "./confirm.ts";
import { createTerminalConfirm, parseAnswer } from "./terminal-confirm.ts";

const question = {
  jobs: [{ jobId: "1", packageName: "DPT-x" }],
  message: restartMessage(["DPT-x"]),
};

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (chunk: Buffer) => {
    shown += chunk.toString();
  });
  return { input, output, shown: () => shown };
}

describe("terminal restart-confirm prompt", () => {
  it("reads Yes/No in any case and short forms", () => {
    expect(["y", "YES", " Yes "].map(parseAnswer)).toEqual([true, true, true]);
    expect(["n", "No", "NO"].map(parseAnswer)).toEqual([false, false, false]);
    expect(["", "maybe", "yess"].map(parseAnswer)).toEqual([undefined, undefined, undefined]);
  });

  it("shows the seed's question and asks again until Yes or No", async () => {
    const t = terminal();
    const answer = createTerminalConfirm(t)(question, new AbortController().signal);
    t.input.write("perhaps\n");
    t.input.write("yes\n");
    expect(await answer).toBe(true);
    expect(t.shown()).toContain(
      "an update has been distributed: DPT-x; restart now to install it? Yes/No",
    );
    expect(t.shown()).toContain("Please answer Yes or No");
  });

  it("the end of input counts as No", async () => {
    const t = terminal();
    const answer = createTerminalConfirm(t)(question, new AbortController().signal);
    t.input.end();
    expect(await answer).toBe(false);
  });

  it("stopping the agent withdraws the prompt", async () => {
    const t = terminal();
    const stop = new AbortController();
    const answer = createTerminalConfirm(t)(question, stop.signal);
    stop.abort();
    expect(await answer).toBe(false);
    expect(t.shown()).not.toContain("(");
  });

  it("says why a prompt whose update was cancelled is taken away", async () => {
    const t = terminal();
    const withdraw = new AbortController();
    const answer = createTerminalConfirm(t)(question, withdraw.signal);
    withdraw.abort("withdrawn: the update was cancelled by the manager (superseded)");
    expect(await answer).toBe(false);
    expect(t.shown()).toMatch(
      /Yes\/No \n\(withdrawn: the update was cancelled by the manager \(superseded\)\)\n$/,
    );
    // Typed after it was taken away, an answer counts for nothing.
    t.input.write("yes\n");
    expect(await answer).toBe(false);
  });
});
