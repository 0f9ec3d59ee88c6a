/**
 * Mounts the PCs' package download (`/packages/download/…`,
 * src/http/package-download.ts) on the admin API's server: the route hands
 * the raw request and response to the handler, outside the admin API's
 * token, error shape and OpenAPI document (the PC's token is in the path).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AdminApp } from "./api-context.ts";

export type RawHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export const PACKAGE_DOWNLOAD_PREFIX = "/packages/download/";

export function mountPackageDownload(app: AdminApp, handler: RawHandler): void {
  app.route({
    method: ["GET", "HEAD"],
    url: `${PACKAGE_DOWNLOAD_PREFIX}*`,
    schema: { hide: true },
    handler: async (request, reply) => {
      reply.hijack();
      try {
        await handler(request.raw, reply.raw);
      } catch (error) {
        // A PC that goes away mid-download resumes it later with Range: not a failure here.
        if ((error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE")
          request.log.info("package download broken off by the PC");
        else request.log.warn({ err: error }, "package download failed");
        if (!reply.raw.headersSent) reply.raw.writeHead(500).end();
        else reply.raw.destroy();
      }
    },
  });
}
