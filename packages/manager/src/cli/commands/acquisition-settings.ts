/** `settings automatic|network|security-policy [--flags]`: show, or change what the flags give. */
import { readFile } from "node:fs/promises";
import type { Command, CommandContext, OptionValues } from "../command.ts";
import { stringOption } from "../command.ts";
import { UsageError } from "../usage-error.ts";

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");

function bool(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === "on" || value === "true") return true;
  if (value === "off" || value === "false") return false;
  throw new UsageError(`--${name} must be on or off: got ${JSON.stringify(value)}`);
}

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value))
    throw new UsageError(`--${name} must be a whole number: got ${JSON.stringify(value)}`);
  return Number(value);
}

/** `none` clears a value. */
const nullable = (value: string | undefined) => (value === "none" ? null : value);

async function secret(values: OptionValues, name: string): Promise<string | null | undefined> {
  const file = stringOption(values, name);
  if (file === undefined) return undefined;
  if (file === "none") return null;
  return (await readFile(file, "utf8")).replace(/\r?\n$/, "");
}

const defined = (patch: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));

async function showOrSet(ctx: CommandContext, path: string, patch: Record<string, unknown>) {
  const body = defined(patch);
  const answer = await ctx.client.call<Record<string, unknown>>(
    Object.keys(body).length > 0 ? "PUT" : "GET",
    path,
    Object.keys(body).length > 0 ? body : undefined,
  );
  if (ctx.json) return ctx.print(JSON.stringify(answer));
  for (const [key, value] of Object.entries(answer)) {
    ctx.print(`${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`);
  }
}

export const acquisitionSettingsCommands: readonly Command[] = [
  {
    words: "settings automatic",
    summary: "Show or change the automatic settings (seed 000 (1))",
    usage:
      "[--enabled on|off] [--time HH:MM] [--products all|NAME,…] [--types TYPE,…] [--cabinet ID] [--cabinet-name NAME]",
    options: {
      enabled: { type: "string" },
      time: { type: "string" },
      products: { type: "string" },
      types: { type: "string" },
      cabinet: { type: "string" },
      "cabinet-name": { type: "string" },
    },
    positionals: { min: 0, max: 0 },
    async run(ctx, _p, values) {
      const products = stringOption(values, "products");
      const types = stringOption(values, "types");
      await showOrSet(ctx, "settings/automatic", {
        enabled: bool("enabled", stringOption(values, "enabled")),
        executionTimeUtc: stringOption(values, "time"),
        targetProducts:
          products === undefined ? undefined : products === "all" ? "all" : list(products),
        updateTypes: types === undefined ? undefined : list(types),
        cabinetId: stringOption(values, "cabinet"),
        cabinetName: stringOption(values, "cabinet-name"),
      });
    },
  },
  {
    words: "settings network",
    summary: "Show or change the network settings (passwords are read from files, never shown)",
    usage:
      "[--support-site URL] [--site-user ID] [--site-password-file F] [--proxy URL|none] [--proxy-user ID] [--proxy-password-file F] [--packager-manager URL|none] [--packager-admin ID] [--packager-password-file F] [--timeout S] [--max-file-bytes N]",
    options: {
      "support-site": { type: "string" },
      "site-user": { type: "string" },
      "site-password-file": { type: "string" },
      proxy: { type: "string" },
      "proxy-user": { type: "string" },
      "proxy-password-file": { type: "string" },
      "packager-manager": { type: "string" },
      "packager-admin": { type: "string" },
      "packager-password-file": { type: "string" },
      timeout: { type: "string" },
      "max-file-bytes": { type: "string" },
    },
    positionals: { min: 0, max: 0 },
    async run(ctx, _p, values) {
      await showOrSet(ctx, "settings/network", {
        supportSiteUrl: nullable(stringOption(values, "support-site")),
        supportSiteUser: nullable(stringOption(values, "site-user")),
        supportSitePassword: await secret(values, "site-password-file"),
        proxyUrl: nullable(stringOption(values, "proxy")),
        proxyUser: nullable(stringOption(values, "proxy-user")),
        proxyPassword: await secret(values, "proxy-password-file"),
        managerUrl: nullable(stringOption(values, "packager-manager")),
        packagerAdminId: stringOption(values, "packager-admin"),
        packagerPassword: await secret(values, "packager-password-file"),
        downloadTimeoutSeconds: int("timeout", stringOption(values, "timeout")),
        maxFileBytes: int("max-file-bytes", stringOption(values, "max-file-bytes")),
      });
    },
  },
  {
    words: "settings security-policy",
    summary: "Show or replace the updates PCs must have (seed 000 (3))",
    usage: "[--require KB…,KB… | --require none]",
    options: { require: { type: "string" } },
    positionals: { min: 0, max: 0 },
    async run(ctx, _p, values) {
      const required = stringOption(values, "require");
      await showOrSet(ctx, "settings/security-policy", {
        requiredUpdates:
          required === undefined ? undefined : required === "none" ? [] : list(required),
      });
    },
  },
];
