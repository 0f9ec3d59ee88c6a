// Download progress: one message per tenth of the package, at most one a
// second, the completed download always.
import { describe, expect, it } from "vitest";
import { createDownloadProgress } from "./download-progress.ts";

function recorder() {
  let now = 0;
  const sent: [number, number][] = [];
  const onProgress = createDownloadProgress({
    now: () => now,
    send: (done, total) => sent.push([done, total]),
  });
  return {
    sent,
    onProgress,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe("createDownloadProgress", () => {
  it("a download faster than a second sends its first tenth and its end only", () => {
    const r = recorder();
    for (let done = 64; done <= 1024; done += 64) r.onProgress(done, 1024);
    expect(r.sent).toEqual([
      [64, 1024],
      [1024, 1024],
    ]);
  });

  it("a slower download sends a new tenth once a second has passed since the last message", () => {
    const r = recorder();
    for (let done = 100; done <= 1000; done += 100) {
      r.onProgress(done, 1000);
      r.advance(400);
    }
    expect(r.sent.map(([done]) => done)).toEqual([100, 400, 700, 1000]);
  });

  it("a tenth is sent once, however many chunks fall in it", () => {
    const r = recorder();
    r.onProgress(10, 1000);
    r.advance(5000);
    r.onProgress(20, 1000);
    r.onProgress(30, 1000);
    expect(r.sent).toEqual([[10, 1000]]);
  });

  it("an empty package is complete at once", () => {
    const r = recorder();
    r.onProgress(0, 0);
    expect(r.sent).toEqual([[0, 0]]);
  });
});
