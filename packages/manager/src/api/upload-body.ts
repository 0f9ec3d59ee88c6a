/**
 * A package upload's body, bounded: a Content-Length over the limit is
 * refused before a byte is read, and a body that goes over it while
 * streaming fails with the same PayloadTooLargeError.
 */
import type { IncomingMessage } from "node:http";
import { Transform } from "node:stream";
import { PayloadTooLargeError } from "../errors.ts";

export interface BoundedBody {
  /** The body, failing once it passes the limit. */
  readonly stream: Transform;
  /** True when the request body was read to its end. */
  readonly complete: () => boolean;
  /** Stops reading: what is left of the body is drained and thrown away. */
  readonly release: () => void;
}

export function boundedBody(req: IncomingMessage, limit: number): BoundedBody {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) throw new PayloadTooLargeError(limit);
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.byteLength;
      if (size > limit) return callback(new PayloadTooLargeError(limit));
      callback(null, chunk);
    },
  });
  req.on("error", (error) => stream.destroy(error));
  // A client may go away before the body is read (the upload's checks wait
  // for the database first): the reader then finds the stream failed, as
  // pipeline reports it; with no listener meanwhile, the error would be
  // thrown and end the process.
  stream.on("error", () => undefined);
  req.pipe(stream);
  return {
    stream,
    complete: () => req.readableEnded,
    release() {
      if (req.readableEnded) return;
      req.unpipe(stream);
      stream.destroy();
      req.resume();
    },
  };
}
