/**
 * The packager (seed 000, 8.1.2): an HTTP client of the manager's own admin
 * API, logged in as an administrator, that makes the cabinet when it is
 * missing and uploads each update file as an update data package. Its
 * failures carry the DPT.LOG message the seed gives them (table 8-2):
 * cannot start it DPT014-E, cannot connect DPT009-E, unexpected answers
 * DPT010-E, a broken upload DPT011-E, a duplicate DPT012-W, a refused
 * password DPT013-E, any other refusal DPT015-E.
 */
import { createReadStream } from "node:fs";
import { Agent, type buildConnector, fetch } from "undici";
import { AcquisitionError } from "../errors.ts";
import { classifyFetchFailure } from "./fetch-failure.ts";
import { trustingOwnCertificate } from "./own-certificate.ts";

export interface PackagerSettings {
  /** `http(s)://HOST:PORT` of the manager. */
  readonly managerUrl: string | null;
  readonly adminId: string;
  readonly password: string | null;
  /**
   * The manager's own TLS certificate (PEM), when it serves https://:
   * trusted as itself beside the system's CAs (own-certificate.ts).
   */
  readonly ownCertificate?: string | undefined;
}

export interface PackageUpload {
  readonly cabinetId: string;
  readonly name: string;
  readonly packageCode: string;
  readonly version: string;
  readonly fileName: string;
  readonly sha256: string;
  /** The downloaded file. */
  readonly path: string;
  readonly size: number;
}

export type UploadResult =
  | { readonly kind: "packaged"; readonly packageId: number }
  | { readonly kind: "exists" };

export interface Packager {
  login(): Promise<void>;
  /** Makes the cabinet when it does not exist. */
  ensureCabinet(id: string, name: string): Promise<void>;
  /** `code version generation` of every package in the cabinet. */
  existing(cabinetId: string): Promise<Set<string>>;
  upload(upload: PackageUpload): Promise<UploadResult>;
  logout(): Promise<void>;
  close(): Promise<void>;
}

export const packageKey = (code: string, version: string, generation: number) =>
  `${code} ${version} ${generation}`;

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
}

const describe = (answer: Answer) =>
  answer.body && typeof answer.body.code === "string"
    ? `${answer.status} ${answer.body.code}: ${String(answer.body.message)}`
    : `${answer.status} (not an admin API answer)`;

