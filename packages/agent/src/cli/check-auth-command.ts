/** `patchcast-agent check-auth --device DIR [--json]`: exit 0 for OK, 1 for a code. */
import { parseArgs } from "node:util";
import { checkAuth, formatCheckAuth } from "../check-auth.ts";
import { AgentError } from "../errors.ts";
import { readConfigFile } from "./config-file.ts";
import type { CliIo } from "./io.ts";
import { CONFIG_KINDS } from "./run-settings.ts";

export const CHECK_AUTH_HELP = `Usage: patchcast-agent check-auth --device DIR [--json]

Runs the security PC's PKI authentication on an authentication device
directory (device.crt, device.key, ca.crt, optional crl.pem) and prints OK,
or the maintenance code, its cause and its action on one line each.

Options:
  --device DIR   the authentication device (else $PATCHCAST_DEVICE, else "device"
                 in the agent's config file)
  --config FILE  the agent's JSON config file (default: $PATCHCAST_CONFIG), as
                 \`patchcast-agent\` reads it
  --json         print one JSON object instead
  -h, --help     show this help

Exit status: 0 OK, 1 a maintenance code, 2 bad arguments.
`;

export async function checkAuthCommand(args: readonly string[], io: CliIo): Promise<number> {
  let values: {
    device?: string | undefined;
    config?: string | undefined;
    json?: boolean | undefined;
    help?: boolean | undefined;
  };
  try {
    values = parseArgs({
      args: [...args],
      options: {
        device: { type: "string" },
        config: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new AgentError("AGENT_ERR_USAGE", error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    io.out(CHECK_AUTH_HELP);
    return 0;
  }
  const configPath = values.config ?? (process.env.PATCHCAST_CONFIG || undefined);
  const device =
    values.device ||
    process.env.PATCHCAST_DEVICE ||
    (configPath ? readConfigFile(configPath, CONFIG_KINDS).device : undefined);
  if (typeof device !== "string" || device === "") {
    throw new AgentError(
      "AGENT_ERR_USAGE",
      'check-auth needs --device DIR (or PATCHCAST_DEVICE, or "device" in the config file)',
    );
  }
  const report = await checkAuth(device);
  if (values.json) {
    io.out(JSON.stringify(report));
  } else {
    for (const line of formatCheckAuth(report)) io.out(line);
    if (!report.ok) io.err(`detail: ${report.detail}`);
  }
  return report.ok ? 0 : 1;
}
