/**
 * Reports that must not be lost (StatusReport, RestartConfirmResult): each
 * gets the next Envelope.seq, is written to the outbox before it is sent,
 * and stays there until the manager's Ack names it; after a reconnect or a
 * restart every waiting report goes out again, in order. Progress is
 * best-effort and only sent when connected.
 */
import { type Body, encodeMessage } from "@patchcast/protocol";
import type { AgentLog } from "../log.ts";
import type { AgentIdentity } from "../state/agent-identity.ts";
import type { Outbox } from "../state/outbox.ts";

export interface ReportLink {
  readonly authenticated: boolean;
  send(bytes: Uint8Array): boolean;
}

export interface Reporter {
  /** Persists and sends (when connected) one report; resolves once it is in the outbox. */
  report(body: Body): Promise<number>;
  /** Best-effort message (seq 0), dropped when offline. */
  sendBestEffort(body: Body): void;
  /** Sends every waiting report over a freshly authenticated link. */
  resend(link: ReportLink): Promise<void>;
  acknowledge(seqs: readonly number[]): Promise<void>;
  /** Resolves once no report waits for an Ack. */
  drained(): Promise<void>;
  setLink(link: ReportLink | undefined): void;
  readonly pending: number;
}

export function createReporter(deps: {
  identity: AgentIdentity;
  outbox: Outbox;
  /** The seqs already in the outbox, waiting for an Ack. */
  waiting: readonly number[];
  log: AgentLog;
}): Reporter {
  const { identity, outbox, log } = deps;
  const waiting = new Set(deps.waiting);
  let link: ReportLink | undefined;
  let emptied: (() => void)[] = [];

  const sendNow = (bytes: Uint8Array) => (link?.authenticated ? link.send(bytes) : false);
  const checkEmpty = () => {
    if (waiting.size > 0) return;
    for (const resolve of emptied) resolve();
    emptied = [];
  };

  return {
    get pending() {
      return waiting.size;
    },
    setLink(next) {
      link = next;
    },
    async report(body) {
      const seq = await identity.nextSeq();
      const bytes = encodeMessage({ seq, body });
      await outbox.put(seq, bytes);
      waiting.add(seq);
      sendNow(bytes);
      return seq;
    },
    sendBestEffort(body) {
      sendNow(encodeMessage({ body }));
    },
    async resend(target) {
      for (const seq of [...waiting].sort((a, b) => a - b)) {
        const bytes = await outbox.read(seq);
        if (!bytes) {
          waiting.delete(seq);
          continue;
        }
        if (!target.authenticated) return;
        try {
          target.send(bytes);
        } catch (error) {
          log.error("an outbox entry cannot be sent: moved aside", { seq, err: error });
          waiting.delete(seq);
          await outbox.quarantine(seq);
        }
      }
      checkEmpty();
    },
    async acknowledge(seqs) {
      for (const seq of seqs) {
        if (!waiting.has(seq)) continue;
        waiting.delete(seq);
        await outbox.remove(seq);
      }
      checkEmpty();
    },
    drained() {
      if (waiting.size === 0) return Promise.resolve();
      return new Promise<void>((resolve) => emptied.push(resolve));
    },
  };
}
