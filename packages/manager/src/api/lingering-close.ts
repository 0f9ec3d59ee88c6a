/**
 * Answering before a request's body has arrived (an upload over the limit:
 * 413), then closing, without losing the answer. Closed at once, the
 * connection answers the body's next bytes with a reset, and a client that
 * has not read the answer yet loses it with its receive queue: it reports
 * "connection reset" instead of the 413. As HTTP servers do ("lingering
 * close"), once the answer is out the connection is half-closed, what the
 * client still sends is read and thrown away, and the socket is closed when
 * the client closes its side, or after `lingerMs` at most. The answer does
 * not say Connection: close (Node would then close at once), so a request a
 * client sends behind the refused body on the same connection is parsed
 * too; `isLingering` lets the server refuse to run it: its answer could
 * never be sent. A socket counts as lingering from the refusal on, so a
 * client that takes the answer's keep-alive at its word and sends its next
 * request on the same connection gets it refused rather than run blind.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";

const lingering = new WeakSet<Socket>();

/** Whether `socket` is being drained before it closes: a request on it must not run. */
export const isLingering = (socket: Socket): boolean => lingering.has(socket);

/** Longest a connection is read and drained after its answer. */
export const LINGER_MS = 2_000;

export function closeAfterAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  lingerMs = LINGER_MS,
): void {
  const { socket } = request;
  lingering.add(socket);
  response.once("finish", () => {
    request.resume();
    socket.end();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once("close", () => clearTimeout(timer));
  });
}
