/**
 * Test fixture for the admin API: the services fixture (services/testing.ts)
 * behind a real admin API server on 127.0.0.1, port 0, with the first
 * administrator created, the services' clock as the API's clock, and
 * `fetch` short-hands. Call it inside a forEachDatabase suite.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import type { Database } from "../db/database.ts";
import type { ExecutionCancelled } from "../services/index.ts";
import { type ServiceFixture, useServiceFixture } from "../services/testing.ts";
import { type AdminApiOptions, createAdminApi } from "./admin-api.ts";
import type { AdminApp } from "./api-context.ts";
import { ensureAdministrator } from "./auth/ensure-administrator.ts";

export const ADMIN_ID = "admin";
export const ADMIN_PASSWORD = "correct horse battery staple";

export interface ApiAnswer<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface CallOptions {
  readonly body?: unknown;
  /** Default: the fixture's token; null: no Authorization header. */
  readonly token?: string | null;
  readonly headers?: Record<string, string>;
}

export interface ApiFixture {
  readonly fx: ServiceFixture;
  readonly app: AdminApp;
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** A token of the first administrator, logged in before the tests. */
  readonly token: string;
  /** The client IDs handed to onExecuted, one list per execution. */
  readonly executed: number[][];
  /** The executions handed to onCancelled, in order. */
  readonly cancelled: ExecutionCancelled[];
  /** Every route the server has, as registered. */
  readonly routes: readonly { method: string; url: string }[];
  /** A JSON call; a JSON answer is parsed, any other is its text. */
  call<T = unknown>(method: string, path: string, options?: CallOptions): Promise<ApiAnswer<T>>;
  login(id?: string, password?: string): Promise<ApiAnswer<{ token: string }>>;
}

export interface ApiFixtureOptions
  extends Partial<
    Pick<
      AdminApiOptions,
      "loginThrottle" | "maxUploadBytes" | "bodyLimit" | "onExecuted" | "packageDownload" | "log"
    >
  > {
  /** The clock's time when the suite starts (default: the services fixture's T0). */
  readonly startAt?: Date;
  /** Called with the app before it listens (to attach the /agent endpoint to `app.server`). */
  readonly attach?: (app: AdminApp) => void;
}

export function useApiFixture(getDb: () => Database, options: ApiFixtureOptions = {}): ApiFixture {
  const fx = useServiceFixture(getDb);
  const executed: number[][] = [];
  const cancelled: ExecutionCancelled[] = [];
  const routes: { method: string; url: string }[] = [];
  let app: AdminApp | undefined;
  let base = "";
  let token = "";

  const call = async <T>(method: string, path: string, opts: CallOptions = {}) => {
    const auth = opts.token === undefined ? token : opts.token;
    const headers: Record<string, string> = { ...opts.headers };
    if (auth !== null) headers.authorization = `Bearer ${auth}`;
    if (opts.body !== undefined) headers["content-type"] ??= "application/json";
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
    });
    const text = await response.text();
    const json = response.headers.get("content-type")?.startsWith("application/json");
    return {
      status: response.status,
      headers: response.headers,
      body: (json && text !== "" ? JSON.parse(text) : text) as T,
    };
  };

  const login = (id = ADMIN_ID, password = ADMIN_PASSWORD) =>
    call<{ token: string }>("POST", "/api/v1/login", { body: { id, password }, token: null });

  beforeAll(async () => {
    const db = getDb();
    const { startAt, attach, onExecuted, ...apiOptions } = options;
    if (startAt) fx.setTime(startAt);
    await ensureAdministrator(db, {
      id: ADMIN_ID,
      password: ADMIN_PASSWORD,
      hashParams: { logN: 10, r: 8, p: 1 },
    });
    app = createAdminApi({
      services: fx.services,
      db,
      clock: () => fx.now(),
      onExecuted: async (clientIds) => {
        executed.push([...clientIds]);
        await onExecuted?.(clientIds);
      },
      onCancelled: (execution) => {
        cancelled.push(execution);
      },
      ...apiOptions,
    });
    app.addHook("onRoute", (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) routes.push({ method, url: route.url });
    });
    attach?.(app);
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const answer = await login();
    if (answer.status !== 200) throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
    token = answer.body.token;
  });
  afterAll(async () => {
    await app?.close();
  });

  return {
    fx,
    get app() {
      if (!app) throw new Error("the API fixture is for tests and hooks");
      return app;
    },
    get base() {
      return base;
    },
    get token() {
      return token;
    },
    executed,
    cancelled,
    routes,
    call,
    login,
  };
}
