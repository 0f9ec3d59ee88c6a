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
import type { TLSSocket } from "node:tls";
import { buildConnector } from "undici";

/** A connector for undici that also trusts the certificate `pem` (its first certificate) as itself. */
export function trustingOwnCertificate(pem: string): buildConnector.connector {
  const own = new X509Certificate(pem).raw;
  // The checks run here, after the handshake, so that the own certificate can pass them;
  // no session is resumed, for a resumed session shows no peer certificate to compare.
  const connect = buildConnector({ rejectUnauthorized: false, maxCachedSessions: 0 });
  return (options, callback) => {
    connect(options, (error, socket) => {
      if (error || !socket) {
        callback(error ?? new Error("no socket"), null);
        return;
      }
      if (options.protocol !== "https:") {
        callback(null, socket);
        return;
      }
      const tls = socket as TLSSocket;
      if (tls.authorized || tls.getPeerCertificate().raw?.equals(own)) {
        callback(null, socket);
        return;
      }
      const reason = String(tls.authorizationError ?? "certificate not trusted");
      socket.destroy();
      callback(
        Object.assign(new Error(`the server's certificate is not trusted: ${reason}`), {
          code: reason,
        }),
        null,
      );
    });
  };
}
