/**
 * Closing the HTTP side of the manager: no new connections, requests in
 * progress may finish, and after `graceMs` whatever is still open is cut.
 * Without the cut, one accepted connection that never sends a request (a
 * client that vanished half-way, a port scanner) would keep the manager
 * from stopping: Node's server counts it as active, not idle, and stops
 * reaping connections once it is closing.
 */
import type { Server } from "node:http";

export interface ClosableApp {
  readonly server: Pick<Server, "closeAllConnections">;
  close(): Promise<unknown>;
}

export interface CloseTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const defaultTimers: CloseTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Default time left to requests in progress when the manager stops. */
export const DEFAULT_CLOSE_GRACE_MS = 10_000;

export async function closeApp(
  app: ClosableApp,
  graceMs = DEFAULT_CLOSE_GRACE_MS,
  timers: CloseTimers = defaultTimers,
): Promise<void> {
  const cut = timers.setTimeout(() => app.server.closeAllConnections(), graceMs);
  try {
    await app.close();
  } finally {
    timers.clearTimeout(cut);
  }
}
