/**
 * Package payloads for administrators (contract §6: "download by
 * SHA-256"): by package or by SHA-256, whole or one `Range` (RFC 9110
 * §14), so that an interrupted download resumes.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { Type } from "typebox";
import type { Queryable } from "../../db/database.ts";
import { NotFoundError } from "../../errors.ts";
import { parseRange } from "../../payloads/byte-range.ts";
import type { PackageDownload } from "../../services/package-service.ts";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { errorResponses, IdParams, Sha256 } from "../schemas/common.ts";
import { BINARY } from "./packages.ts";

const TAGS = ["packages"];

const payloadResponses = {
  200: {
    description: "The payload",
    content: { "application/octet-stream": { schema: BINARY } },
  },
  206: {
    description: "The range of the payload asked for",
    content: { "application/octet-stream": { schema: BINARY } },
  },
  ...errorResponses,
} as const;

/** The oldest package whose payload has this SHA-256. */
async function packageIdBySha256(db: Queryable, sha256: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    "SELECT id FROM packages WHERE sha256 = $1 ORDER BY id LIMIT 1",
    [sha256],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new NotFoundError("package payload", sha256);
  return id;
}

function sendPayload(request: FastifyRequest, reply: FastifyReply, download: PackageDownload) {
  const { size } = download;
  const { sha256, fileName } = download.package;
  const range = parseRange(request.headers.range, size);
  reply
    .header("accept-ranges", "bytes")
    .header("etag", `"${sha256}"`)
    .header("x-content-sha256", sha256)
    .type("application/octet-stream");
  if (fileName !== null) {
    reply.header(
      "content-disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
  }
  if (range.kind === "unsatisfiable") {
    return reply.code(416).header("content-range", `bytes */${size}`).send();
  }
  const ifRange = request.headers["if-range"];
  if (range.kind === "partial" && (ifRange === undefined || ifRange === `"${sha256}"`)) {
    const { start, end } = range;
    return reply
      .code(206)
      .header("content-range", `bytes ${start}-${end}/${size}`)
      .header("content-length", end - start + 1)
      .send(download.read({ start, end }));
  }
  reply.header("content-length", size);
  return reply.code(200).send(size === 0 ? Buffer.alloc(0) : download.read());
}

export function packagePayloadRoutes(app: AdminApp, ctx: ApiContext): void {
  const { packages } = ctx.services;

  app.get(
    "/packages/:id/payload",
    {
      schema: {
        operationId: "downloadPackage",
        tags: TAGS,
        summary: "Download a package's payload (Range supported)",
        params: IdParams,
        response: payloadResponses,
      },
    },
    async (request, reply) =>
      sendPayload(request, reply, await packages.openPayload(request.params.id)),
  );

  app.get(
    "/payloads/:sha256",
    {
      schema: {
        operationId: "downloadPayload",
        tags: TAGS,
        summary: "Download a payload by its SHA-256 (Range supported)",
        params: Type.Object({ sha256: Sha256 }),
        response: payloadResponses,
      },
    },
    async (request, reply) => {
      const id = await packageIdBySha256(ctx.db, request.params.sha256);
      return sendPayload(request, reply, await packages.openPayload(id));
    },
  );
}
