/** Schemas of the acquisition's settings, runs and DPT.LOG lines (contract §5, §6). */
import { type Static, Type } from "typebox";
import { CLASSIFICATIONS } from "../../acquisition/patchinfo-format.ts";
import {
  type AutomaticSettings as Automatic,
  NETWORK_SECRETS,
  type SecurityPolicy as Policy,
} from "../../acquisition/settings.ts";
import type { RunDetails } from "../../services/acquisition-run-service.ts";
import type { RunItemRecord, RunRecord } from "../../store/acquisition-run-store.ts";
import type { DptLogRecord } from "../../store/dpt-log-store.ts";
import { DateTime, iso, isoOrNull, Nullable, RowId, StringEnum } from "./common.ts";

const Classification = StringEnum([...CLASSIFICATIONS]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const AutomaticSettings = Type.Object({
  enabled: Type.Boolean({
    description: "Download and package automatically every day (default off)",
  }),
  executionTimeUtc: Type.String({ description: "HH:MM in UTC (default 00:00)" }),
  targetProducts: Type.Union([Type.Literal("all"), Type.Array(Text(128))], {
    description: 'The OSs to acquire updates for: "all" (default) or their names',
  }),
  updateTypes: Type.Array(Classification, {
    description: "Default: Critical Updates and Security Updates",
  }),
  cabinetId: Type.String({ description: "The cabinet packages go into (made when missing)" }),
  cabinetName: Type.String(),
});

export const AutomaticSettingsPatch = Type.Partial(AutomaticSettings, {
  additionalProperties: false,
});

const Url = Nullable(Type.String({ maxLength: 2048 }));
const Secret = Nullable(
  Type.String({ minLength: 1, maxLength: 1024, description: "Write only; null clears it" }),
);

export const NetworkSettings = Type.Object({
  supportSiteUrl: Nullable(Type.String({ description: "The patch information file's URL" })),
  supportSiteUser: Nullable(Type.String()),
  supportSitePasswordSet: Type.Boolean(),
  proxyUrl: Nullable(Type.String({ description: "http://HOST:PORT, or null for none" })),
  proxyUser: Nullable(Type.String()),
  proxyPasswordSet: Type.Boolean(),
  managerUrl: Nullable(
    Type.String({ description: "Where the packager uploads; null: this manager" }),
  ),
  packagerAdminId: Type.String(),
  packagerPasswordSet: Type.Boolean(),
  downloadTimeoutSeconds: Type.Integer(),
  maxFileBytes: Type.Integer(),
  unreadablePasswords: Type.Array(StringEnum([...NETWORK_SECRETS]), {
    description:
      "Passwords stored that this manager cannot read (sealed under another secrets.key, or altered): set them again",
  }),
});

export const NetworkSettingsPatch = Type.Object(
  {
    supportSiteUrl: Type.Optional(Url),
    supportSiteUser: Type.Optional(Nullable(Text(256))),
    supportSitePassword: Type.Optional(Secret),
    proxyUrl: Type.Optional(Url),
    proxyUser: Type.Optional(Nullable(Text(256))),
    proxyPassword: Type.Optional(Secret),
    managerUrl: Type.Optional(Url),
    packagerAdminId: Type.Optional(Text(64)),
    packagerPassword: Type.Optional(Secret),
    downloadTimeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
    maxFileBytes: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const SecurityPolicy = Type.Object(
  {
    requiredUpdates: Type.Array(Text(64), {
      maxItems: 10_000,
      description: "Update IDs PCs must have",
    }),
  },
  { additionalProperties: false },
);

export const AcquisitionRun = Type.Object({
  id: RowId,
  trigger: StringEnum(["scheduled", "catch-up", "manual"]),
  slot: Nullable(DateTime),
  startedAt: DateTime,
  finishedAt: Nullable(DateTime),
  outcome: StringEnum(["running", "succeeded", "partial", "failed", "refused"]),
  selected: Type.Integer(),
  packaged: Type.Integer(),
  existing: Type.Integer(),
  failed: Type.Integer(),
  detail: Type.String(),
});

export const DptLine = Type.Object({
  id: RowId,
  runId: RowId,
  at: DateTime,
  messageId: Type.String(),
  text: Type.String(),
  line: Type.String({ description: "The line as DPT.LOG has it" }),
});

export const RunItem = Type.Object({
  updateId: Type.String(),
  fileName: Type.String(),
  packageName: Type.String(),
  packageCode: Type.String(),
  outcome: StringEnum(["packaged", "exists", "failed"]),
  packageId: Nullable(RowId),
  detail: Type.String(),
});

export const RunDetailsView = Type.Object({
  run: AcquisitionRun,
  items: Type.Array(RunItem),
  lines: Type.Array(DptLine),
});

export const toRunView = (r: RunRecord): Static<typeof AcquisitionRun> => ({
  ...r,
  slot: isoOrNull(r.slot),
  startedAt: iso(r.startedAt),
  finishedAt: isoOrNull(r.finishedAt),
});

const toItemView = ({ id: _id, createdAt: _at, ...item }: RunItemRecord) => item;

export const toLineView = (l: DptLogRecord): Static<typeof DptLine> => ({
  id: l.id,
  runId: l.runId,
  at: iso(l.at),
  messageId: l.messageId,
  text: l.text,
  line: `${iso(l.at).slice(0, 19)}Z ${l.messageId} ${l.text}`,
});

export const toRunDetailsView = (d: RunDetails): Static<typeof RunDetailsView> => ({
  run: toRunView(d.run),
  items: d.items.map(toItemView),
  lines: d.lines.map(toLineView),
});

export const toAutomaticView = (a: Automatic): Static<typeof AutomaticSettings> => ({
  ...a,
  targetProducts: a.targetProducts === "all" ? "all" : [...a.targetProducts],
  updateTypes: [...a.updateTypes],
});

export const toPolicyView = (p: Policy): Static<typeof SecurityPolicy> => ({
  requiredUpdates: [...p.requiredUpdates],
});
