/**
 * How the packager trusts its own manager over https://. The manager's TLS
 * certificate may come from any PKI (the simulated office, OpenSSL, a
 * company CA) and name any host, while the packager reaches the manager at
 * the address it listens on. So a server is trusted when the usual checks
 * pass (the system's CAs, the host name), or when it presents exactly the
 * manager's own certificate: the packager then talks to its own process.
 * Anything else is refused with the TLS error the usual checks gave.
 */
import { X509Certificate } from "node:crypto";
import { checkServerIdentity, type TLSSocket } from "node:tls";
import { buildConnector } from "undici";

/**
 * A connector for undici that also trusts the certificate `pem` (its first
 * certificate) as itself. `ca` replaces the system's CAs for the usual checks.
 */
export function trustingOwnCertificate(
  pem: string,
  options: { readonly ca?: string } = {},
): buildConnector.connector {
  const own = new X509Certificate(pem).raw;
  // The checks run here, after the handshake, so that the own certificate can pass them;
  // no session is resumed, for a resumed session shows no peer certificate to compare.
  const connect = buildConnector({
    rejectUnauthorized: false,
    maxCachedSessions: 0,
    ...(options.ca ? { ca: options.ca } : {}),
  });
  return (target, callback) => {
    connect(target, (error, socket) => {
      if (error || !socket) {
        callback(error ?? new Error("no socket"), null);
        return;
      }
      if (target.protocol !== "https:") {
        callback(null, socket);
        return;
      }
      const tls = socket as TLSSocket;
      const peer = tls.getPeerCertificate();
      if (tls.authorized || peer?.raw?.equals(own)) {
        tls.disableRenegotiation();
        callback(null, socket);
        return;
      }
      const code = String(tls.authorizationError ?? "CERT_UNTRUSTED");
      // A name mismatch says which name and which certificate; the other checks give a code alone.
      const mismatch =
        code === "ERR_TLS_CERT_ALTNAME_INVALID" && peer
          ? checkServerIdentity(target.servername || target.hostname, peer)?.message
          : undefined;
      socket.destroy();
      callback(
        Object.assign(new Error(`the server's certificate is not trusted: ${mismatch ?? code}`), {
          code,
        }),
        null,
      );
    });
  };
}
