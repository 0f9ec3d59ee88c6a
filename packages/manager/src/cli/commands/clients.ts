/** `client list|show`: the registered PCs. */
import type { Command } from "../command.ts";
import { printTable } from "../command.ts";

interface Client {
  pcId: string;
  role: string;
  hostName: string;
  os: string;
  agentVersion: string;
  lastSeenAt: string;
  lastAuthentication: {
    at: string | null;
    ok: boolean | null;
    maintenanceCode: string | null;
    cause: string | null;
    action: string | null;
  };
}

const authOf = (c: Client) =>
  c.lastAuthentication.ok === null
    ? "-"
    : c.lastAuthentication.ok
      ? "OK"
      : c.lastAuthentication.maintenanceCode;

export const clientCommands: readonly Command[] = [
  {
    words: "client list",
    summary: "List the registered PCs",
    usage: "",
    positionals: { min: 0, max: 0 },
    async run(ctx) {
      const { clients } = await ctx.client.call<{ clients: Client[] }>("GET", "clients");
      if (ctx.json) return ctx.print(JSON.stringify(clients));
      printTable(
        ctx.print,
        ["PC ID", "ROLE", "HOST", "LAST SEEN", "AUTH"],
        clients.map((c) => [c.pcId, c.role, c.hostName, c.lastSeenAt, authOf(c)]),
      );
    },
  },
  {
    words: "client show",
    summary: "Show a PC with its last authentication",
    usage: "<pc-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [pcId = ""]) {
      const c = await ctx.client.call<Client>("GET", `clients/${encodeURIComponent(pcId)}`);
      if (ctx.json) return ctx.print(JSON.stringify(c));
      ctx.print(`${c.pcId}: ${c.role} ${c.hostName} (${c.os}), agent ${c.agentVersion}`);
      ctx.print(`last seen: ${c.lastSeenAt}`);
      ctx.print(`last authentication: ${authOf(c)} at ${c.lastAuthentication.at ?? "-"}`);
      if (c.lastAuthentication.cause) ctx.print(`cause: ${c.lastAuthentication.cause}`);
      if (c.lastAuthentication.action) ctx.print(`action: ${c.lastAuthentication.action}`);
    },
  },
];
