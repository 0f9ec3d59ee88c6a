// Contract §6: the admin API is "described by an OpenAPI document at
// /api/v1/openapi.json". The document is OpenAPI 3, lists every route the
// server has under /api/v1 with its request and response schemas, and every
// $ref in it resolves.
import { expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { useApiFixture } from "./testing.ts";

interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
  requestBody?: { content?: Record<string, unknown> };
  parameters?: { in: string; name: string }[];
}
type OpenApi = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown>>;
};

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (typeof value === "object" && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

forEachDatabase("admin API OpenAPI document", (getDb) => {
  const api = useApiFixture(getDb);

  it("is an OpenAPI 3 document in JSON, with every /api/v1 route and its schemas", async () => {
    const routes = api.routes.filter((r) => r.url.startsWith("/api/v1/"));
    expect(routes.length).toBeGreaterThan(20);

    const answer = await api.call<OpenApi>("GET", "/api/v1/openapi.json");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    const doc = answer.body;
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toContain("patchcast");
    expect(typeof doc.info.version).toBe("string");

    const documented = new Set<string>();
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(METHODS.has(method)).toBe(true);
        documented.add(`${method.toUpperCase()} ${path}`);
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        expect(operationIds.has(op.operationId as string)).toBe(false);
        operationIds.add(op.operationId as string);
        const statuses = Object.keys(op.responses ?? {});
        expect(
          statuses.some((s) => /^2\d\d$/.test(s)),
          `${method} ${path}`,
        ).toBe(true);
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(["4XX", "5XX"]));
        for (const status of statuses) expect(status).toMatch(/^([1-5]\d\d|[1-5]XX|default)$/);
        for (const [param] of path.matchAll(/\{(\w+)\}/g)) {
          const name = param.slice(1, -1);
          expect(op.parameters?.some((p) => p.in === "path" && p.name === name)).toBe(true);
        }
      }
    }
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      expect(documented, `${route.method} ${route.url}`).toContain(`${route.method} ${path}`);
    }
    expect(documented.size).toBe(routes.length);

    // Login needs no token; everything else does.
    expect(doc.paths["/api/v1/login"]?.post?.security).toEqual([]);
    expect(doc.components?.securitySchemes).toMatchObject({
      bearer: { type: "http", scheme: "bearer" },
    });
    // The upload takes the raw payload.
    expect(Object.keys(doc.paths["/api/v1/packages"]?.post?.requestBody?.content ?? {})).toEqual([
      "application/octet-stream",
    ]);
    for (const ref of refsIn(doc)) {
      expect(ref).toMatch(/^#\//);
      let target: unknown = doc;
      for (const part of ref.slice(2).split("/"))
        target = (target as Record<string, unknown>)[part];
      expect(target, ref).toBeDefined();
    }
  });

  it("keeps the PCs' download and unknown routes out of it", async () => {
    const doc = (await api.call<OpenApi>("GET", "/api/v1/openapi.json")).body;
    expect(Object.keys(doc.paths).every((p) => p.startsWith("/api/v1/"))).toBe(true);
  });
});
