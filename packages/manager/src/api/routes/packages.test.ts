// Contract §5-§7: a package upload is the raw payload, bounded in size,
// checked against the SHA-256 announced, and nothing of a refused upload is
// kept; the connection goes on serving after a refusal.
import { createHash, randomBytes } from "node:crypto";
import { once } from "node:events";
import { connect } from "node:net";
import { beforeAll, expect, it } from "vitest";
import { forEachDatabase } from "../../db/testing.ts";
import { useApiFixture } from "../testing.ts";

const LIMIT = 16 * 1024;

forEachDatabase("admin API package upload", (getDb) => {
  // The JSON body limit is far below the upload limit: uploads have their own.
  const api = useApiFixture(getDb, { maxUploadBytes: LIMIT, bodyLimit: 1024 });
  let n = 0;

  const upload = (
    body: Uint8Array | ReadableStream<Uint8Array>,
    query: Record<string, string> = {},
    contentType = "application/octet-stream",
  ) =>
    fetch(
      `${api.base}/api/v1/packages?${new URLSearchParams({ cabinet: "PK", name: `pkg-${++n}`, version: "1", ...query })}`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${api.token}`, "content-type": contentType },
        body,
        duplex: "half",
      } as RequestInit,
    );

  const packageCount = async () =>
    (await api.call<{ packages: unknown[] }>("GET", "/api/v1/packages?cabinet=PK")).body.packages
      .length;

  beforeAll(async () => {
    await api.call("POST", "/api/v1/cabinets", { body: { id: "PK", name: "packages" } });
  });

  it("stores a payload up to the limit", async () => {
    const bytes = randomBytes(LIMIT);
    const answer = await upload(bytes, { generation: "3", updateData: "false" });
    expect(answer.status).toBe(201);
    expect(await answer.json()).toMatchObject({
      size: LIMIT,
      generation: 3,
      updateData: false,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  });

  it("refuses a payload over the limit, announced or streamed, keeping nothing", async () => {
    const before = await packageCount();
    const announced = await upload(randomBytes(LIMIT + 1));
    expect(announced.status).toBe(413);
    expect(await announced.json()).toMatchObject({ code: "PC_MGR_PAYLOAD_TOO_LARGE" });

    const chunks = [randomBytes(LIMIT / 2), randomBytes(LIMIT / 2), randomBytes(10)];
    const streamed = await upload(
      new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk) controller.enqueue(chunk);
          else controller.close();
        },
      }),
    );
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ code: "PC_MGR_PAYLOAD_TOO_LARGE" });
    expect(await packageCount()).toBe(before);
  });

  it("runs no request a client sends on the connection of a refused upload", async () => {
    const group = await api.call<{ id: number }>("POST", "/api/v1/groups", {
      body: { name: `kept-${++n}` },
    });
    const { hostname, port } = new URL(api.base);
    // allowHalfOpen: the client writes on after the manager has closed its side.
    const client = connect({ port: Number(port), host: hostname, allowHalfOpen: true });
    client.on("error", () => undefined);
    await once(client, "connect");
    let answer = "";
    const refused = new Promise<void>((resolve) => {
      client.on("data", (chunk: Buffer) => {
        answer += chunk.toString("latin1");
        if (answer.includes("PC_MGR_PAYLOAD_TOO_LARGE")) resolve();
      });
    });
    client.write(
      `POST /api/v1/packages?cabinet=PK&name=pkg-reused&version=1 HTTP/1.1\r\nHost: x\r\n` +
        `Authorization: Bearer ${api.token}\r\nContent-Type: application/octet-stream\r\n` +
        `Content-Length: ${LIMIT + 1}\r\n\r\n`,
    );
    client.write(randomBytes(LIMIT + 1));
    await refused;
    // The answer said keep-alive: a client may send its next request on this connection.
    client.write(
      `DELETE /api/v1/groups/${group.body.id} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${api.token}\r\n\r\n`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    client.end();
    await once(client, "close");
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect((await api.call("GET", `/api/v1/groups/${group.body.id}`)).status).toBe(200);
  });

  it("refuses a payload whose SHA-256 is not the one announced", async () => {
    const before = await packageCount();
    const answer = await upload(randomBytes(100), { sha256: "0".repeat(64) });
    expect(answer.status).toBe(422);
    expect(await answer.json()).toMatchObject({ code: "PC_MGR_PAYLOAD_DIGEST_MISMATCH" });
    expect(await packageCount()).toBe(before);
  });

  it("takes the payload only as application/octet-stream", async () => {
    const answer = await upload(new TextEncoder().encode("{}"), {}, "application/json");
    expect(answer.status).toBe(415);
    expect(await answer.json()).toMatchObject({ code: "PC_MGR_API_UNSUPPORTED_MEDIA_TYPE" });
  });

  it("refuses an unknown cabinet and bad query parameters", async () => {
    const unknown = await upload(randomBytes(10), { cabinet: "ZZ" });
    expect(unknown.status).toBe(404);
    const badGeneration = await upload(randomBytes(10), { generation: "many" });
    expect(badGeneration.status).toBe(400);
    expect(await badGeneration.json()).toMatchObject({
      code: "PC_MGR_API_BAD_REQUEST",
      field: "querystring.generation",
    });
    // The server still answers on after the refusals.
    expect((await upload(randomBytes(10))).status).toBe(201);
  });
});
