/**
 * Answering before a request's body has arrived (an upload over the limit:
 * 413), then closing, without losing the answer. Closed at once, the
 * connection answers the body's next bytes with a reset, and a client that
 * has not read the answer yet loses it with its receive queue: it reports
 * "connection reset" instead of the 413. As HTTP servers do ("lingering
 * close"), once the answer is out the connection is half-closed, what the
 * client still sends is read and thrown away, and the socket is closed when
 * the client closes its side, or after `lingerMs` at most.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Longest a connection is read and drained after its answer. */
export const LINGER_MS = 2_000;

export function closeAfterAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  lingerMs = LINGER_MS,
): void {
  response.once("finish", () => {
    const { socket } = request;
    request.resume();
    socket.end();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once("close", () => clearTimeout(timer));
  });
}
