import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
beforeEach(async () => {
  h = await startMock();
});
afterEach(() => h.close());

const schemas = { "1": { type: "object", examples: [{ id: 7 }] } };

describe("event types", () => {
  it("creates, 409s a duplicate, gets, puts, patches", async () => {
    const created = await h.api("POST", "/api/v1/event-type", {
      body: { name: "user.created", description: "U", schemas },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "user.created", description: "U", schemas, archived: false });
    expect(
      (await h.api("POST", "/api/v1/event-type", { body: { name: "user.created", description: "" } })).status,
    ).toBe(409);
    expect((await h.api("GET", "/api/v1/event-type/user.created")).body).toEqual(created.body);
    const put = await h.api("PUT", "/api/v1/event-type/user.created", { body: { description: "V" } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ description: "V", schemas: null });
    const made = await h.api("PUT", "/api/v1/event-type/user.deleted", { body: { description: "D" } });
    expect(made.status).toBe(201);
    const patched = await h.api("PATCH", "/api/v1/event-type/user.deleted", { body: { archived: true } });
    expect(patched.body).toMatchObject({ description: "D", archived: true });
    expect((await h.api("PATCH", "/api/v1/event-type/nope", { body: {} })).status).toBe(404);
  });

  it("archives by default, expunges on request, and lists archived ones only when asked", async () => {
    await h.api("POST", "/api/v1/event-type", { body: { name: "a", description: "", schemas } });
    await h.api("POST", "/api/v1/event-type", { body: { name: "b", description: "" } });
    expect((await h.api("DELETE", "/api/v1/event-type/a")).status).toBe(204);
    expect((await h.api("GET", "/api/v1/event-type/a")).body.archived).toBe(true);
    const names = (r: { body: { data: { name: string }[] } }) => r.body.data.map((e) => e.name);
    expect(names(await h.api("GET", "/api/v1/event-type"))).toEqual(["b"]);
    const all = await h.api("GET", "/api/v1/event-type?include_archived=true");
    expect(names(all)).toEqual(["a", "b"]);
    expect(all.body.data[0].schemas).toBeNull();
    expect(
      (await h.api("GET", "/api/v1/event-type?include_archived=true&with_content=true")).body.data[0].schemas,
    ).toEqual(schemas);
    expect((await h.api("DELETE", "/api/v1/event-type/a?expunge=true")).status).toBe(204);
    expect((await h.api("GET", "/api/v1/event-type/a")).status).toBe(404);
  });

  it("validates name, description and schemas", async () => {
    const bad = await h.api("POST", "/api/v1/event-type", { body: { name: "", schemas: { "1": 5 } } });
    expect(bad.body.detail.map((d: { loc: string[] }) => d.loc.join(".")).sort()).toEqual([
      "body.description",
      "body.name",
      "body.schemas.1",
    ]);
  });
});
