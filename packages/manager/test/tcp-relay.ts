/**
 * A TCP relay in front of a server, for tests that take the server away:
 * `down()` destroys every relayed connection and refuses new ones until
 * `up()`; to the manager it looks like a PostgreSQL server that went down
 * and came back.
 */
import { connect, createServer, type Socket } from "node:net";

export interface TcpRelay {
  readonly port: number;
  down(): void;
  up(): void;
  close(): Promise<void>;
}

export async function startTcpRelay(target: { host: string; port: number }): Promise<TcpRelay> {
  const sockets = new Set<Socket>();
  let refusing = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (refusing) return void client.destroy();
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  const down = () => {
    refusing = true;
    for (const socket of sockets) socket.destroy();
  };
  return {
    port: address.port,
    down,
    up() {
      refusing = false;
    },
    close() {
      down();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
