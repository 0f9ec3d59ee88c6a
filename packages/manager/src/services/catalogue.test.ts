// Clients, destination groups, cabinets and packages (contract §4, §5) on
// every database backend.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import {
  CabinetFullError,
  InUseError,
  InvalidInputError,
  NotFoundError,
  PackageExistsError,
} from "../errors.ts";
import { MAX_PACKAGES_PER_CABINET } from "./package-service.ts";
import { useServiceFixture } from "./testing.ts";

const payload = (content: string) => Readable.from([Buffer.from(content)]);

forEachDatabase("catalogue services", (getDb, backend) => {
  const fx = useServiceFixture(getDb);

  it("registers a PC on its first authenticated connection and refreshes it on the next", async () => {
    const { clients } = fx.services;
    fx.setTime("2026-11-20T01:00:00Z");
    const input = {
      pcId: fx.unique("PC"),
      role: "security_pc" as const,
      hostName: "spc-1",
      os: "Windows 11",
      agentVersion: "0.1.0",
      certificateFingerprint: "AB".repeat(32),
    };
    const first = await clients.registerAuthenticatedClient(input);
    expect(first).toMatchObject({
      pcId: input.pcId,
      role: "security_pc",
      certificateFingerprint: "ab".repeat(32),
      lastAuthCode: null,
    });
    expect(first.registeredAt).toEqual(new Date("2026-11-20T01:00:00Z"));
    fx.setTime("2026-11-20T02:00:00Z");
    const again = await clients.registerAuthenticatedClient({ ...input, agentVersion: "0.2.0" });
    expect(again.id).toBe(first.id);
    expect(again.agentVersion).toBe("0.2.0");
    expect(again.registeredAt).toEqual(first.registeredAt);
    expect(again.lastSeenAt).toEqual(new Date("2026-11-20T02:00:00Z"));
    expect(await clients.getClient(input.pcId)).toEqual(again);
    expect((await clients.listClients()).map((c) => c.pcId)).toContain(input.pcId);
    await expect(clients.getClient("nobody")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("registers PCs that authenticated together in one batch, each as if alone", async () => {
    const { clients } = fx.services;
    fx.setTime("2026-11-20T03:00:00Z");
    const known = await clients.registerAuthenticatedClient({
      pcId: fx.unique("PC"),
      role: "standard",
      hostName: "old",
      os: "Windows 10",
      agentVersion: "0.1.0",
      certificateFingerprint: null,
    });
    fx.setTime("2026-11-20T04:00:00Z");
    const fresh = fx.unique("PC");
    const base = { role: "security_pc" as const, os: "Windows 11", agentVersion: "0.3.0" };
    const outcomes = await clients.registerAuthenticatedClients([
      { ...base, pcId: known.pcId, hostName: "renamed", certificateFingerprint: "cd".repeat(32) },
      { ...base, pcId: fresh, hostName: "first", certificateFingerprint: null },
      { ...base, pcId: "", hostName: "bad", certificateFingerprint: null },
      { ...base, pcId: fresh, hostName: "second", certificateFingerprint: null },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, true]);
    const [refreshed, firstFresh, bad, secondFresh] = outcomes;
    expect(bad?.ok === false && bad.error).toBeInstanceOf(InvalidInputError);
    if (!refreshed?.ok || !firstFresh?.ok || !secondFresh?.ok) throw new Error("not registered");
    expect(refreshed.value).toMatchObject({
      id: known.id,
      role: "security_pc",
      hostName: "renamed",
      certificateFingerprint: "cd".repeat(32),
      lastAuthCode: null,
    });
    expect(refreshed.value.registeredAt).toEqual(new Date("2026-11-20T03:00:00Z"));
    expect(refreshed.value.lastSeenAt).toEqual(new Date("2026-11-20T04:00:00Z"));
    // Named twice: one row, the later input wins.
    expect(secondFresh.value).toEqual(firstFresh.value);
    expect(firstFresh.value.hostName).toBe("second");
    expect(await clients.getClient(fresh)).toEqual(firstFresh.value);
    expect(await clients.getClient(known.pcId)).toEqual(refreshed.value);
    expect(await clients.registerAuthenticatedClients([])).toEqual([]);
  });

  it("keeps group names unique and within their rules", async () => {
    const { groups } = fx.services;
    const name = fx.unique("Security PCs");
    const group = await groups.createGroup({ name, description: "floor 3" });
    expect(group).toMatchObject({ name, description: "floor 3", memberCount: 0 });
    await expect(groups.createGroup({ name })).rejects.toMatchObject({
      code: "PC_MGR_ALREADY_EXISTS",
      statusCode: 409,
    });
    for (const bad of ["", " padded", "x".repeat(65), "tab\there"]) {
      const error = await groups.createGroup({ name: bad }).catch((e: unknown) => e);
      expect(error, JSON.stringify(bad)).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ field: "group name", statusCode: 422 });
    }
  });

  it("adds and removes members by PC ID, refusing unknown PCs", async () => {
    const { groups } = fx.services;
    const pcs = await fx.registerPcs(3);
    const group = await groups.createGroup({ name: fx.unique("members") });
    const ids = pcs.map((p) => p.pcId);
    expect(await groups.addMembers(group.id, ids)).toBe(3);
    expect(await groups.addMembers(group.id, ids.slice(0, 1))).toBe(0);
    const error = await groups.addMembers(group.id, ["unknown-pc"]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "PC_MGR_NOT_FOUND",
      resource: "client",
      key: "unknown-pc",
    });
    expect(await groups.removeMembers(group.id, ids.slice(1, 2))).toBe(1);
    const { group: after, members } = await groups.getGroup(group.id);
    expect(after.memberCount).toBe(2);
    expect(members.map((m) => m.pcId)).toEqual([ids[0], ids[2]].sort());
    await expect(groups.addMembers(999_999, ids)).rejects.toBeInstanceOf(NotFoundError);
    expect((await groups.listGroups()).map((g) => g.id)).toContain(group.id);
  });

  it("deletes a group unless a job refers to it", async () => {
    const { groups, jobs } = fx.services;
    const empty = await groups.createGroup({ name: fx.unique("to delete") });
    await groups.deleteGroup(empty.id);
    await expect(groups.getGroup(empty.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(groups.deleteGroup(empty.id)).rejects.toBeInstanceOf(NotFoundError);

    const group = await fx.group(await fx.registerPcs(1));
    const pkg = await fx.package();
    const { job } = await jobs.createJob({
      name: "in use",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
    });
    const error = await groups.deleteGroup(group.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InUseError);
    expect(error).toMatchObject({ statusCode: 409, jobIds: [job.id] });
    expect((error as Error).message).toContain(`job(s) ${job.id}`);
  });

  it("creates cabinets under the contract §5 rules for ID and name", async () => {
    const { cabinets } = fx.services;
    const cabinet = await cabinets.createCabinet({ id: "AA", name: "Updates_2026-11" });
    expect(cabinet).toMatchObject({ id: "AA", name: "Updates_2026-11", packageCount: 0 });
    await expect(cabinets.createCabinet({ id: "AA", name: "other" })).rejects.toMatchObject({
      code: "PC_MGR_ALREADY_EXISTS",
      field: "ID",
    });
    await expect(
      cabinets.createCabinet({ id: "AB", name: "Updates_2026-11" }),
    ).rejects.toMatchObject({ code: "PC_MGR_ALREADY_EXISTS", field: "name" });
    for (const id of ["A", "ABC", "aa", "A-", ""]) {
      await expect(cabinets.createCabinet({ id, name: "ok" })).rejects.toMatchObject({
        code: "PC_MGR_INVALID_INPUT",
        field: "cabinet ID",
      });
    }
    for (const name of ["", "x".repeat(33), "a b", "a\\b", "a/b", "a*b", 'a"b', "a:b", "a;b"]) {
      await expect(cabinets.createCabinet({ id: "AC", name })).rejects.toMatchObject({
        code: "PC_MGR_INVALID_INPUT",
        field: "cabinet name",
      });
    }
    expect((await cabinets.createCabinet({ id: "AC", name: "x".repeat(32) })).name).toHaveLength(
      32,
    );
    expect((await cabinets.listCabinets()).map((c) => c.id)).toEqual(
      expect.arrayContaining(["AA", "AC"]),
    );
    await expect(cabinets.getCabinet("ZZ")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("packages a payload by SHA-256 and serves it back, whole or in part", async () => {
    const { cabinets, packages } = fx.services;
    await cabinets.createCabinet({ id: "BA", name: "payloads" });
    const pkg = await packages.addPackage({
      cabinetId: "BA",
      name: "DPT-windows11_0-kb5031356-x64",
      version: "2026.11",
      generation: 1,
      updateData: true,
      fileName: "windows11.0-kb5031356-x64.msu",
      payload: payload("update bytes"),
    });
    expect(pkg).toMatchObject({
      cabinetId: "BA",
      packageCode: "DPT-WINDOWS11_0-KB5031356-X64",
      updateData: true,
      size: 12,
      sha256: createHash("sha256").update("update bytes").digest("hex"),
    });
    const download = await packages.openPayload(pkg.id);
    expect(download.size).toBe(12);
    expect(await text(download.read())).toBe("update bytes");
    expect(await text(download.read({ start: 7, end: 11 }))).toBe("bytes");
    expect(await packages.getPackage(pkg.id)).toEqual(pkg);
    expect((await packages.listPackages("BA")).map((p) => p.id)).toEqual([pkg.id]);
  });

  it("does not package an ID + version + generation twice (DPT012-W)", async () => {
    const { cabinets, packages } = fx.services;
    await cabinets.createCabinet({ id: "BB", name: "duplicates" });
    const input = {
      cabinetId: "BB",
      name: "DPT-kb1",
      version: "1",
      updateData: true,
    };
    await packages.addPackage({ ...input, payload: payload("one") });
    const error = await packages
      .addPackage({ ...input, payload: payload("two") })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageExistsError);
    expect(error).toMatchObject({ code: "PC_MGR_PACKAGE_EXISTS", statusCode: 409 });
    expect((error as Error).message).toBe("Package 'DPT-kb1' already exists.");
    // Another generation or version is another package.
    await packages.addPackage({ ...input, generation: 1, payload: payload("two") });
    await packages.addPackage({ ...input, version: "2", payload: payload("three") });
    expect(await packages.listPackages("BB")).toHaveLength(3);
  });

  it("checks package fields", async () => {
    const { cabinets, packages } = fx.services;
    await cabinets.createCabinet({ id: "BC", name: "fields" });
    const base = { cabinetId: "BC", name: "DPT-ok", version: "1", updateData: true };
    const cases = [
      [{ name: "x".repeat(48) }, "package name"],
      [{ packageCode: "lower" }, "package ID"],
      [{ packageCode: "X".repeat(45) }, "package ID"],
      [{ version: "" }, "package version"],
      [{ generation: 10_000 }, "package generation"],
    ] as const;
    for (const [change, field] of cases) {
      await expect(
        packages.addPackage({ ...base, ...change, payload: payload("x") }),
      ).rejects.toMatchObject({ code: "PC_MGR_INVALID_INPUT", field });
    }
    await expect(
      packages.addPackage({ ...base, cabinetId: "QQ", payload: payload("x") }),
    ).rejects.toMatchObject({ code: "PC_MGR_NOT_FOUND", resource: "cabinet" });
  });

  it("holds at most 5,000 packages in a cabinet", async () => {
    const { cabinets, packages } = fx.services;
    await cabinets.createCabinet({ id: "BD", name: "full" });
    const sha = "0".repeat(64);
    await getDb().query(
      `INSERT INTO packages (cabinet_id, package_code, name, version, sha256, size_bytes)
       SELECT 'BD', 'P' || n, 'p' || n, '1', $1, 0 FROM generate_series(1, $2::int) AS n`,
      [sha, MAX_PACKAGES_PER_CABINET],
    );
    const error = await packages
      .addPackage({
        cabinetId: "BD",
        name: "DPT-one-more",
        version: "1",
        updateData: true,
        payload: payload("x"),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CabinetFullError);
    expect(error).toMatchObject({ statusCode: 409, limit: 5000 });
    await getDb().query("DELETE FROM packages WHERE cabinet_id = 'BD'");
  });

  it("deletes a package and its payload unless a job uses it", async () => {
    const { packages, jobs } = fx.services;
    const unused = await fx.package({ bytes: new TextEncoder().encode("unused payload") });
    await packages.deletePackage(unused.id);
    expect(await fx.payloads.sizeOf(unused.sha256)).toBeUndefined();
    await expect(packages.getPackage(unused.id)).rejects.toBeInstanceOf(NotFoundError);

    const pkg = await fx.package();
    const group = await fx.group(await fx.registerPcs(1));
    const { job } = await jobs.createJob({
      name: "uses the package",
      type: "install-package",
      groupId: group.id,
      packageId: pkg.id,
    });
    await expect(packages.deletePackage(pkg.id)).rejects.toMatchObject({
      code: "PC_MGR_IN_USE",
      jobIds: [job.id],
    });
    expect(await fx.payloads.sizeOf(pkg.sha256)).toBe(pkg.size);
    await jobs.deleteJob(job.id);
    await packages.deletePackage(pkg.id);
  });

  // Two transactions at once need the server: the embedded database runs one at a time.
  if (backend.kind === "server")
    it("keeps the payload of a package committed while the last other package of the same bytes is deleted", async () => {
      const { cabinets, packages } = fx.services;
      await cabinets.createCabinet({ id: "BE", name: "race-one" });
      await cabinets.createCabinet({ id: "BF", name: "race-two" });
      const bytes = "the same bytes uploaded twice";
      const input = { version: "1", updateData: true };
      const first = await packages.addPackage({
        ...input,
        cabinetId: "BE",
        name: "DPT-race-1",
        payload: payload(bytes),
      });
      // Another transaction holds cabinet BF: the second upload waits for it, its payload written.
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let holding = () => {};
      const held = new Promise<void>((resolve) => {
        holding = resolve;
      });
      const holder = getDb().transaction(async (tx) => {
        await tx.query("SELECT id FROM cabinets WHERE id = 'BF' FOR UPDATE");
        holding();
        await released;
      });
      await held;
      const second = packages.addPackage({
        ...input,
        cabinetId: "BF",
        name: "DPT-race-2",
        payload: payload(bytes),
      });
      await expect
        .poll(
          async () =>
            (
              await getDb().query<{ n: number }>(
                `SELECT count(*)::int AS n FROM pg_stat_activity
                 WHERE wait_event_type = 'Lock' AND query LIKE 'SELECT id FROM cabinets WHERE id = $1 FOR UPDATE%'`,
              )
            ).rows[0]?.n,
        )
        .toBe(1);
      // The payload's only committed package goes, with its payload: unused as far as it can tell.
      await packages.deletePackage(first.id);
      release();
      await holder;
      const pkg = await second;
      expect(await fx.payloads.sizeOf(pkg.sha256)).toBe(bytes.length);
      expect(await text((await packages.openPayload(pkg.id)).read())).toBe(bytes);
    });
});
