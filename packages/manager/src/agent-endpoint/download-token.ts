/**
 * Download URLs that only the PC a job targets can use: the offer (signed,
 * so the URL cannot be altered) carries a path holding an HMAC of the
 * execution and the client, made with a secret only the manager knows.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const DOWNLOAD_PATH_PREFIX = "/packages/download/";

export interface DownloadTokens {
  /** The path a PC downloads the package of `executionId` from. */
  pathFor(executionId: number, clientId: number): string;
  /** The execution and client a download path was made for, or undefined if it is not genuine. */
  parse(path: string): { executionId: number; clientId: number } | undefined;
}

export function createDownloadTokens(secret: Uint8Array): DownloadTokens {
  if (secret.byteLength < 32)
    throw new RangeError(`the download secret must be at least 32 bytes: got ${secret.byteLength}`);
  const mac = (executionId: number, clientId: number) =>
    createHmac("sha256", secret).update(`${executionId}/${clientId}`).digest("base64url");
  return {
    pathFor: (executionId, clientId) =>
      `${DOWNLOAD_PATH_PREFIX}${executionId}/${clientId}/${mac(executionId, clientId)}`,
    parse(path) {
      const match = /^\/packages\/download\/(\d{1,15})\/(\d{1,15})\/([A-Za-z0-9_-]{43})$/.exec(
        path,
      );
      if (!match) return undefined;
      const executionId = Number(match[1]);
      const clientId = Number(match[2]);
      const given = Buffer.from(match[3] ?? "");
      const expected = Buffer.from(mac(executionId, clientId));
      return given.length === expected.length && timingSafeEqual(given, expected)
        ? { executionId, clientId }
        : undefined;
    },
  };
}
