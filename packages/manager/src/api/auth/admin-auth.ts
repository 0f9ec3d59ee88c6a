/**
 * Logins and tokens of the admin API (contract §6). A login checks the
 * administrator ID and password and hands out a random token; only its
 * SHA-256 is stored, with an expiry. A wrong ID and a wrong password get the
 * same error after the same work (an unknown ID is checked against a dummy
 * hash), and repeated failures are slowed down per ID and per address
 * (login-throttle.ts), each login counted before its password is checked
 * (one check at a time per ID and per address, the others waiting their turn).
 */
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../../db/database.ts";
import { LoginFailedError, LoginRateLimitedError, UnauthenticatedError } from "../../errors.ts";
import { createAdminStore } from "./admin-store.ts";
import {
  createLoginThrottle,
  type LoginThrottle,
  type LoginThrottleOptions,
} from "./login-throttle.ts";
import { hashPassword, verifyPassword } from "./password-hash.ts";

export interface LoginInput {
  readonly id: string;
  readonly password: string;
  /** Where the login came from: failures are counted per address too. */
  readonly remoteAddress: string;
}

export interface Session {
  readonly adminId: string;
  readonly expiresAt: Date;
}

export interface LoginResult extends Session {
  /** The bearer token; shown once, never stored. */
  readonly token: string;
}

export interface AdminAuth {
  /** A LoginFailedError for a wrong ID or password, a LoginRateLimitedError while slowed down. */
  login(input: LoginInput): Promise<LoginResult>;
  /** The session of a bearer token, or an UnauthenticatedError. */
  authenticate(token: string): Promise<Session>;
  /** Ends the token's session; an unknown token is an UnauthenticatedError. */
  logout(token: string): Promise<void>;
}

export interface AdminAuthOptions {
  readonly db: Database;
  readonly clock?: () => Date;
  /** How long a token lives (default 12 h). */
  readonly sessionTtlMs?: number;
  /** The throttle's settings, or a throttle of the caller's. */
  readonly throttle?: LoginThrottle | LoginThrottleOptions;
}

const TOKEN_BYTES = 32;
/** base64url of 32 bytes. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const tokenSha256 = (token: string) => createHash("sha256").update(token).digest("hex");

const isThrottle = (value: LoginThrottle | LoginThrottleOptions): value is LoginThrottle =>
  typeof (value as LoginThrottle).begin === "function";

export function createAdminAuth(options: AdminAuthOptions): AdminAuth {
  const clock = options.clock ?? (() => new Date());
  const ttl = options.sessionTtlMs ?? 12 * 3_600_000;
  if (!Number.isSafeInteger(ttl) || ttl < 1000) {
    throw new RangeError(`sessionTtlMs must be an integer of at least 1000: got ${ttl}`);
  }
  const given = options.throttle ?? {};
  const throttle = isThrottle(given) ? given : createLoginThrottle({ clock, ...given });
  const store = createAdminStore(options.db);
  // Checked against when the ID is unknown, so that both failures take as long.
  const dummyHash = hashPassword(randomBytes(16).toString("hex"));

  /** The administrator of `id` when `password` is theirs; else the failure is counted against `keys`. */
  const checked = async (id: string, password: string, keys: readonly string[]) => {
    const admin = await store.byId(id);
    const ok = await verifyPassword(password, admin?.passwordHash ?? (await dummyHash));
    if (!admin || !ok) {
      throttle.failed(keys);
      throw new LoginFailedError();
    }
    throttle.succeeded(keys[0] as string);
    return admin;
  };

  return {
    async login({ id, password, remoteAddress }) {
      const keys = [`id:${id}`, `addr:${remoteAddress}`];
      // Counted before the password is checked: until this check is over,
      // other logins with this ID or from this address wait their turn, so
      // that guesses sent at once cannot all be checked before the first
      // failure locks them out.
      const wait = await throttle.begin(keys);
      if (wait > 0) throw new LoginRateLimitedError(Math.ceil(wait / 1000));
      const admin = await checked(id, password, keys).finally(() => throttle.end(keys));
      const now = clock();
      const token = randomBytes(TOKEN_BYTES).toString("base64url");
      const expiresAt = new Date(now.getTime() + ttl);
      await store.deleteExpiredSessions(now);
      await store.insertSession({
        tokenSha256: tokenSha256(token),
        adminId: admin.id,
        createdAt: now,
        expiresAt,
        remoteAddress,
      });
      return { token, adminId: admin.id, expiresAt };
    },
    async authenticate(token) {
      if (!TOKEN_SHAPE.test(token)) throw new UnauthenticatedError();
      const session = await store.sessionByToken(tokenSha256(token), clock());
      if (!session) throw new UnauthenticatedError();
      return { adminId: session.adminId, expiresAt: session.expiresAt };
    },
    async logout(token) {
      if (!TOKEN_SHAPE.test(token) || !(await store.deleteSession(tokenSha256(token)))) {
        throw new UnauthenticatedError();
      }
    },
  };
}
