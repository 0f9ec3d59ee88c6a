/**
 * Automatic settings, network settings and the security policy (seed 000
 * (1) and (3); contract §5), with the seed's defaults, and the checks an
 * update of each goes through. A failed check is an InvalidInputError
 * naming the field. Passwords are kept to log in with and never shown:
 * views say only whether one is set.
 */
import { InvalidInputError } from "../errors.ts";
import { checkCabinetId, checkCabinetName } from "../services/cabinet-service.ts";
import { checkBoolean, checkInteger, checkOneOf, checkText } from "../services/validation.ts";
import { CLASSIFICATIONS, type Classification } from "./patchinfo-format.ts";

export interface AutomaticSettings {
  /** Download and package automatically every day (seed default: off). */
  readonly enabled: boolean;
  /** `HH:MM` in UTC (seed default: 0:00 UTC). */
  readonly executionTimeUtc: string;
  /** The OSs to acquire updates for (seed default: all). */
  readonly targetProducts: "all" | readonly string[];
  /** The update types (seed default: Critical Updates and Security Updates). */
  readonly updateTypes: readonly Classification[];
  /** The cabinet packages go into; made by the packager when it does not exist. */
  readonly cabinetId: string;
  readonly cabinetName: string;
}

export const DEFAULT_AUTOMATIC_SETTINGS: AutomaticSettings = Object.freeze({
  enabled: false,
  executionTimeUtc: "00:00",
  targetProducts: "all",
  updateTypes: Object.freeze(["Critical Updates", "Security Updates"] as Classification[]),
  cabinetId: "WU",
  cabinetName: "windows-updates",
});

export interface NetworkSettings {
  /** The patch information file's URL on the support service site. */
  readonly supportSiteUrl: string | null;
  readonly supportSiteUser: string | null;
  readonly supportSitePassword: string | null;
  /** `http://HOST:PORT` of a proxy; null: direct. */
  readonly proxyUrl: string | null;
  readonly proxyUser: string | null;
  readonly proxyPassword: string | null;
  /** Where the packager uploads; null: this manager's own URL. */
  readonly managerUrl: string | null;
  readonly packagerAdminId: string;
  /** null: the password the manager was started with. */
  readonly packagerPassword: string | null;
  /** Longest a download (patch information or one file) may take. */
  readonly downloadTimeoutSeconds: number;
  /** Largest update file accepted. */
  readonly maxFileBytes: number;
}

export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = Object.freeze({
  supportSiteUrl: null,
  supportSiteUser: null,
  supportSitePassword: null,
  proxyUrl: null,
  proxyUser: null,
  proxyPassword: null,
  managerUrl: null,
  packagerAdminId: "admin",
  packagerPassword: null,
  downloadTimeoutSeconds: 600,
  maxFileBytes: 4 * 1024 ** 3,
});

export const NETWORK_SECRETS = [
  "supportSitePassword",
  "proxyPassword",
  "packagerPassword",
] as const;
export type NetworkSecret = (typeof NETWORK_SECRETS)[number];

/**
 * Network settings as shown: each password replaced by whether it is set,
 * and the passwords stored that this manager cannot read (sealed under
 * another secrets key, or altered): set, but unusable until set again.
 */
export type NetworkSettingsView = Omit<NetworkSettings, NetworkSecret> & {
  readonly supportSitePasswordSet: boolean;
  readonly proxyPasswordSet: boolean;
  readonly packagerPasswordSet: boolean;
  readonly unreadablePasswords: NetworkSecret[];
};

export interface SecurityPolicy {
  /** Updates (by ID, e.g. KB5031356) that PCs must have. */
  readonly requiredUpdates: readonly string[];
}

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = Object.freeze({ requiredUpdates: [] });

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** `7:05` → `07:05`; anything else is refused. */
export function checkExecutionTime(value: unknown): string {
  const match = typeof value === "string" ? TIME.exec(value) : null;
  if (!match?.[1] || !match[2]) {
    throw new InvalidInputError(
      "executionTimeUtc",
      `must be H:MM or HH:MM (00:00-23:59, UTC): got ${JSON.stringify(value)}`,
    );
  }
  return `${match[1].padStart(2, "0")}:${match[2]}`;
}

/** Minutes after 0:00 UTC. */
export function minuteOfDay(executionTimeUtc: string): number {
  const [hours = "0", minutes = "0"] = executionTimeUtc.split(":");
  return Number(hours) * 60 + Number(minutes);
}

function list<T>(field: string, value: unknown, max: number, item: (v: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > max) {
    throw new InvalidInputError(field, `must be a list of 1-${max} entries`);
  }
  return [...new Set(value.map(item))];
}

function httpUrl(field: string, value: unknown): string | null {
  if (value === null) return null;
  const text = checkText(field, value, { max: 2048 });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInputError(
      field,
      `must be an http:// or https:// URL: got ${JSON.stringify(text)}`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidInputError(field, `must be an http:// or https:// URL: got ${url.protocol}`);
  }
  return url.href;
}

