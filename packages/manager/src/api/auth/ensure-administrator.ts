/**
 * The first administrator (issue 4: "first password from the environment
 * or generated and printed once"). When no administrator exists yet, one
 * is created with the password given (PATCHCAST_ADMIN_PASSWORD) or a
 * generated one, which is returned so that `start` can print it once; it is
 * stored only as its hash. When one exists, nothing changes.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "../../db/database.ts";
import { InvalidInputError } from "../../errors.ts";
import { createAdminStore } from "./admin-store.ts";
import { DEFAULT_SCRYPT_PARAMS, hashPassword, type ScryptParams } from "./password-hash.ts";

export interface EnsureAdministratorOptions {
  /** Default `admin`. */
  readonly id?: string;
  /** The first password; generated when absent. 8-1024 characters. */
  readonly password?: string | undefined;
  readonly hashParams?: ScryptParams;
}

export interface EnsureAdministratorResult {
  /** False when an administrator already existed: nothing was changed. */
  readonly created: boolean;
  readonly id: string;
  /** The generated password, to be shown once; null when one was given or nothing was created. */
  readonly generatedPassword: string | null;
}

export const ADMIN_ID_PATTERN = /^[A-Za-z0-9_.@-]{1,64}$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

export function checkAdminPassword(password: string): string {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw new InvalidInputError(
      "administrator password",
      `must be ${PASSWORD_MIN}-${PASSWORD_MAX} characters: got ${length}`,
    );
  }
  return password;
}

export async function ensureAdministrator(
  db: Database,
  options: EnsureAdministratorOptions = {},
): Promise<EnsureAdministratorResult> {
  const id = options.id ?? "admin";
  if (!ADMIN_ID_PATTERN.test(id)) {
    throw new InvalidInputError(
      "administrator ID",
      `must be 1-64 letters, digits or _ . @ -: got ${JSON.stringify(id)}`,
    );
  }
  const given = options.password === undefined ? undefined : checkAdminPassword(options.password);
  const store = createAdminStore(db);
  if (await store.any()) return { created: false, id, generatedPassword: null };
  const generated = given === undefined ? randomBytes(18).toString("base64url") : null;
  const hash = await hashPassword(
    given ?? (generated as string),
    options.hashParams ?? DEFAULT_SCRYPT_PARAMS,
  );
  const created = await store.insertFirst(id, hash);
  return { created, id, generatedPassword: created ? generated : null };
}
