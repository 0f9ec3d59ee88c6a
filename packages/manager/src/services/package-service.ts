/**
 * Packages in cabinets (contract §5, §7). A package's payload is stored by
 * SHA-256 in the payload store first, then recorded; an ID + version +
 * generation that the cabinet already holds is not packaged twice
 * (DPT012-W), and a cabinet holds at most 5,000 packages. Packages are added
 * to a cabinet one at a time (its row is locked), so the limit holds under
 * concurrent uploads. A payload that no package names any more is removed.
 */
import type { Readable } from "node:stream";
import {
  CabinetFullError,
  InUseError,
  InvalidInputError,
  NotFoundError,
  PackageExistsError,
} from "../errors.ts";
import type { PayloadStore } from "../payloads/payload-store.ts";
import { createCabinetStore } from "../store/cabinet-store.ts";
import { createPackageStore, type PackageRecord } from "../store/package-store.ts";
import { isForeignKeyViolation } from "../store/sql-errors.ts";
import { checkCabinetId } from "./cabinet-service.ts";
import { PACKAGE_ID_MAX, PACKAGE_NAME_MAX, packageIdFor } from "./package-naming.ts";
import type { ServiceDeps } from "./service-deps.ts";
import { checkBoolean, checkId, checkInteger, checkText } from "./validation.ts";

export const MAX_PACKAGES_PER_CABINET = 5000;

export interface AddPackageInput {
  readonly cabinetId: string;
  readonly name: string;
  /** The package ID; default: `packageIdFor(name)`. Upper case, at most 44 characters. */
  readonly packageCode?: string;
  readonly version: string;
  /** 0-9999; default 0. */
  readonly generation?: number;
  readonly updateData: boolean;
  readonly fileName?: string | null;
  readonly payload: Readable;
  /** When given, a payload with another SHA-256 is refused. */
  readonly expectedSha256?: string;
}

export interface PackageDownload {
  readonly package: PackageRecord;
  readonly size: number;
  /** Bytes `start` to `end` inclusive (the whole payload by default). */
  read(range?: { start: number; end: number }): Readable;
}

export interface PackageService {
  /** The payload is not read when the package is refused beforehand (unknown cabinet, duplicate, full). */
  addPackage(input: AddPackageInput): Promise<PackageRecord>;
  listPackages(cabinetId?: string): Promise<PackageRecord[]>;
  getPackage(id: number): Promise<PackageRecord>;
  /** Refused (InUseError) while a job refers to the package. */
  deletePackage(id: number): Promise<void>;
  openPayload(packageId: number): Promise<PackageDownload>;
}

export interface PackageServiceDeps extends ServiceDeps {
  readonly payloads: PayloadStore;
  /** Default 5,000 (contract §5). */
  readonly maxPackagesPerCabinet?: number;
}

function checkPackageCode(value: unknown): string {
  const code = checkText("package ID", value, { max: PACKAGE_ID_MAX });
  if (code !== code.toUpperCase()) {
    throw new InvalidInputError("package ID", `must be upper case: got ${JSON.stringify(code)}`);
  }
  return code;
}

function checkAddInput(input: AddPackageInput) {
  const name = checkText("package name", input.name, { max: PACKAGE_NAME_MAX });
  return {
    cabinetId: checkCabinetId(input.cabinetId),
    name,
    packageCode: checkPackageCode(input.packageCode ?? packageIdFor(name)),
    version: checkText("package version", input.version, { max: 32 }),
    generation: checkInteger("package generation", input.generation ?? 0, 0, 9999),
    updateData: checkBoolean("update data", input.updateData),
    fileName: input.fileName == null ? null : checkText("file name", input.fileName, { max: 255 }),
  };
}

export function createPackageService(deps: PackageServiceDeps): PackageService {
  const { db, payloads } = deps;
  const limit = deps.maxPackagesPerCabinet ?? MAX_PACKAGES_PER_CABINET;

  // Under the payload's lock, as a package naming it is committed: an upload of the same bytes
  // places its file and commits its package before this counts, or after this removed the file.
  const removeIfUnused = (sha256: string) =>
    db.transaction(async (tx) => {
      const packages = createPackageStore(tx);
      await packages.lockPayload(sha256);
      if ((await packages.payloadUsers(sha256)) === 0) await payloads.remove(sha256);
    });

  const getPackage = async (id: number) => {
    const pkg = await createPackageStore(db).byId(checkId("package", id));
    if (pkg === undefined) throw new NotFoundError("package", id);
    return pkg;
  };

  return {
    async addPackage(input) {
      const fields = checkAddInput(input);
      const { cabinetId, packageCode, version, generation } = fields;
      // Refuse before reading the payload when the answer is already known.
      const cabinet = await createCabinetStore(db).byId(cabinetId);
      if (cabinet === undefined) throw new NotFoundError("cabinet", cabinetId);
      if (await createPackageStore(db).exists(cabinetId, packageCode, version, generation)) {
        throw new PackageExistsError(fields.name);
      }
      if (cabinet.packageCount >= limit) throw new CabinetFullError(cabinetId, limit);

      const staged = await payloads.stage(input.payload, input.expectedSha256);
      let placed = false;
      try {
        return await db.transaction(async (tx) => {
          const count = await createCabinetStore(tx).lockForPackaging(cabinetId);
          if (count === undefined) throw new NotFoundError("cabinet", cabinetId);
          if (count >= limit) throw new CabinetFullError(cabinetId, limit);
          const packages = createPackageStore(tx);
          await packages.lockPayload(staged.sha256);
          const pkg = await packages.insert({
            ...fields,
            sha256: staged.sha256,
            size: staged.size,
          });
          if (pkg === undefined) throw new PackageExistsError(fields.name);
          // In place before the package is committed, and after any removal of the same payload.
          await staged.place();
          placed = true;
          return pkg;
        });
      } catch (error) {
        // Placed, and the commit failed: removed unless a package names it (else left over, unused).
        if (placed) await removeIfUnused(staged.sha256).catch(() => undefined);
        throw error;
      } finally {
        await staged.discard();
      }
    },
    async listPackages(cabinetId) {
      return createPackageStore(db).list(
        cabinetId === undefined ? undefined : checkCabinetId(cabinetId),
      );
    },
    getPackage,
    async deletePackage(id) {
      const pkg = await getPackage(id);
      try {
        await db.transaction(async (tx) => {
          const packages = createPackageStore(tx);
          const jobIds = await packages.jobsUsing(pkg.id);
          if (jobIds.length > 0) throw new InUseError("package", pkg.id, jobIds);
          if (!(await packages.delete(pkg.id))) throw new NotFoundError("package", pkg.id);
        });
      } catch (error) {
        // A job created between the check and the delete: the foreign key still refuses.
        if (isForeignKeyViolation(error)) {
          throw new InUseError("package", pkg.id, await createPackageStore(db).jobsUsing(pkg.id));
        }
        throw error;
      }
      await removeIfUnused(pkg.sha256);
    },
    async openPayload(packageId) {
      const pkg = await getPackage(packageId);
      const size = await payloads.sizeOf(pkg.sha256);
      if (size === undefined) throw new NotFoundError("package payload", pkg.sha256);
      return { package: pkg, size, read: (range) => payloads.read(pkg.sha256, range) };
    },
  };
}