const optionalText = (field: string, value: unknown, max: number) =>
  value === null ? null : checkText(field, value, { max, trimmed: false });

type Patch<T> = { readonly [K in keyof T]?: unknown };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const has = <T extends object>(patch: T, key: PropertyKey) =>
  Object.hasOwn(patch, key) && (patch as Record<PropertyKey, unknown>)[key] !== undefined;

/** `current` with the fields of `patch` checked and applied; fields left out keep their value. */
export function applyAutomaticPatch(
  current: AutomaticSettings,
  patch: Patch<AutomaticSettings>,
): AutomaticSettings {
  const next: Mutable<AutomaticSettings> = { ...current };
  if (has(patch, "enabled")) next.enabled = checkBoolean("enabled", patch.enabled);
  if (has(patch, "executionTimeUtc"))
    next.executionTimeUtc = checkExecutionTime(patch.executionTimeUtc);
  if (has(patch, "targetProducts")) {
    next.targetProducts =
      patch.targetProducts === "all"
        ? "all"
        : list("targetProducts", patch.targetProducts, 100, (p) =>
            checkText("targetProducts", p, { max: 128 }),
          );
  }
  if (has(patch, "updateTypes")) {
    next.updateTypes = list("updateTypes", patch.updateTypes, CLASSIFICATIONS.length, (t) =>
      checkOneOf("updateTypes", t, CLASSIFICATIONS),
    );
  }
  if (has(patch, "cabinetId")) next.cabinetId = checkCabinetId(patch.cabinetId);
  if (has(patch, "cabinetName")) next.cabinetName = checkCabinetName(patch.cabinetName);
  return Object.freeze(next);
}

/** `current` with the fields of `patch` checked and applied; a password set to null is cleared. */
export function applyNetworkPatch(
  current: NetworkSettings,
  patch: Patch<NetworkSettings>,
): NetworkSettings {
  const next: Mutable<NetworkSettings> = { ...current };
  if (has(patch, "supportSiteUrl"))
    next.supportSiteUrl = httpUrl("supportSiteUrl", patch.supportSiteUrl);
  if (has(patch, "proxyUrl")) next.proxyUrl = httpUrl("proxyUrl", patch.proxyUrl);
  if (has(patch, "managerUrl")) next.managerUrl = httpUrl("managerUrl", patch.managerUrl);
  for (const field of ["supportSiteUser", "proxyUser"] as const) {
    if (has(patch, field)) next[field] = optionalText(field, patch[field], 256);
  }
  for (const field of NETWORK_SECRETS) {
    if (has(patch, field)) next[field] = optionalText(field, patch[field], 1024);
  }
  if (has(patch, "packagerAdminId")) {
    next.packagerAdminId = checkText("packagerAdminId", patch.packagerAdminId, { max: 64 });
  }
  if (has(patch, "downloadTimeoutSeconds")) {
    next.downloadTimeoutSeconds = checkInteger(
      "downloadTimeoutSeconds",
      patch.downloadTimeoutSeconds,
      1,
      86_400,
    );
  }
  if (has(patch, "maxFileBytes")) {
    next.maxFileBytes = checkInteger(
      "maxFileBytes",
      patch.maxFileBytes,
      1,
      Number.MAX_SAFE_INTEGER,
    );
  }
  return Object.freeze(next);
}

export function checkSecurityPolicy(patch: Patch<SecurityPolicy>): SecurityPolicy {
  const ids = patch.requiredUpdates;
  if (!Array.isArray(ids) || ids.length > 10_000) {
    throw new InvalidInputError("requiredUpdates", "must be a list of at most 10000 update IDs");
  }
  return Object.freeze({
    requiredUpdates: [...new Set(ids.map((id) => checkText("requiredUpdates", id, { max: 64 })))],
  });
}

export function networkView(
  settings: NetworkSettings,
  unreadable: readonly NetworkSecret[] = [],
): NetworkSettingsView {
  const { supportSitePassword, proxyPassword, packagerPassword, ...shown } = settings;
  const set = (field: NetworkSecret, value: string | null) =>
    value !== null || unreadable.includes(field);
  return {
    ...shown,
    supportSitePasswordSet: set("supportSitePassword", supportSitePassword),
    proxyPasswordSet: set("proxyPassword", proxyPassword),
    packagerPasswordSet: set("packagerPassword", packagerPassword),
    unreadablePasswords: [...unreadable],
  };
}

/**
 * Settings read back from storage, over the defaults: a stored value that no
 * longer passes its check (written by another version) falls back to its default.
 */
export function storedSettings<T extends object>(
  defaults: T,
  stored: unknown,
  apply: (current: T, patch: Patch<T>) => T,
): T {
  let settings = defaults;
  if (typeof stored !== "object" || stored === null) return settings;
  for (const [key, value] of Object.entries(stored)) {
    if (!Object.hasOwn(defaults, key)) continue;
    try {
      settings = apply(settings, { [key]: value } as Patch<T>);
    } catch {
      // Keep the default for this field.
    }
  }
  return settings;
}
