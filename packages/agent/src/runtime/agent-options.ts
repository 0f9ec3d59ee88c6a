/**
 * The options of one agent runtime, checked at construction (TypeError or
 * RangeError, synchronously), with their defaults.
 */
import { AGENT_PATH } from "@patchcast/protocol";
import type { AuthenticateOptions } from "@patchcast/protocol/auth";
import { type ClientOptions, WebSocket } from "ws";
import type { ConfirmRestart } from "../confirm/confirm.ts";
import type { Installer } from "../installer/installer.ts";
import { type AgentLog, silentLog } from "../log.ts";
import type { BackoffOptions } from "../net/backoff.ts";
import type { WebSocketFactory } from "../net/session.ts";
import type { PortPool } from "../net/source-ports.ts";
import { realTimers, type Timers } from "./timers.ts";

export const AGENT_ROLES = ["security-pc", "standard"] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** What the agent reports as it goes, for displays and simulations. */
export type AgentEvent =
  | {
      readonly type: "connection";
      readonly state: "connecting" | "authenticated" | "auth-failed" | "disconnected";
      readonly code?: string;
      readonly detail?: string;
    }
  | {
      readonly type: "job";
      readonly jobId: string;
      /** JobState without its prefix, lower case: received, awaiting_restart, ..., error. */
      readonly state: string;
      readonly maintenanceCode?: string;
      readonly detail?: string;
    }
  | {
      readonly type: "prompt";
      readonly jobIds: readonly string[];
      /** Set once answered. */
      readonly answer?: boolean;
      /** Set when the prompt was taken off the screen unanswered: a job in it was cancelled. */
      readonly withdrawn?: true;
    };

export interface AgentOptions {
  /** ws(s)://HOST:PORT (the /agent path is added when absent); http(s):// is accepted too. */
  readonly managerUrl: string;
  /** The authentication device: device.crt, device.key, ca.crt, optional crl.pem. */
  readonly deviceDir: string;
  /** Where everything that must survive a restart lives. */
  readonly stateDir: string;
  /** Default "security-pc": offers go through the restart-confirm sequence. */
  readonly role?: AgentRole;
  /** Who answers the restart-confirm prompt. */
  readonly confirm: ConfirmRestart;
  /**
   * Makes the PC restart after a Yes, once the reports are flushed. Resolving
   * ends this runtime (`ended` resolves with reason "restart"); the caller
   * boots the next one from the state directory. Rejecting ends the jobs
   * in error with RESTART_FAILED (their records finished: nothing of them
   * installs later) and keeps the runtime. Default: nothing to do, the end
   * of the runtime is the restart.
   */
  readonly restart?: () => void | Promise<void>;
  /** Default: the simulated installer over installed.json in the state directory. */
  readonly installer?: Installer;
  readonly timers?: Timers;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly log?: AgentLog;
  readonly onEvent?: (event: AgentEvent) => void;
  /** Reconnect delays (default 1 s doubling to 60 s, full jitter). */
  readonly backoff?: Omit<BackoffOptions, "random">;
  /** Heartbeat interval until the manager names one (default 30 s). */
  readonly heartbeatIntervalMs?: number;
  readonly handshakeTimeoutMs?: number;
  /** How long a Yes waits for the manager to acknowledge the reports before restarting (default 5 s). */
  readonly restartFlushMs?: number;
  readonly createWebSocket?: WebSocketFactory;
  /** Options for every WebSocket and download connection: localAddress, ca, agent... */
  readonly socketOptions?: ClientOptions;
  /**
   * Local ports for the connections from socketOptions.localAddress, taken
   * by the process rather than searched for by the system (simulated fleets:
   * see net/source-ports.ts). Default: the system picks.
   */
  readonly localPorts?: PortPool;
  readonly download?: { readonly retries?: number; readonly retryDelayMs?: number };
  /** The longest an install may take before the job ends with TIMED_OUT (default 2 h). */
  readonly installTimeoutMs?: number;
  /** Passed to the authenticator (memory budget, clock, owner uid). */
  readonly authenticate?: AuthenticateOptions;
  /** Default: the common name of device.crt. */
  readonly pcId?: string;
  readonly hostName?: string;
  readonly os?: string;
  readonly agentVersion?: string;
  /** fsync state files (default true). */
  readonly durable?: boolean;
  /** Finished job records older than this are pruned at start (default 30 days). */
  readonly finishedRetentionMs?: number;
}

export interface ResolvedUrls {
  /** The /agent WebSocket URL. */
  readonly agentUrl: string;
  /** The http(s) origin package downloads resolve against. */
  readonly httpBase: URL;
}

export function resolveManagerUrl(managerUrl: string): ResolvedUrls {
  let url: URL;
  try {
    url = new URL(managerUrl);
  } catch {
    throw new TypeError(`managerUrl must be a ws(s):// URL: got "${managerUrl}"`);
  }
  const secure = url.protocol === "wss:" || url.protocol === "https:";
  if (!["ws:", "wss:", "http:", "https:"].includes(url.protocol))
    throw new TypeError(`managerUrl must be a ws:// or wss:// URL: got "${managerUrl}"`);
  const path = url.pathname === "/" || url.pathname === "" ? AGENT_PATH : url.pathname;
  const origin = url.host;
  return {
    agentUrl: `${secure ? "wss" : "ws"}://${origin}${path}`,
    httpBase: new URL(`${secure ? "https" : "http"}://${origin}/`),
  };
}

export const defaultWebSocketFactory: WebSocketFactory = (url, protocol, options) =>
  new WebSocket(url, protocol, options);

function positive(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value > 0))
    throw new RangeError(`${name} must be a positive number: got ${value}`);
}

export function checkAgentOptions(options: AgentOptions): ResolvedUrls {
  if (typeof options !== "object" || options === null)
    throw new TypeError("createAgent needs an options object");
  for (const key of ["deviceDir", "stateDir"] as const) {
    if (typeof options[key] !== "string" || options[key] === "")
      throw new TypeError(`${key} must be a directory path: got ${String(options[key])}`);
  }
  if (typeof options.confirm !== "function")
    throw new TypeError("confirm must be a function answering the restart-confirm prompt");
  if (options.role !== undefined && !AGENT_ROLES.includes(options.role))
    throw new TypeError(`role must be one of ${AGENT_ROLES.join(", ")}: got "${options.role}"`);
  positive("heartbeatIntervalMs", options.heartbeatIntervalMs);
  positive("handshakeTimeoutMs", options.handshakeTimeoutMs);
  positive("restartFlushMs", options.restartFlushMs);
  positive("finishedRetentionMs", options.finishedRetentionMs);
  return resolveManagerUrl(options.managerUrl);
}

export const defaults = {
  timers: realTimers,
  log: silentLog,
  restartFlushMs: 5000,
  finishedRetentionMs: 30 * 86_400_000,
} as const;
