/**
 * `patchcast-manager explain <message-id>` (issue 6; contract §5: "each
 * message ID has its cause and corrective action available from the CLI"):
 * prints a DPT.LOG message's text, cause and corrective action. Runs
 * offline; `--json` prints them as one object; with no ID, lists them all.
 */
import { parseArgs } from "node:util";
import { DPT_MESSAGES, type DptMessage, describeDptMessage } from "./messages.ts";

export interface ExplainIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const PROGRAM = "patchcast-manager explain";

export const EXPLAIN_HELP = `Usage: ${PROGRAM} <message-id> [--json]

Prints the text, cause and corrective action of a DPT.LOG message
(DPT001-W … DPT015-E). Without a message ID, lists every message.
`;

const describe = (m: DptMessage) => `${m.id} ${m.text}\ncause: ${m.cause}\naction: ${m.action}\n`;

export async function runExplainCommand(argv: readonly string[], io: ExplainIo): Promise<number> {
  let values: { json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    io.stderr.write(`${PROGRAM}: ${(error as Error).message.split("\n")[0]}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr.write(`${PROGRAM}: give one message ID: got ${positionals.length}\n`);
    return 2;
  }
  const [id] = positionals;
  if (id === undefined) {
    io.stdout.write(
      values.json ? `${JSON.stringify(DPT_MESSAGES)}\n` : DPT_MESSAGES.map(describe).join("\n"),
    );
    return 0;
  }
  const message = describeDptMessage(id.toUpperCase());
  if (!message) {
    io.stderr.write(`${PROGRAM}: unknown message ID ${JSON.stringify(id)} (DPT001-W … DPT015-E)\n`);
    return 2;
  }
  io.stdout.write(values.json ? `${JSON.stringify(message)}\n` : describe(message));
  return 0;
}
