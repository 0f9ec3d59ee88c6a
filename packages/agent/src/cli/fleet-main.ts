/** patchcast-fleet's command line: one clear line and an exit status for every failure. */
import { AgentError } from "../errors.ts";
import { type FleetIo, fleetCommand } from "./fleet-command.ts";

export async function runFleetCli(argv: readonly string[], io: FleetIo): Promise<number> {
  try {
    return await fleetCommand(argv, io);
  } catch (error) {
    if (error instanceof AgentError) {
      io.err(`patchcast-fleet: ${error.code}: ${error.message}`);
      return error.exitCode;
    }
    io.err(`patchcast-fleet: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
