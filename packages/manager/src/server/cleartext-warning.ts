/**
 * Contract §2: ws:// (and http://) for loopback and tests, wss:// with a
 * configured certificate for real deployments. A manager that listens
 * beyond this machine without TLS still starts (a lab may want it), but says
 * what crosses the network in the clear.
 */
import { isIP } from "node:net";

/** Whether `host` (a --host value) accepts connections from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .replace(/^\[(.*)\]$/, "$1")
    .toLowerCase()
    .replace(/^::ffff:(?=\d)/, "");
  if (bare === "localhost" || bare === "::1") return true;
  return isIP(bare) === 4 && bare.startsWith("127.");
}

/** The warning a manager listening on `host` without TLS prints, or undefined on loopback or with TLS. */
export function cleartextWarning(host: string, tls: boolean): string | undefined {
  if (tls || isLoopbackHost(host)) return undefined;
  return `warning: serving http:// and ws:// on ${host} without TLS: administrators' passwords and tokens, and the PCs' connections, cross the network in the clear; set --tls-cert and --tls-key for a real deployment (docs/OPERATIONS.md)`;
}
