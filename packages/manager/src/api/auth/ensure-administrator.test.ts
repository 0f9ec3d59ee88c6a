// Issue 4: the first administrator's password comes from the environment
// or is generated and shown once; an existing administrator is never changed.
import { expect, it } from "vitest";
import { forEachDatabase } from "../../db/testing.ts";
import { createAdminStore } from "./admin-store.ts";
import { ensureAdministrator } from "./ensure-administrator.ts";
import { verifyPassword } from "./password-hash.ts";

const FAST = { logN: 10, r: 8, p: 1 };

forEachDatabase("first administrator", (getDb) => {
  it("refuses a password under 8 characters and a malformed ID", async () => {
    await expect(ensureAdministrator(getDb(), { password: "short" })).rejects.toMatchObject({
      code: "PC_MGR_INVALID_INPUT",
      field: "administrator password",
    });
    await expect(ensureAdministrator(getDb(), { id: "a b" })).rejects.toMatchObject({
      field: "administrator ID",
    });
  });

  it("creates the first administrator with a generated password, shown once", async () => {
    const first = await ensureAdministrator(getDb(), { hashParams: FAST });
    expect(first).toMatchObject({ created: true, id: "admin" });
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const stored = await createAdminStore(getDb()).byId("admin");
    expect(stored?.passwordHash).not.toContain(first.generatedPassword);
    expect(await verifyPassword(first.generatedPassword ?? "", stored?.passwordHash ?? "")).toBe(
      true,
    );

    const again = await ensureAdministrator(getDb(), { password: "another password" });
    expect(again).toEqual({ created: false, id: "admin", generatedPassword: null });
    const after = await createAdminStore(getDb()).byId("admin");
    expect(after?.passwordHash).toBe(stored?.passwordHash);
  });
});