function started(settings: PackagerSettings): {
  url: URL;
  connect: buildConnector.connector | undefined;
} {
  const command = `packager --manager ${settings.managerUrl ?? "(not set)"} --admin ${settings.adminId}`;
  const fail = (why: string) => new AcquisitionError("PC_MGR_ACQ_PACKAGER_START", why, { command });
  if (settings.managerUrl === null) throw fail("no manager URL for the packager");
  if (settings.password === null || settings.password === "") {
    throw fail("no administrator password for the packager");
  }
  let url: URL;
  try {
    url = new URL("/api/v1/", settings.managerUrl);
  } catch {
    throw fail(`the manager URL ${JSON.stringify(settings.managerUrl)} is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw fail(`the manager URL must be http(s)://: got ${url.protocol}`);
  }
  if (!settings.ownCertificate) return { url, connect: undefined };
  try {
    return { url, connect: trustingOwnCertificate(settings.ownCertificate) };
  } catch (error) {
    throw fail(`the manager's own TLS certificate cannot be read: ${(error as Error).message}`);
  }
}

/** Throws PC_MGR_ACQ_PACKAGER_START (DPT014-E) when the settings cannot start a packager. */
export function createPackager(settings: PackagerSettings): Packager {
  const { url: base, connect } = started(settings);
  const password = settings.password ?? "";
  const dispatcher = new Agent(connect ? { connect } : {});
  let token: string | undefined;

  /** One JSON exchange; transport failures are DPT009-E (cannot connect) or DPT010-E. */
  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const url = new URL(path, base);
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(url, {
        method,
        dispatcher,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const failure = classifyFetchFailure(error, false);
      const code =
        failure.kind === "connect"
          ? "PC_MGR_ACQ_PACKAGER_CONNECT"
          : "PC_MGR_ACQ_PACKAGER_COMMUNICATION";
      throw new AcquisitionError(code, `${method} ${url.href}: ${failure.reason}`);
    }
    const text = await response.text().catch(() => "");
    let parsed: Record<string, unknown> | undefined;
    try {
      const json: unknown = JSON.parse(text);
      if (typeof json === "object" && json !== null) parsed = json as Record<string, unknown>;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed };
  };

  const unexpected = (what: string, answer: Answer) =>
    new AcquisitionError("PC_MGR_ACQ_PACKAGER_COMMUNICATION", `${what}: ${describe(answer)}`);

  return {
    async login() {
      const answer = await call("POST", "login", { id: settings.adminId, password });
      if (answer.status === 401 || answer.status === 429) {
        throw new AcquisitionError(
          "PC_MGR_ACQ_PACKAGER_LOGIN",
          `login as ${settings.adminId}: ${describe(answer)}`,
        );
      }
      if (answer.status !== 200 || typeof answer.body?.token !== "string") {
        throw unexpected("login", answer);
      }
      token = answer.body.token;
    },
    async ensureCabinet(id, name) {
      const found = await call("GET", `cabinets/${encodeURIComponent(id)}`);
      if (found.status === 200) return;
      if (found.status !== 404 || found.body?.code !== "PC_MGR_NOT_FOUND") {
        throw unexpected(`cabinet ${id}`, found);
      }
      const made = await call("POST", "cabinets", { id, name });
      if (made.status === 201) return;
      if (made.body?.code === "PC_MGR_ALREADY_EXISTS" || made.status >= 500 || !made.body) {
        throw unexpected(`making cabinet ${id}`, made);
      }
      throw new AcquisitionError(
        "PC_MGR_ACQ_PACKAGING_FAILED",
        `making cabinet ${id}: ${describe(made)}`,
      );
    },
    async existing(cabinetId) {
      const answer = await call("GET", `packages?${new URLSearchParams({ cabinet: cabinetId })}`);
      const list = answer.body?.packages;
      if (answer.status !== 200 || !Array.isArray(list)) throw unexpected("package list", answer);
      return new Set(
        (list as { packageCode: string; version: string; generation: number }[]).map((p) =>
          packageKey(p.packageCode, p.version, p.generation),
        ),
      );
    },
    async upload(upload) {
      const query = new URLSearchParams({
        cabinet: upload.cabinetId,
        name: upload.name,
        packageCode: upload.packageCode,
        version: upload.version,
        generation: "0",
        updateData: "true",
        fileName: upload.fileName,
        sha256: upload.sha256,
      });
      const url = new URL(`packages?${query}`, base);
      let response: Awaited<ReturnType<typeof fetch>>;
      let text: string;
      try {
        response = await fetch(url, {
          method: "POST",
          dispatcher,
          headers: {
            authorization: `Bearer ${token ?? ""}`,
            "content-type": "application/octet-stream",
            "content-length": String(upload.size),
          },
          body: createReadStream(upload.path),
          duplex: "half",
        });
        text = await response.text();
      } catch (error) {
        const failure = classifyFetchFailure(error, false);
        throw new AcquisitionError(
          "PC_MGR_ACQ_PACKAGER_TRANSFER",
          `uploading ${upload.fileName}: ${failure.reason}`,
        );
      }
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      const answer = { status: response.status, body };
      if (answer.status === 201 && typeof body?.id === "number") {
        return { kind: "packaged", packageId: body.id };
      }
      if (answer.status === 409 && body?.code === "PC_MGR_PACKAGE_EXISTS")
        return { kind: "exists" };
      if (answer.status === 401) {
        throw new AcquisitionError(
          "PC_MGR_ACQ_PACKAGER_LOGIN",
          `uploading ${upload.fileName}: ${describe(answer)}`,
        );
      }
      throw new AcquisitionError(
        "PC_MGR_ACQ_PACKAGING_FAILED",
        `uploading ${upload.fileName}: ${describe(answer)}`,
      );
    },
    async logout() {
      if (token === undefined) return;
      await call("POST", "logout").catch(() => undefined);
      token = undefined;
    },
    close: () => dispatcher.close(),
  };
}
