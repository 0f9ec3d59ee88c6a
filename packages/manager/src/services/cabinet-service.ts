/**
 * Cabinets (contract §5): an ID of two upper-case letters or digits and a
 * name of 1-32 characters without \ / * " : ; or space.
 */
import { AlreadyExistsError, InvalidInputError, NotFoundError } from "../errors.ts";
import { type CabinetRecord, createCabinetStore } from "../store/cabinet-store.ts";
import { isUniqueViolation } from "../store/sql-errors.ts";
import type { ServiceDeps } from "./service-deps.ts";
import { charLength } from "./validation.ts";

export const CABINET_ID_PATTERN = /^[A-Z0-9]{2}$/;
export const CABINET_NAME_MAX = 32;
const CABINET_NAME_FORBIDDEN = /[\\/*":;\s]/;

export function checkCabinetId(value: unknown): string {
  if (typeof value !== "string" || !CABINET_ID_PATTERN.test(value)) {
    throw new InvalidInputError(
      "cabinet ID",
      `must be two upper-case letters or digits: got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function checkCabinetName(value: unknown): string {
  if (typeof value !== "string") throw new InvalidInputError("cabinet name", "must be a string");
  const length = charLength(value);
  if (length < 1 || length > CABINET_NAME_MAX) {
    throw new InvalidInputError(
      "cabinet name",
      `must be 1-${CABINET_NAME_MAX} characters: got ${length}`,
    );
  }
  const bad = CABINET_NAME_FORBIDDEN.exec(value);
  if (bad) {
    throw new InvalidInputError(
      "cabinet name",
      `must not contain \\ / * " : ; or space: got ${JSON.stringify(bad[0])} in ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export interface CabinetService {
  createCabinet(input: { id: string; name: string }): Promise<CabinetRecord>;
  listCabinets(): Promise<CabinetRecord[]>;
  getCabinet(id: string): Promise<CabinetRecord>;
}

export function createCabinetService(deps: ServiceDeps): CabinetService {
  const { db } = deps;
  return {
    async createCabinet(input) {
      const id = checkCabinetId(input.id);
      const name = checkCabinetName(input.name);
      try {
        return await createCabinetStore(db).insert(id, name);
      } catch (error) {
        if (isUniqueViolation(error, "cabinets_pkey")) {
          throw new AlreadyExistsError("cabinet", "ID", id);
        }
        if (isUniqueViolation(error, "cabinets_name_key")) {
          throw new AlreadyExistsError("cabinet", "name", name);
        }
        throw error;
      }
    },
    listCabinets: () => createCabinetStore(db).list(),
    async getCabinet(id) {
      const cabinet = await createCabinetStore(db).byId(id);
      if (cabinet === undefined) throw new NotFoundError("cabinet", id);
      return cabinet;
    },
  };
}
