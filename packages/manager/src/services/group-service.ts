/**
 * Destination groups (contract §4): named sets of PCs that jobs go to.
 * A name is 1-64 characters, unique, without control characters or white
 * space at either end. A group that a job refers to cannot be deleted.
 */
import { AlreadyExistsError, InUseError, NotFoundError } from "../errors.ts";
import type { ClientRecord } from "../store/client-store.ts";
import { createClientStore } from "../store/client-store.ts";
import { createGroupStore, type GroupRecord } from "../store/group-store.ts";
import { createJobStore } from "../store/job-store.ts";
import { isForeignKeyViolation, isUniqueViolation } from "../store/sql-errors.ts";
import type { ServiceDeps } from "./service-deps.ts";
import { checkId, checkText } from "./validation.ts";

export interface GroupWithMembers {
  readonly group: GroupRecord;
  readonly members: readonly ClientRecord[];
}

export interface GroupService {
  createGroup(input: { name: string; description?: string }): Promise<GroupRecord>;
  listGroups(): Promise<GroupRecord[]>;
  getGroup(id: number): Promise<GroupWithMembers>;
  /** Adds registered PCs by PC ID; every one must exist. Returns how many were new members. */
  addMembers(groupId: number, pcIds: readonly string[]): Promise<number>;
  /** Removes PCs by PC ID; returns how many were members. */
  removeMembers(groupId: number, pcIds: readonly string[]): Promise<number>;
  /** Refused (InUseError) while a job refers to the group. */
  deleteGroup(id: number): Promise<void>;
}

export const GROUP_NAME_RULE = { max: 64 } as const;

export function createGroupService(deps: ServiceDeps): GroupService {
  const { db } = deps;

  const changeMembers = (
    groupId: number,
    pcIds: readonly string[],
    change: "add" | "remove",
  ): Promise<number> => {
    const id = checkId("destination group", groupId);
    return db.transaction(async (tx) => {
      const groups = createGroupStore(tx);
      if (!(await groups.lock(id))) throw new NotFoundError("destination group", id);
      const known = await createClientStore(tx).idsByPcId(pcIds);
      const unknown = pcIds.find((pcId) => !known.has(pcId));
      if (unknown !== undefined) throw new NotFoundError("client", unknown);
      const clientIds = [...new Set(known.values())];
      return change === "add"
        ? groups.addMembers(id, clientIds)
        : groups.removeMembers(id, clientIds);
    });
  };

  return {
    async createGroup(input) {
      const name = checkText("group name", input.name, GROUP_NAME_RULE);
      const description = checkText("group description", input.description ?? "", {
        min: 0,
        max: 1024,
      });
      try {
        return await createGroupStore(db).insert(name, description);
      } catch (error) {
        if (isUniqueViolation(error, "destination_groups_name_key")) {
          throw new AlreadyExistsError("destination group", "name", name);
        }
        throw error;
      }
    },
    listGroups: () => createGroupStore(db).list(),
    async getGroup(id) {
      const groupId = checkId("destination group", id);
      const groups = createGroupStore(db);
      const group = await groups.byId(groupId);
      if (group === undefined) throw new NotFoundError("destination group", groupId);
      return { group, members: await groups.members(groupId) };
    },
    addMembers: (groupId, pcIds) => changeMembers(groupId, pcIds, "add"),
    removeMembers: (groupId, pcIds) => changeMembers(groupId, pcIds, "remove"),
    async deleteGroup(id) {
      const groupId = checkId("destination group", id);
      try {
        await db.transaction(async (tx) => {
          const groups = createGroupStore(tx);
          if (!(await groups.lock(groupId))) throw new NotFoundError("destination group", groupId);
          const jobIds = await createJobStore(tx).usingGroup(groupId);
          if (jobIds.length > 0) throw new InUseError("destination group", groupId, jobIds);
          await groups.delete(groupId);
        });
      } catch (error) {
        // A job created between the check and the delete: the foreign key still refuses.
        if (isForeignKeyViolation(error)) {
          throw new InUseError(
            "destination group",
            groupId,
            await createJobStore(db).usingGroup(groupId),
          );
        }
        throw error;
      }
    },
  };
}
