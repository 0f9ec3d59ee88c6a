// Contract §6: "repeated failures are slowed down". Through the real admin
// API: guesses sent all at once for one ID are not each checked before the
// first failure is counted (while logins with the right password at once
// all get in), and failures with throwaway IDs from many
// addresses cannot push a locked ID out of the throttle's table. Time is the
// fixture's injected clock; nothing asserts how long anything took.
import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { forEachDatabase } from "../../db/testing.ts";
import { ADMIN_ID, ADMIN_PASSWORD, useApiFixture } from "../testing.ts";
import { hashPassword } from "./password-hash.ts";

const HOUR = 3_600_000;

interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
}

/**
 * POST /api/v1/login from `from` (a loopback source address: Linux answers
 * all of 127.0.0.0/8), since the throttle counts failures per address too.
 */
function loginFrom(base: string, from: string, id: string, password: string): Promise<Answer> {
  const url = new URL("/api/v1/login", base);
  const body = JSON.stringify({ id, password });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: from,
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const retryAfter = res.headers["retry-after"];
          resolve({ status: res.statusCode ?? 0, retryAfter });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const countOf = (answers: readonly { status: number }[], status: number) =>
  answers.filter((a) => a.status === status).length;

forEachDatabase("admin login throttle", (getDb) => {
  const api = useApiFixture(getDb, {
    loginThrottle: { freeFailures: 1, baseDelayMs: 1000, maxDelayMs: 8000, maxKeys: 8 },
  });
  const later = (ms: number) => api.fx.setTime(new Date(api.fx.now().getTime() + ms));

  beforeAll(async () => {
    // The fixture's administrator has a cheap hash; give it the default cost
    // (about 0.1 s, as the dummy hash of unknown IDs has) so that a check
    // lasts as long as it does in production while guesses pile up.
    await getDb().query("UPDATE admins SET password_hash = $1 WHERE id = $2", [
      await hashPassword(ADMIN_PASSWORD),
      ADMIN_ID,
    ]);
  });

  describe("concurrent guesses", () => {
    it("checks one password at a time per ID: the others are refused as throttled, and the lock holds", async () => {
      later(HOUR);
      // The one free failure.
      expect((await api.login(ADMIN_ID, "wrong-0")).status).toBe(401);
      // Then 40 guesses at once. One is checked, fails and locks the ID;
      // every other one comes while it is checked or once the ID is locked.
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => api.login(ADMIN_ID, `wrong-${i + 1}`)),
      );
      expect(countOf(answers, 401)).toBe(1);
      expect(countOf(answers, 429)).toBe(39);
      for (const answer of answers.filter((a) => a.status === 429)) {
        expect(answer.body).toMatchObject({ statusCode: 429, code: "PC_MGR_API_RATE_LIMITED" });
        expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      }
      // Two failures counted (freeFailures 1): locked for 1 s, right password or not.
      const locked = await api.login();
      expect(locked.status).toBe(429);
      expect(locked.headers.get("retry-after")).toBe("1");
      later(999);
      expect((await api.login()).status).toBe(429);
      later(1);
      expect((await api.login()).status).toBe(200);
      later(HOUR);
    });

    it("lets logins with the right password at the same moment all in, one after the other", async () => {
      later(HOUR);
      const answers = await Promise.all(Array.from({ length: 3 }, () => api.login()));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    });

    it("refuses concurrent guesses at an unknown ID the same way", async () => {
      later(HOUR);
      expect((await api.login("nobody", "wrong-0")).status).toBe(401);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => api.login("nobody", `wrong-${i + 1}`)),
      );
      expect(countOf(answers, 401)).toBe(1);
      expect(countOf(answers, 429)).toBe(19);
      later(HOUR);
    });
  });

  describe("a full table", () => {
    it("keeps a locked ID locked while throwaway IDs from many addresses fill it", async () => {
      later(HOUR);
      // Lock the administrator ID from 127.0.0.2 (freeFailures 1: the second failure locks for 1 s).
      for (const password of ["wrong-1", "wrong-2"]) {
        expect((await loginFrom(api.base, "127.0.0.2", ADMIN_ID, password)).status).toBe(401);
      }
      // 20 throwaway IDs, each from an address of its own: 40 keys, 5 times
      // the table (maxKeys 8), all newer than the administrator's.
      for (let i = 0; i < 20; i++) {
        const answer = await loginFrom(api.base, `127.0.0.${10 + i}`, `throwaway-${i}`, "x");
        expect(answer.status).toBe(401);
      }
      // The right password, from an address that never failed: still locked.
      const locked = await loginFrom(api.base, "127.0.0.99", ADMIN_ID, ADMIN_PASSWORD);
      expect(locked).toEqual({ status: 429, retryAfter: "1" });
      later(1000);
      expect((await loginFrom(api.base, "127.0.0.99", ADMIN_ID, ADMIN_PASSWORD)).status).toBe(200);
      later(HOUR);
    });
  });
});
