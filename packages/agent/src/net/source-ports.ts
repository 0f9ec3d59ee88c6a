/**
 * Connections from a given source address, on local ports chosen here.
 *
 * A socket bound to an address with port 0 makes the kernel search for a
 * port no socket on that address holds, TIME_WAIT ones included; on Linux
 * that search walks them, so a fleet connecting thousands of PCs from
 * 127.0.0.2 pays more for each connection than the last (about 1 ms each
 * once 5,000 sockets are there, against 70 µs for a plain connect). Binding
 * a named port is one lookup. The ports are taken in turn from the
 * ephemeral range, skipping those this process holds. A port another
 * process holds on the same address fails that one connection (EADDRINUSE
 * or EADDRNOTAVAIL) like any refused connect; the pool then takes its next
 * ports from a random place, for the other process's ports come in runs too:
 * walking on in turn, two fleets sharing an address failed connection after
 * connection, each PC waiting out its back-off, until the walk got past the
 * other's run of thousands.
 */
import { readFileSync } from "node:fs";
import { isIP, connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";

export interface PortRange {
  readonly low: number;
  readonly high: number;
}

/** Linux's default ephemeral range, used where the system's cannot be read. */
export const DEFAULT_PORT_RANGE: PortRange = Object.freeze({ low: 32768, high: 60999 });

/** The system's ephemeral port range (Linux), or DEFAULT_PORT_RANGE. */
export function ephemeralPortRange(
  read: () => string = () => readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8"),
): PortRange {
  try {
    const [low, high] = read().trim().split(/\s+/).map(Number);
    if (
      Number.isInteger(low) &&
      Number.isInteger(high) &&
      (low as number) > 0 &&
      (low as number) < (high as number) &&
      (high as number) <= 65535
    ) {
      return { low: low as number, high: high as number };
    }
  } catch {
    // Not Linux, or not readable: the default serves.
  }
  return DEFAULT_PORT_RANGE;
}

/** The local ports of one source address: handed out in turn, each held until its socket closes. */
export class PortPool {
  readonly #range: PortRange;
  readonly #held = new Set<number>();
  readonly #random: () => number;
  #next: number;

  /** `start` and `random` are fractions in [0, 1): where the turn starts, and where it jumps after a collision. */
  constructor(
    range: PortRange = ephemeralPortRange(),
    start = Math.random(),
    random: () => number = Math.random,
  ) {
    if (!(Number.isInteger(range.low) && Number.isInteger(range.high) && range.low <= range.high)) {
      throw new RangeError(`not a port range: ${range.low}-${range.high}`);
    }
    this.#range = range;
    this.#random = random;
    this.#next = this.#at(start);
  }

  #at(fraction: number): number {
    return this.#range.low + Math.floor(fraction * (this.#range.high - this.#range.low + 1));
  }

  /** How many ports sockets of this pool hold. */
  get held(): number {
    return this.#held.size;
  }

  /** The next port not held; undefined when every port of the range is. */
  take(): number | undefined {
    const size = this.#range.high - this.#range.low + 1;
    for (let tried = 0; tried < size; tried += 1) {
      const port = this.#next;
      this.#next = port >= this.#range.high ? this.#range.low : port + 1;
      if (this.#held.has(port)) continue;
      this.#held.add(port);
      return port;
    }
    return undefined;
  }

  release(port: number): void {
    this.#held.delete(port);
  }

  /** `port` is someone else's here: it is released, and the turn goes on from a random place. */
  collided(port: number): void {
    this.#held.delete(port);
    this.#next = this.#at(this.#random());
  }
}

/** What ws and http(s).request pass to a createConnection option. */
export interface ConnectionRequest {
  readonly host?: string | null | undefined;
  readonly port?: number | string | null | undefined;
  readonly socketPath?: string | undefined;
  readonly servername?: string | undefined;
  readonly [option: string]: unknown;
}

export type CreateConnection = (options: ConnectionRequest) => Socket;

/**
 * A createConnection for ws and http(s).request that connects from
 * `localAddress` on a port of `ports` (TLS when `secure`).
 */
export function connectFrom(
  localAddress: string,
  ports: PortPool,
  secure: boolean,
): CreateConnection {
  return (options) => {
    const localPort = ports.take();
    // `path` is the HTTP path in these options: to net it would be a socket path.
    const common = { ...options, path: options.socketPath, localAddress } as Record<
      string,
      unknown
    >;
    if (localPort !== undefined) common.localPort = localPort;
    let socket: Socket;
    if (secure) {
      const host = typeof options.host === "string" ? options.host : "";
      const servername = options.servername ?? (isIP(host) === 0 ? host : "");
      socket = tlsConnect({ ...common, servername } as never);
    } else {
      socket = netConnect(common as never);
    }
    if (localPort !== undefined) {
      socket.once("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EADDRINUSE" || error.code === "EADDRNOTAVAIL")
          ports.collided(localPort);
      });
      socket.once("close", () => ports.release(localPort));
    }
    return socket;
  };
}
