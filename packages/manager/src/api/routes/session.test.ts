// Contract §6: every call but login needs the token from POST /api/v1/login;
// a wrong password is refused without saying which part was wrong; repeated
// failures are slowed down (on the injected clock, never by sleeping).
import { describe, expect, it } from "vitest";
import { forEachDatabase } from "../../db/testing.ts";
import { ADMIN_ID, ADMIN_PASSWORD, useApiFixture } from "../testing.ts";

forEachDatabase("admin API login", (getDb) => {
  const api = useApiFixture(getDb, {
    loginThrottle: { freeFailures: 2, baseDelayMs: 1000, maxDelayMs: 8000 },
  });

  describe("login", () => {
    it("answers a bearer token for the right ID and password", async () => {
      const answer = await api.login();
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ tokenType: "Bearer", adminId: ADMIN_ID });
      expect(answer.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const me = await api.call("GET", "/api/v1/session", { token: answer.body.token });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ adminId: ADMIN_ID });
    });

    it("gives a wrong password and an unknown ID the same answer", async () => {
      const wrongPassword = await api.login(ADMIN_ID, "not the password");
      const unknownId = await api.login("nobody", ADMIN_PASSWORD);
      expect(wrongPassword.status).toBe(401);
      expect(wrongPassword.body).toEqual({
        statusCode: 401,
        code: "PC_MGR_API_LOGIN_FAILED",
        error: "Unauthorized",
        message: "The administrator ID or password is incorrect.",
      });
      expect(unknownId.status).toBe(wrongPassword.status);
      expect(unknownId.body).toEqual(wrongPassword.body);
      // Let the next tests start with no failures counted for this ID.
      api.fx.setTime(new Date(api.fx.now().getTime() + 3_600_000));
    });

    it("slows down repeated failures: 429 with Retry-After, doubling, then lets the right password in", async () => {
      const id = ADMIN_ID;
      // Two failures are free (freeFailures: 2); the third locks for 1 s.
      for (let i = 0; i < 3; i++) expect((await api.login(id, "wrong")).status).toBe(401);
      const locked = await api.login(id, ADMIN_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.headers.get("retry-after")).toBe("1");
      expect(locked.body).toMatchObject({ statusCode: 429, code: "PC_MGR_API_RATE_LIMITED" });

      api.fx.setTime(new Date(api.fx.now().getTime() + 1000));
      expect((await api.login(id, "wrong")).status).toBe(401);
      expect((await api.login(id, ADMIN_PASSWORD)).headers.get("retry-after")).toBe("2");

      api.fx.setTime(new Date(api.fx.now().getTime() + 2000));
      expect((await api.login(id, ADMIN_PASSWORD)).status).toBe(200);
      // A success forgets the ID's failures, but the address keeps its own count.
      expect((await api.login(id, "wrong")).status).toBe(401);
      expect((await api.login("someone-else", "wrong")).status).toBe(429);
      api.fx.setTime(new Date(api.fx.now().getTime() + 3_600_000));
    });
  });

  describe("token", () => {
    it("is required by every call but login", async () => {
      for (const path of ["/api/v1/groups", "/api/v1/openapi.json", "/api/v1/session"]) {
        const answer = await api.call("GET", path, { token: null });
        expect(answer.status).toBe(401);
        expect(answer.body).toMatchObject({ code: "PC_MGR_API_UNAUTHENTICATED" });
      }
      const forged = await api.call("GET", "/api/v1/groups", { token: "A".repeat(43) });
      expect(forged.status).toBe(401);
      const notBearer = await api.call("GET", "/api/v1/groups", {
        token: null,
        headers: { authorization: `Basic ${Buffer.from("admin:x").toString("base64")}` },
      });
      expect(notBearer.status).toBe(401);
    });

    it("stops working after logout", async () => {
      const { token } = (await api.login()).body;
      expect((await api.call("GET", "/api/v1/groups", { token })).status).toBe(200);
      expect((await api.call("POST", "/api/v1/logout", { token })).status).toBe(204);
      expect((await api.call("GET", "/api/v1/groups", { token })).status).toBe(401);
      expect((await api.call("POST", "/api/v1/logout", { token })).status).toBe(401);
    });

    it("expires after its lifetime (12 h)", async () => {
      const { token } = (await api.login()).body;
      api.fx.setTime(new Date(api.fx.now().getTime() + 12 * 3_600_000 - 1000));
      expect((await api.call("GET", "/api/v1/session", { token })).status).toBe(200);
      api.fx.setTime(new Date(api.fx.now().getTime() + 1000));
      expect((await api.call("GET", "/api/v1/session", { token })).status).toBe(401);
    });

    it("is stored only as its SHA-256", async () => {
      const { token } = (await api.login()).body;
      const { rows } = await getDb().query<{ token_sha256: string }>(
        "SELECT token_sha256 FROM admin_sessions",
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((r) => r.token_sha256 === token)).toBe(false);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_sha256))).toBe(true);
    });
  });
});
