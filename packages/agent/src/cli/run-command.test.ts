// patchcast-agent run, stopped by a signal (README: exit status 0 stopped by
// SIGTERM/SIGINT). After a `self` restart the first process forwards its
// signals to the new one, which systemd (the unit's whole cgroup) or the
// terminal (Ctrl-C, the whole process group) signals as well: the same
// signal comes twice, and the second must not kill the agent half-way
// through its stop. The real bin in a child process, against a manager
// that accepts the WebSocket and then never answers, so that the stop
// waits for the close handshake until the test ends the connection.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCertificationOffice, issueDevice } from "@patchcast/pki-sim";
import { SUBPROTOCOL } from "@patchcast/protocol";
import { afterAll, beforeAll, expect, it } from "vitest";

const BIN = new URL("../../bin/patchcast-agent.js", import.meta.url).pathname;
const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const CLOSE_OPCODE = 0x8;

let root = "";
let server: Server | undefined;
/** Upgraded connections, which the HTTP server no longer tracks. */
const upgraded = new Set<Socket>();
let child: ChildProcess | undefined;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "patchcast-run-command-"));
});
afterAll(async () => {
  child?.kill("SIGKILL");
  for (const socket of upgraded) socket.destroy();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  await rm(root, { recursive: true, force: true });
});

/** The opcodes of the client's frames in `bytes`, as far as they are complete; the rest is left. */
function readFrames(bytes: Buffer, opcodes: number[]): Buffer {
  let at = 0;
  for (;;) {
    if (bytes.length < at + 2) return bytes.subarray(at);
    const short = (bytes[at + 1] ?? 0) & 0x7f;
    const extra = short === 126 ? 2 : short === 127 ? 8 : 0;
    if (bytes.length < at + 2 + extra) return bytes.subarray(at);
    const length =
      short === 126
        ? bytes.readUInt16BE(at + 2)
        : short === 127
          ? Number(bytes.readBigUInt64BE(at + 2))
          : short;
    const end = at + 2 + extra + 4 + length; // client frames are masked
    if (bytes.length < end) return bytes.subarray(at);
    opcodes.push((bytes[at] ?? 0) & 0x0f);
    at = end;
  }
}

/** A manager that completes the WebSocket upgrade, then reads frames and answers nothing. */
async function silentManager() {
  const opcodes: number[] = [];
  let connection: Socket | undefined;
  let onUpgrade: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    onUpgrade = resolve;
  });
  const waiters: (() => void)[] = [];
  server = createServer();
  server.on("upgrade", (req, socket: Socket) => {
    const accept = createHash("sha1")
      .update(`${req.headers["sec-websocket-key"]}${WEBSOCKET_GUID}`)
      .digest("base64");
    socket.write(
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        `Sec-WebSocket-Accept: ${accept}\r\nSec-WebSocket-Protocol: ${SUBPROTOCOL}\r\n\r\n`,
    );
    connection = socket;
    upgraded.add(socket);
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      pending = readFrames(Buffer.concat([pending, chunk]), opcodes);
      for (const waiter of waiters.splice(0)) waiter();
    });
    onUpgrade();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connected,
    /** Resolves once the agent has sent its close frame. */
    async closeFrame(): Promise<void> {
      while (!opcodes.includes(CLOSE_OPCODE)) await new Promise<void>((r) => waiters.push(r));
    },
    hangUp: () => connection?.destroy(),
  };
}

it("a signal sent twice (forwarded and direct) stops the agent once: exit status 0", async () => {
  const manager = await silentManager();
  const deviceDir = issueDevice(createCertificationOffice(), {
    dir: join(root, "device"),
    pcId: "PC-SIGNALS",
  }).dir;
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("PATCHCAST_")) delete env[key];
  const agent = spawn(
    BIN,
    [
      "run",
      "--manager",
      manager.url,
      "--device",
      deviceDir,
      "--state-dir",
      join(root, "state"),
      "--confirm",
      "no",
    ],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  child = agent;
  let output = "";
  const lines: (() => void)[] = [];
  agent.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  agent.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const waiter of lines.splice(0)) waiter();
  });
  const exited = new Promise<string>((resolve) => {
    agent.once("exit", (code, signal) => resolve(signal ? `killed by ${signal}` : `${code}`));
  });
  const signalsLogged = () => output.split("\n").filter((l) => l.includes("signal received"));
  /** The second "signal received" line, or the agent's end if it comes first. */
  const secondSignalLogged = async () => {
    while (signalsLogged().length < 2) {
      const line = new Promise<void>((resolve) => lines.push(resolve));
      const ended = await Promise.race([line.then(() => undefined), exited]);
      if (ended !== undefined) throw new Error(`the agent ended (${ended}):\n${output}`);
    }
  };

  await manager.connected;
  agent.kill("SIGTERM");
  // The stop has begun (the agent closes its connection), and waits for the manager's answer.
  await manager.closeFrame();
  // The same signal again: asks for the stop again, and the agent goes on stopping.
  agent.kill("SIGTERM");
  await secondSignalLogged();
  manager.hangUp();
  expect(await exited).toBe("0");
  expect(output).toContain('"msg":"agent stopped"');
  expect(signalsLogged()).toHaveLength(2);
});
