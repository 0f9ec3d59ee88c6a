/**
 * The admin CLI's client of the admin API (contract §6: "the admin CLI …
 * use[s] this API, nothing else"): JSON calls with the bearer token, the
 * raw package upload and the payload download. An error answer becomes an
 * ApiAnswerError carrying the API's one error shape.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly error: string;
  readonly message: string;
  readonly field?: string;
  readonly violations?: readonly { rule: string; message: string; detail?: string }[];
}

/** The API answered with an error. */
export class ApiAnswerError extends Error {
  override name = "ApiAnswerError";
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(`${body.code}: ${body.message}`);
    this.body = body;
  }
}

export interface AdminClientOptions {
  /** `http://HOST:PORT` of the manager. */
  readonly baseUrl: string;
  /** A token from a login made elsewhere; else `credentials` log in at the first call. */
  readonly token?: string;
  readonly credentials?: { readonly id: string; readonly password: () => Promise<string> };
  readonly fetch?: typeof fetch;
}

export interface AdminClient {
  /** Ends the session this client logged in with (none when it was given a token). */
  logout(): Promise<void>;
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
  upload<T>(path: string, file: string): Promise<T>;
  /** Writes the payload to `file`; answers its size in bytes. */
  download(path: string, file: string): Promise<number>;
}

async function errorOf(response: Response): Promise<ApiAnswerError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as ApiErrorBody;
    if (typeof body.code === "string" && typeof body.message === "string") {
      return new ApiAnswerError(body);
    }
  } catch {
    // Not the API's error shape: described below.
  }
  return new ApiAnswerError({
    statusCode: response.status,
    code: `HTTP_${response.status}`,
    error: response.statusText,
    message: text.slice(0, 200) || response.statusText,
  });
}

export function createAdminClient(options: AdminClientOptions): AdminClient {
  const doFetch = options.fetch ?? fetch;
  const base = new URL("/api/v1/", options.baseUrl);
  let token = options.token;
  let loggedIn = false;

  const send = async (method: string, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (token !== undefined) headers.set("authorization", `Bearer ${token}`);
    const response = await doFetch(new URL(path.replace(/^\//, ""), base), {
      ...init,
      method,
      headers,
    });
    if (!response.ok) throw await errorOf(response);
    return response;
  };

  const login = async () => {
    const { credentials } = options;
    if (token !== undefined || !credentials) return;
    const response = await send("POST", "login", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: credentials.id, password: await credentials.password() }),
    });
    token = ((await response.json()) as { token: string }).token;
    loggedIn = true;
  };

  const request = async (method: string, path: string, init: RequestInit = {}) => {
    await login();
    return send(method, path, init);
  };

  const json = async <T>(response: Response): Promise<T> =>
    response.status === 204 ? (undefined as T) : ((await response.json()) as T);

  return {
    async logout() {
      if (!loggedIn) return;
      await send("POST", "logout");
      token = undefined;
      loggedIn = false;
    },
    async call(method, path, body) {
      const init: RequestInit =
        body === undefined
          ? {}
          : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
      return json(await request(method, path, init));
    },
    async upload(path, file) {
      const { size } = await stat(file);
      const response = await request("POST", path, {
        headers: { "content-type": "application/octet-stream", "content-length": String(size) },
        body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
        duplex: "half",
      } as RequestInit);
      return json(response);
    },
    async download(path, file) {
      const response = await request("GET", path);
      if (!response.body) return 0;
      let size = 0;
      const source = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
      source.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
      });
      await pipeline(source, createWriteStream(file, { flags: "w" }) as Writable);
      return size;
    },
  };
}
