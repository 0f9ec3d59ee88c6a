/**
 * The support service site as the acquisition sees it (contract §5): the
 * patch information file and the update files, directly or through the
 * proxy of the network settings, with the site's login sent only to the
 * site's own origin. Failures become AcquisitionErrors with the DPT.LOG
 * message the seed gives them (table 8-2):
 *
 * - the proxy cannot be reached: DPT005-E; it refuses the login (407): DPT008-E;
 * - the site cannot be reached, or answers other than 200 for the patch
 *   information file: DPT006-E; refuses the login (401, 403): DPT008-E;
 * - a malformed patch information file, an update file that is larger,
 *   smaller or other than announced: DPT007-E (the file is discarded).
 */
import { createHash } from "node:crypto";
import { Agent, type Dispatcher, ProxyAgent } from "undici";
import { AcquisitionError } from "../errors.ts";
import { type BoundedGetResult, boundedGet, SinkError } from "./bounded-fetch.ts";
import type { FetchFailure } from "./fetch-failure.ts";
import { type PatchFile, type PatchInfo, parsePatchInfo } from "./patchinfo.ts";
import type { NetworkSettings } from "./settings.ts";
import type { Timers } from "./timers.ts";

/** The largest patch information file read. */
export const MAX_PATCHINFO_BYTES = 16 * 1024 * 1024;

export interface SiteClient {
  readonly patchInfoUrl: URL;
  fetchPatchInfo(): Promise<PatchInfo>;
  /** Streams `file` into `write`; resolves once its size and SHA-256 are checked. */
  download(file: PatchFile, write: (chunk: Uint8Array) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;

function proxyOf(network: NetworkSettings): { dispatcher: Dispatcher; host: string | null } {
  if (network.proxyUrl === null) return { dispatcher: new Agent(), host: null };
  const url = new URL(network.proxyUrl);
  const token =
    network.proxyUser !== null ? basic(network.proxyUser, network.proxyPassword ?? "") : undefined;
  return {
    dispatcher: new ProxyAgent({ uri: url.href, ...(token ? { token } : {}) }),
    host: url.host,
  };
}

export function createSiteClient(network: NetworkSettings, timers: Timers): SiteClient {
  if (network.supportSiteUrl === null) {
    throw new AcquisitionError("PC_MGR_ACQ_NETWORK", "no support site URL in the network settings");
  }
  const patchInfoUrl = new URL(network.supportSiteUrl);
  const { dispatcher, host: proxyHost } = proxyOf(network);
  const timeoutMs = network.downloadTimeoutSeconds * 1000;

  const headersFor = (url: URL): Record<string, string> =>
    network.supportSiteUser !== null && url.origin === patchInfoUrl.origin
      ? { authorization: basic(network.supportSiteUser, network.supportSitePassword ?? "") }
      : {};

  /** A failure to reach or talk to a server: whose fault, in DPT.LOG's terms. */
  const unreachable = (url: URL, failure: FetchFailure) => {
    const detail = `${url.href}: ${failure.reason}`;
    if (proxyHost !== null && failure.kind === "connect") {
      return new AcquisitionError("PC_MGR_ACQ_PROXY", `proxy ${proxyHost}: ${failure.reason}`);
    }
    if (proxyHost !== null && failure.kind === "proxy-status" && failure.status === 407) {
      return new AcquisitionError("PC_MGR_ACQ_LOGIN", `proxy ${proxyHost} answered 407`, {
        serverName: proxyHost,
      });
    }
    return new AcquisitionError("PC_MGR_ACQ_NETWORK", detail);
  };

  /** An answer other than 200, or none. */
  const refused = (url: URL, result: Exclude<BoundedGetResult, { ok: true }>) => {
    if (result.status === "failed") return unreachable(url, result.failure);
    if (result.status === 401 || result.status === 403) {
      return new AcquisitionError("PC_MGR_ACQ_LOGIN", `${url.href} answered ${result.status}`, {
        serverName: url.host,
      });
    }
    if (result.status === 407 && proxyHost !== null) {
      return unreachable(url, { kind: "proxy-status", status: 407, reason: "407" });
    }
    return undefined;
  };

  return {
    patchInfoUrl,
    async fetchPatchInfo() {
      const chunks: Uint8Array[] = [];
      const result = await boundedGet({
        url: patchInfoUrl,
        dispatcher,
        headers: { ...headersFor(patchInfoUrl), accept: "application/json" },
        timers,
        timeoutMs,
        maxBytes: MAX_PATCHINFO_BYTES,
        sink: (chunk) => {
          chunks.push(chunk);
        },
      });
      if (!result.ok) {
        if (result.status === "too-large") {
          throw new AcquisitionError(
            "PC_MGR_ACQ_PATCHINFO_MALFORMED",
            `patch information file: larger than ${MAX_PATCHINFO_BYTES} bytes`,
          );
        }
        throw (
          refused(patchInfoUrl, result) ??
          new AcquisitionError(
            "PC_MGR_ACQ_NETWORK",
            `${patchInfoUrl.href} answered ${result.status}`,
          )
        );
      }
      return parsePatchInfo(Buffer.concat(chunks).toString("utf8"), patchInfoUrl);
    },
    async download(file, write) {
      const hash = createHash("sha256");
      const mismatch = (what: string) =>
        new AcquisitionError(
          "PC_MGR_ACQ_FILE_MISMATCH",
          `${file.name} (${file.url.href}): ${what}`,
        );
      if (file.size > network.maxFileBytes) {
        throw mismatch(
          `announced ${file.size} bytes, more than the limit of ${network.maxFileBytes}`,
        );
      }
      const result = await boundedGet({
        url: file.url,
        dispatcher,
        headers: headersFor(file.url),
        timers,
        timeoutMs,
        maxBytes: file.size,
        sink: async (chunk) => {
          hash.update(chunk);
          try {
            await write(chunk);
          } catch (error) {
            throw new SinkError("write failed", { cause: error });
          }
        },
      });
      if (!result.ok) {
        if (result.status === "too-large") {
          throw mismatch(`more bytes than the ${file.size} announced`);
        }
        if (result.status === "failed" && result.failure.kind === "timeout") {
          throw mismatch(`not complete within ${network.downloadTimeoutSeconds} s`);
        }
        throw refused(file.url, result) ?? mismatch(`the site answered ${result.status}`);
      }
      if (result.bytes !== file.size) {
        throw mismatch(`${result.bytes} bytes, not the ${file.size} announced`);
      }
      const digest = hash.digest("hex");
      if (digest !== file.sha256)
        throw mismatch(`SHA-256 ${digest}, not the ${file.sha256} announced`);
    },
    close: () => dispatcher.close(),
  };
}
