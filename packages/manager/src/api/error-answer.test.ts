// Contract §6 and the style guide: every error answer of the admin API has
// one shape, { statusCode, code, error, message } (+ field / violations):
// a bad request is 400 PC_MGR_API_BAD_REQUEST naming the field, an unknown
// route 404, a rule broken 422, and an unexpected failure 500 that says
// nothing of its internals.
import { describe, expect, it } from "vitest";
import { forEachDatabase } from "../db/testing.ts";
import { DatabaseQueryError, NotFoundError } from "../errors.ts";
import { errorAnswerOf } from "./error-answer.ts";
import { useApiFixture } from "./testing.ts";

const context = { requestId: "req-7", bodyLimit: 1024 };

describe("errorAnswerOf", () => {
  it("answers an unexpected failure with 500 and no internals", () => {
    const answer = errorAnswerOf(new Error("connect to 10.0.0.7 with password hunter2"), context);
    expect(answer.unexpected).toBe(true);
    expect(answer.body).toEqual({
      statusCode: 500,
      code: "PC_MGR_API_INTERNAL",
      error: "Internal Server Error",
      message: "An internal error occurred; the manager's log has the details (request req-7).",
    });
    expect(JSON.stringify(answer.body)).not.toContain("hunter2");
    expect(errorAnswerOf("a thrown string", context).body.code).toBe("PC_MGR_API_INTERNAL");
  });

  it("answers a ManagerError with its own status and code", () => {
    expect(errorAnswerOf(new NotFoundError("job", 9), context)).toEqual({
      body: {
        statusCode: 404,
        code: "PC_MGR_NOT_FOUND",
        error: "Not Found",
        message: "Job 9 does not exist.",
      },
      headers: {},
      unexpected: false,
    });
    expect(errorAnswerOf(new DatabaseQueryError("x"), context).body).toMatchObject({
      statusCode: 500,
      code: "PC_MGR_DB_QUERY",
    });
  });
});

forEachDatabase("admin API error answers", (getDb) => {
  const api = useApiFixture(getDb, { bodyLimit: 4096 });
  const SHAPE = ["code", "error", "message", "statusCode"];

  it("answers a body of the wrong type with 400 naming the field", async () => {
    const answer = await api.call("POST", "/api/v1/groups", { body: { name: 5 } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      statusCode: 400,
      code: "PC_MGR_API_BAD_REQUEST",
      error: "Bad Request",
      field: "body.name",
    });
    expect(Object.keys(answer.body as object).sort()).toEqual([...SHAPE, "field"].sort());
  });

  it("answers an unknown field, a missing field and a bad path parameter with 400", async () => {
    const unknown = await api.call("POST", "/api/v1/groups", { body: { name: "g", colour: 1 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      field: "body.colour",
      message: "body.colour is not a known field",
    });
    const missing = await api.call("POST", "/api/v1/jobs", { body: { name: "j" } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: "PC_MGR_API_BAD_REQUEST" });
    const badId = await api.call("GET", "/api/v1/groups/twelve");
    expect(badId.status).toBe(400);
    expect(badId.body).toMatchObject({ code: "PC_MGR_API_BAD_REQUEST", field: "params.id" });
    const badEnum = await api.call("POST", "/api/v1/jobs", {
      body: { name: "j", type: "reboot", groupId: 1, packageId: 1 },
    });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body).toMatchObject({ field: "body.type" });
  });

  it("answers a body that is not JSON with 400, and a JSON body over the limit with 413", async () => {
    const answer = await api.call("POST", "/api/v1/groups", {
      body: undefined,
      headers: { "content-type": "application/json" },
    });
    expect(answer.status).toBe(400);
    const broken = await fetch(`${api.base}/api/v1/groups`, {
      method: "POST",
      headers: { authorization: `Bearer ${api.token}`, "content-type": "application/json" },
      body: '{"name": ',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ statusCode: 400, code: "PC_MGR_API_BAD_REQUEST" });
    const large = await api.call("POST", "/api/v1/groups", {
      body: { name: "g", description: "x".repeat(5000) },
    });
    expect(large.status).toBe(413);
    expect(large.body).toMatchObject({ code: "PC_MGR_API_BODY_TOO_LARGE" });
  });

  it("answers a media type no route takes with 415", async () => {
    const answer = await fetch(`${api.base}/api/v1/groups`, {
      method: "POST",
      headers: { authorization: `Bearer ${api.token}`, "content-type": "application/xml" },
      body: "<group/>",
    });
    expect(answer.status).toBe(415);
    expect(await answer.json()).toMatchObject({ code: "PC_MGR_API_UNSUPPORTED_MEDIA_TYPE" });
  });

  it("answers an unknown route with 404 in the same shape", async () => {
    const answer = await api.call("GET", "/api/v1/no-such-thing?x=1");
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({
      statusCode: 404,
      code: "PC_MGR_API_ROUTE_NOT_FOUND",
      error: "Not Found",
      message: "No route GET /api/v1/no-such-thing.",
    });
  });

  it("answers a value that breaks its rule with 422 naming the field", async () => {
    const answer = await api.call("POST", "/api/v1/cabinets", { body: { id: "a", name: "x" } });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      statusCode: 422,
      code: "PC_MGR_INVALID_INPUT",
      error: "Unprocessable Entity",
      field: "cabinet ID",
    });
  });

  it("answers an object that does not exist with 404", async () => {
    const answer = await api.call("GET", "/api/v1/jobs/999999");
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({
      code: "PC_MGR_NOT_FOUND",
      message: "Job 999999 does not exist.",
    });
  });
});
