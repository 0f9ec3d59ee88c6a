/**
 * Lean bench PCs (bench-pc.ts) in a process of their own, so that the PCs'
 * socket work does not share the manager's event loop: connected on
 * command, then sending status reports round and round and counting the
 * acknowledgements.
 */
import { issueDeviceMaterial, loadOffice } from "../../packages/pki-sim/src/index.ts";
import { createSigner } from "../../packages/protocol/src/auth/index.ts";
import { type BenchPc, connectBenchPc, type ReportLoop } from "../bench-pc.ts";
import { serveCommands } from "../lib/worker.ts";

const CONNECT_CHUNK = 50;
let pcs: BenchPc[] = [];
let loops: ReportLoop[] = [];

const totals = () => ({
  acked: loops.reduce((sum, loop) => sum + loop.acked, 0),
  ackMessages: loops.reduce((sum, loop) => sum + loop.ackMessages, 0),
  refused: loops.reduce((sum, loop) => sum + loop.refused, 0),
});

serveCommands({
  /** Connects and authenticates `count` PCs named `<prefix>-<n>` with devices of the office. */
  async connect(command) {
    const office = loadOffice(String(command.officeDir));
    const count = Number(command.count);
    for (let first = 0; first < count; first += CONNECT_CHUNK) {
      const chunk = Array.from({ length: Math.min(CONNECT_CHUNK, count - first) }, (_, i) => {
        const material = issueDeviceMaterial(office, { pcId: `${command.prefix}-${first + i}` });
        const signer = createSigner({
          privateKey: material.privateKey,
          certificates: material.certificatePem,
        });
        return connectBenchPc(String(command.agentUrl), { pcId: material.pcId, signer });
      });
      pcs.push(...(await Promise.all(chunk)));
    }
    return { pcIds: pcs.map((pc) => pc.pcId) };
  },
  /** The job ID of each PC's next offer. */
  async offers() {
    return { jobIds: await Promise.all(pcs.map((pc) => pc.nextOffer())) };
  },
  async report(command) {
    const options = { window: Number(command.window), states: command.states as number[] };
    loops = pcs.map((pc) => pc.reportLoop(String(command.jobId), options));
    return {};
  },
  async count() {
    return totals();
  },
  /** Stops sending; answers once every report sent is acknowledged. */
  async stop() {
    await Promise.all(loops.map((loop) => loop.stop()));
    const result = totals();
    await Promise.all(pcs.map((pc) => pc.close()));
    pcs = [];
    loops = [];
    return result;
  },
});
