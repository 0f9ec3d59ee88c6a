/**
 * An HTTP GET bounded in time (the injected timers abort it) and in size
 * (announced by Content-Length or counted while reading): the body is handed
 * to `sink` chunk by chunk and never grows past `maxBytes`.
 */
import { type Dispatcher, fetch } from "undici";
import { classifyFetchFailure, type FetchFailure } from "./fetch-failure.ts";
import type { Timers } from "./timers.ts";

export interface BoundedGet {
  readonly url: URL;
  readonly dispatcher: Dispatcher;
  readonly headers: Record<string, string>;
  readonly timers: Timers;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly sink: (chunk: Uint8Array) => Promise<void> | void;
}

export type BoundedGetResult =
  | { readonly ok: true; readonly bytes: number }
  | { readonly ok: false; readonly status: number }
  | { readonly ok: false; readonly status: "too-large"; readonly bytes: number }
  | { readonly ok: false; readonly status: "failed"; readonly failure: FetchFailure };

/** Thrown by `sink` to stop the download with its own error. */
export class SinkError extends Error {
  override name = "SinkError";
}

export async function boundedGet(get: BoundedGet): Promise<BoundedGetResult> {
  const abort = new AbortController();
  let timedOut = false;
  const timer = get.timers.setTimeout(() => {
    timedOut = true;
    abort.abort(new Error(`no complete answer within ${get.timeoutMs / 1000} s`));
  }, get.timeoutMs);
  let bytes = 0;
  try {
    const response = await fetch(get.url, {
      dispatcher: get.dispatcher,
      headers: get.headers,
      signal: abort.signal,
      redirect: "error",
    });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, status: response.status };
    }
    const announced = Number(response.headers.get("content-length") ?? Number.NaN);
    if (announced > get.maxBytes) {
      abort.abort();
      return { ok: false, status: "too-large", bytes: announced };
    }
    for await (const chunk of response.body ?? []) {
      bytes += chunk.byteLength;
      if (bytes > get.maxBytes) {
        abort.abort();
        return { ok: false, status: "too-large", bytes };
      }
      await get.sink(chunk);
    }
    return { ok: true, bytes };
  } catch (error) {
    if (error instanceof SinkError) throw error.cause ?? error;
    return { ok: false, status: "failed", failure: classifyFetchFailure(error, timedOut) };
  } finally {
    get.timers.clearTimeout(timer);
  }
}
