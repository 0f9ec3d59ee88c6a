/** Destination groups (contract §4): create, list, get with members, add or remove members, delete. */
import { Type } from "typebox";
import type { AdminApp, ApiContext } from "../api-context.ts";
import { errorResponses, IdParams, NoContent } from "../schemas/common.ts";
import { Group, GroupWithMembers, toClientView, toGroupView } from "../schemas/resources.ts";

const TAGS = ["groups"];

const Members = Type.Object(
  {
    pcIds: Type.Array(Type.String({ minLength: 1, maxLength: 128 }), {
      minItems: 1,
      maxItems: 10_000,
      description: "PC IDs of registered PCs",
    }),
  },
  { additionalProperties: false },
);

const MembersChanged = Type.Object({
  changed: Type.Integer({ minimum: 0, description: "How many PCs joined or left" }),
  group: GroupWithMembers,
});

export function groupRoutes(app: AdminApp, { services }: ApiContext): void {
  const { groups } = services;
  const withMembers = async (id: number) => {
    const { group, members } = await groups.getGroup(id);
    return { ...toGroupView(group), members: members.map(toClientView) };
  };

  app.post(
    "/groups",
    {
      schema: {
        operationId: "createGroup",
        tags: TAGS,
        summary: "Create a destination group",
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 64 }),
            description: Type.Optional(Type.String({ maxLength: 1024 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Group, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { name, description } = request.body;
      const group = await groups.createGroup(
        description === undefined ? { name } : { name, description },
      );
      return reply.code(201).send(toGroupView(group));
    },
  );

  app.get(
    "/groups",
    {
      schema: {
        operationId: "listGroups",
        tags: TAGS,
        summary: "Every destination group",
        response: { 200: Type.Object({ groups: Type.Array(Group) }), ...errorResponses },
      },
    },
    async () => ({ groups: (await groups.listGroups()).map(toGroupView) }),
  );

  app.get(
    "/groups/:id",
    {
      schema: {
        operationId: "getGroup",
        tags: TAGS,
        summary: "A destination group with its members",
        params: IdParams,
        response: { 200: GroupWithMembers, ...errorResponses },
      },
    },
    async (request) => withMembers(request.params.id),
  );

  app.post(
    "/groups/:id/members",
    {
      schema: {
        operationId: "addGroupMembers",
        tags: TAGS,
        summary: "Add registered PCs to a group by PC ID",
        params: IdParams,
        body: Members,
        response: { 200: MembersChanged, ...errorResponses },
      },
    },
    async (request) => {
      const changed = await groups.addMembers(request.params.id, request.body.pcIds);
      return { changed, group: await withMembers(request.params.id) };
    },
  );

  app.delete(
    "/groups/:id/members",
    {
      schema: {
        operationId: "removeGroupMembers",
        tags: TAGS,
        summary: "Remove PCs from a group by PC ID",
        params: IdParams,
        body: Members,
        response: { 200: MembersChanged, ...errorResponses },
      },
    },
    async (request) => {
      const changed = await groups.removeMembers(request.params.id, request.body.pcIds);
      return { changed, group: await withMembers(request.params.id) };
    },
  );

  app.delete(
    "/groups/:id",
    {
      schema: {
        operationId: "deleteGroup",
        tags: TAGS,
        summary: "Delete a group (refused while a job refers to it)",
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await groups.deleteGroup(request.params.id);
      return reply.code(204).send(null);
    },
  );
}
