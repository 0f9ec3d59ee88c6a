// The packager's trust in its own manager over real TLS sockets: the
// manager's own certificate is trusted as itself, whatever signed it;
// another certificate from an authority nobody trusts is refused.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createCertificationOffice, issueManagerCredential } from "@patchcast/pki-sim";
import { Agent, fetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trustingOwnCertificate } from "./own-certificate.ts";
import { createPackager } from "./packager.ts";

// An office no system trusts: its certificates pass only as the manager's own.
const own = issueManagerCredential(createCertificationOffice());
const stranger = issueManagerCredential(createCertificationOffice());
const servers: Server[] = [];

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const answer = (request: IncomingMessage, response: ServerResponse) => {
  if (request.url === "/close") response.setHeader("connection", "close");
  response.end("ok");
};
let ownUrl = "";
let strangerUrl = "";
let plainUrl = "";

beforeAll(async () => {
  const tls = (credential: typeof own) =>
    createHttpsServer({ cert: credential.certificatePem, key: credential.keyPem }, answer);
  ownUrl = `https://${await listen(tls(own))}/`;
  strangerUrl = `https://${await listen(tls(stranger))}/`;
  plainUrl = `http://${await listen(createHttpServer(answer))}/`;
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

const get = (url: string, dispatcher: Agent) =>
  fetch(url, { dispatcher }).then(async (response) => ({
    status: response.status,
    text: await response.text(),
  }));

/** The innermost cause of a failed fetch. */
async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    let cause = error as { cause?: unknown; code?: string; message: string };
    while (cause.cause) cause = cause.cause as typeof cause;
    return cause;
  }
  throw new Error("the fetch succeeded");
}

describe("trustingOwnCertificate", () => {
  it("trusts the server that presents the manager's own certificate", async () => {
    const dispatcher = new Agent({ connect: trustingOwnCertificate(own.certificatePem) });
    expect(await get(ownUrl, dispatcher)).toEqual({ status: 200, text: "ok" });
    await dispatcher.close();
  });

  it("trusts it again on every new connection", async () => {
    // The server closes each connection: a second request makes a second
    // handshake, which must not resume the first one's session unchecked.
    const dispatcher = new Agent({ connect: trustingOwnCertificate(own.certificatePem) });
    for (let i = 0; i < 3; i++) {
      expect(await get(`${ownUrl}close`, dispatcher)).toEqual({ status: 200, text: "ok" });
    }
    await dispatcher.close();
  });

  it("is needed: without it the same server is refused", async () => {
    const dispatcher = new Agent();
    const error = await failure(get(ownUrl, dispatcher));
    expect(error.code).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    await dispatcher.close();
  });

  it("refuses a server with another certificate, with the TLS check's reason", async () => {
    const dispatcher = new Agent({ connect: trustingOwnCertificate(own.certificatePem) });
    const error = await failure(get(strangerUrl, dispatcher));
    expect(error.code).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    expect(error.message).toBe(
      "the server's certificate is not trusted: UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    );
    await dispatcher.close();
  });

  it("trusts a server its CAs vouch for under the name asked, and refuses another name, saying which", async () => {
    const office = createCertificationOffice();
    const named = issueManagerCredential(office, { hosts: ["localhost"] });
    const url = await listen(
      createHttpsServer({ cert: named.certificatePem, key: named.keyPem }, answer),
    );
    const port = url.split(":")[1];
    const dispatcher = new Agent({
      connect: trustingOwnCertificate(own.certificatePem, { ca: office.caPem }),
    });
    expect(await get(`https://localhost:${port}/`, dispatcher)).toEqual({
      status: 200,
      text: "ok",
    });
    const error = await failure(get(`https://127.0.0.1:${port}/`, dispatcher));
    expect(error.code).toBe("ERR_TLS_CERT_ALTNAME_INVALID");
    expect(error.message).toBe(
      "the server's certificate is not trusted: Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: ",
    );
    await dispatcher.close();
  });

  it("leaves http:// alone", async () => {
    const dispatcher = new Agent({ connect: trustingOwnCertificate(own.certificatePem) });
    expect(await get(plainUrl, dispatcher)).toEqual({ status: 200, text: "ok" });
    await dispatcher.close();
  });

  it("throws on a certificate it cannot read; a packager given one cannot start (DPT014-E)", () => {
    expect(() => trustingOwnCertificate("not a certificate")).toThrow();
    const settings = {
      managerUrl: ownUrl,
      adminId: "admin",
      password: "a password",
      ownCertificate: "not a certificate",
    };
    expect(() => createPackager(settings)).toThrow(
      expect.objectContaining({
        code: "PC_MGR_ACQ_PACKAGER_START",
        dptMessageId: "DPT014-E",
        detail: expect.stringContaining("the manager's own TLS certificate cannot be read"),
      }),
    );
  });
});
