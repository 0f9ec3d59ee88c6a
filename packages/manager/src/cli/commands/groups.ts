/** `group list|show|create|add|remove|delete`: destination groups. */
import type { Command, CommandContext } from "../command.ts";
import { idArgument, printTable, stringOption } from "../command.ts";

interface Client {
  pcId: string;
  role: string;
  hostName: string;
  lastSeenAt: string;
}
interface Group {
  id: number;
  name: string;
  description: string;
  memberCount: number;
}
interface GroupWithMembers extends Group {
  members: Client[];
}

function printGroup(ctx: CommandContext, group: GroupWithMembers): void {
  ctx.print(`group ${group.id}: ${group.name} (${group.memberCount} member(s))`);
  if (group.description) ctx.print(group.description);
  if (group.members.length > 0) {
    printTable(
      ctx.print,
      ["PC ID", "ROLE", "HOST", "LAST SEEN"],
      group.members.map((m) => [m.pcId, m.role, m.hostName, m.lastSeenAt]),
    );
  }
}

const changeMembers = (action: "add" | "remove"): Command => ({
  words: `group ${action}`,
  summary: action === "add" ? "Add registered PCs to a group" : "Remove PCs from a group",
  usage: "<group-id> <pc-id>...",
  positionals: { min: 2, max: 10_000 },
  async run(ctx, [id, ...pcIds]) {
    const answer = await ctx.client.call<{ changed: number; group: GroupWithMembers }>(
      action === "add" ? "POST" : "DELETE",
      `groups/${idArgument("group ID", id)}/members`,
      { pcIds },
    );
    if (ctx.json) return ctx.print(JSON.stringify(answer));
    ctx.print(`${answer.changed} PC(s) ${action === "add" ? "added" : "removed"}`);
    printGroup(ctx, answer.group);
  },
});

export const groupCommands: readonly Command[] = [
  {
    words: "group list",
    summary: "List destination groups",
    usage: "",
    positionals: { min: 0, max: 0 },
    async run(ctx) {
      const { groups } = await ctx.client.call<{ groups: Group[] }>("GET", "groups");
      if (ctx.json) return ctx.print(JSON.stringify(groups));
      printTable(
        ctx.print,
        ["ID", "NAME", "MEMBERS", "DESCRIPTION"],
        groups.map((g) => [g.id, g.name, g.memberCount, g.description]),
      );
    },
  },
  {
    words: "group show",
    summary: "Show a group with its members",
    usage: "<group-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const group = await ctx.client.call<GroupWithMembers>(
        "GET",
        `groups/${idArgument("group ID", id)}`,
      );
      if (ctx.json) return ctx.print(JSON.stringify(group));
      printGroup(ctx, group);
    },
  },
  {
    words: "group create",
    summary: "Create a destination group",
    usage: "<name> [--description TEXT]",
    options: { description: { type: "string" } },
    positionals: { min: 1, max: 1 },
    async run(ctx, [name], values) {
      const description = stringOption(values, "description");
      const group = await ctx.client.call<Group>(
        "POST",
        "groups",
        description === undefined ? { name } : { name, description },
      );
      if (ctx.json) return ctx.print(JSON.stringify(group));
      ctx.print(`group ${group.id} created: ${group.name}`);
    },
  },
  changeMembers("add"),
  changeMembers("remove"),
  {
    words: "group delete",
    summary: "Delete a group (refused while a job refers to it)",
    usage: "<group-id>",
    positionals: { min: 1, max: 1 },
    async run(ctx, [id]) {
      const groupId = idArgument("group ID", id);
      await ctx.client.call("DELETE", `groups/${groupId}`);
      if (!ctx.json) ctx.print(`group ${groupId} deleted`);
    },
  },
];
