/** Clients, destination groups, cabinets and packages as the admin API shows them. */
import { type Static, Type } from "typebox";
import { maintenanceInfo } from "../../services/execution-status-service.ts";
import type { CabinetRecord } from "../../store/cabinet-store.ts";
import type { ClientRecord } from "../../store/client-store.ts";
import type { GroupRecord } from "../../store/group-store.ts";
import type { PackageRecord } from "../../store/package-store.ts";
import { DateTime, iso, isoOrNull, Nullable, RowId, Sha256, StringEnum } from "./common.ts";

export const ClientRole = StringEnum(["security_pc", "standard"]);

/** A maintenance code with what the Detailed Information dialog box shows for it. */
export const MaintenanceFields = {
  maintenanceCode: Nullable(Type.String({ pattern: "^[0-9A-F]{12}$" })),
  cause: Nullable(Type.String()),
  action: Nullable(Type.String()),
  detail: Nullable(Type.String()),
};

export const Client = Type.Object({
  id: RowId,
  pcId: Type.String(),
  role: ClientRole,
  hostName: Type.String(),
  os: Type.String(),
  agentVersion: Type.String(),
  certificateFingerprint: Nullable(Sha256),
  registeredAt: DateTime,
  lastSeenAt: DateTime,
  lastAuthentication: Type.Object(
    { at: Nullable(DateTime), ok: Nullable(Type.Boolean()), ...MaintenanceFields },
    { description: "The last PKI authentication: ok, or its maintenance code (contract §3)" },
  ),
});
export type ClientView = Static<typeof Client>;

export function toClientView(c: ClientRecord): ClientView {
  return {
    id: c.id,
    pcId: c.pcId,
    role: c.role,
    hostName: c.hostName,
    os: c.os,
    agentVersion: c.agentVersion,
    certificateFingerprint: c.certificateFingerprint,
    registeredAt: iso(c.registeredAt),
    lastSeenAt: iso(c.lastSeenAt),
    lastAuthentication: {
      at: isoOrNull(c.lastAuthAt),
      ok: c.lastAuthAt === null ? null : c.lastAuthCode === null,
      ...maintenanceInfo(c.lastAuthCode, c.lastAuthDetail),
    },
  };
}

export const Group = Type.Object({
  id: RowId,
  name: Type.String(),
  description: Type.String(),
  createdAt: DateTime,
  memberCount: Type.Integer({ minimum: 0 }),
});
export type GroupView = Static<typeof Group>;

export const toGroupView = (g: GroupRecord): GroupView => ({
  id: g.id,
  name: g.name,
  description: g.description,
  createdAt: iso(g.createdAt),
  memberCount: g.memberCount,
});

export const GroupWithMembers = Type.Object({ ...Group.properties, members: Type.Array(Client) });

export const Cabinet = Type.Object({
  id: Type.String({ pattern: "^[A-Z0-9]{2}$" }),
  name: Type.String(),
  createdAt: DateTime,
  packageCount: Type.Integer({ minimum: 0 }),
});
export type CabinetView = Static<typeof Cabinet>;

export const toCabinetView = (c: CabinetRecord): CabinetView => ({
  id: c.id,
  name: c.name,
  createdAt: iso(c.createdAt),
  packageCount: c.packageCount,
});

export const Package = Type.Object({
  id: RowId,
  cabinetId: Type.String(),
  packageCode: Type.String({ description: "The package ID (upper case, at most 44 characters)" }),
  name: Type.String(),
  version: Type.String(),
  generation: Type.Integer({ minimum: 0, maximum: 9999 }),
  updateData: Type.Boolean({ description: "An update data package (for security PCs)" }),
  fileName: Nullable(Type.String()),
  sha256: Sha256,
  size: Type.Integer({ minimum: 0 }),
  createdAt: DateTime,
});
export type PackageView = Static<typeof Package>;

export const toPackageView = (p: PackageRecord): PackageView => ({
  id: p.id,
  cabinetId: p.cabinetId,
  packageCode: p.packageCode,
  name: p.name,
  version: p.version,
  generation: p.generation,
  updateData: p.updateData,
  fileName: p.fileName,
  sha256: p.sha256,
  size: p.size,
  createdAt: iso(p.createdAt),
});
