/**
 * Packages in cabinets (contract §5): upload as a raw
 * `application/octet-stream` body streamed into the payload store, with the
 * package's fields in the query; list, get, delete.
 */
import { Type } from "typebox";
import { PayloadTooLargeError, UnsupportedMediaTypeError } from "../../errors.ts";
import type { AddPackageInput } from "../../services/package-service.ts";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { closeAfterAnswer } from "../lingering-close.ts";
import { errorResponses, IdParams, NoContent, Sha256 } from "../schemas/common.ts";
import { Package, toPackageView } from "../schemas/resources.ts";
import { boundedBody } from "../upload-body.ts";

const TAGS = ["packages"];

export const BINARY = { type: "string", format: "binary" } as const;

const UploadQuery = Type.Object(
  {
    cabinet: Type.String({ description: "The cabinet ID" }),
    name: Type.String({ description: "The package name (at most 47 characters)" }),
    version: Type.String({ description: "1-32 characters" }),
    generation: Type.Optional(Type.Integer({ minimum: 0, maximum: 9999, default: 0 })),
    updateData: Type.Optional(
      Type.Boolean({ default: false, description: "An update data package (for security PCs)" }),
    ),
    fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    packageCode: Type.Optional(
      Type.String({ description: "The package ID; default: the name in upper case, cut to 44" }),
    ),
    sha256: Type.Optional(Sha256),
  },
  { additionalProperties: false },
);

export function packageRoutes(app: AdminApp, ctx: ApiContext): void {
  const { packages } = ctx.services;

  app.post(
    "/packages",
    {
      schema: {
        operationId: "uploadPackage",
        tags: TAGS,
        summary: "Upload a package: the payload is the body, its fields are in the query",
        description: `The body is the payload itself (application/octet-stream), at most ${ctx.maxUploadBytes} bytes. With sha256, a payload with another digest is refused and nothing is kept. A cabinet that already holds the package ID, version and generation answers 409 (DPT012-W).`,
        querystring: UploadQuery,
        body: { content: { "application/octet-stream": { schema: BINARY } } },
        response: { 201: Package, ...errorResponses },
      },
    },
    async (request, reply) => {
      const contentType = request.headers["content-type"];
      if (contentType?.split(";")[0]?.trim().toLowerCase() !== "application/octet-stream") {
        throw new UnsupportedMediaTypeError(contentType);
      }
      const q = request.query;
      let body: ReturnType<typeof boundedBody>;
      try {
        body = boundedBody(request.raw, ctx.maxUploadBytes);
      } catch (error) {
        closeAfterAnswer(request.raw, reply.raw);
        throw error;
      }
      const input: { -readonly [K in keyof AddPackageInput]: AddPackageInput[K] } = {
        cabinetId: q.cabinet,
        name: q.name,
        version: q.version,
        generation: q.generation ?? 0,
        updateData: q.updateData ?? false,
        fileName: q.fileName ?? null,
        payload: body.stream,
      };
      if (q.packageCode !== undefined) input.packageCode = q.packageCode;
      if (q.sha256 !== undefined) input.expectedSha256 = q.sha256;
      try {
        const pkg = await packages.addPackage(input);
        return reply.code(201).send(toPackageView(pkg));
      } catch (error) {
        if (error instanceof PayloadTooLargeError) closeAfterAnswer(request.raw, reply.raw);
        throw error;
      } finally {
        body.release();
      }
    },
  );

  app.get(
    "/packages",
    {
      schema: {
        operationId: "listPackages",
        tags: TAGS,
        summary: "Every package, or a cabinet's",
        querystring: Type.Object(
          { cabinet: Type.Optional(Type.String({ description: "Only this cabinet's" })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ packages: Type.Array(Package) }), ...errorResponses },
      },
    },
    async (request) => ({
      packages: (await packages.listPackages(request.query.cabinet)).map(toPackageView),
    }),
  );

  app.get(
    "/packages/:id",
    {
      schema: {
        operationId: "getPackage",
        tags: TAGS,
        summary: "One package",
        params: IdParams,
        response: { 200: Package, ...errorResponses },
      },
    },
    async (request) => toPackageView(await packages.getPackage(request.params.id)),
  );

  app.delete(
    "/packages/:id",
    {
      schema: {
        operationId: "deletePackage",
        tags: TAGS,
        summary: "Delete a package (refused while a job refers to it)",
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await packages.deletePackage(request.params.id);
      return reply.code(204).send(null);
    },
  );
}
