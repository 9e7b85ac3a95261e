import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMockServer } from "../../src/mock/index.js";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
beforeEach(async () => {
  h = await startMock();
});
afterEach(() => h.close());

describe("applications", () => {
  it("creates, reads by id and uid, updates, patches and deletes", async () => {
    const created = await h.api("POST", "/api/v1/app", {
      body: { name: "Acme", uid: "acme", metadata: { plan: "pro" } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Acme",
      uid: "acme",
      rateLimit: null,
      metadata: { plan: "pro" },
    });
    expect(created.body.id).toMatch(/^app_[A-Za-z0-9]{27}$/);

    const byId = await h.api("GET", `/api/v1/app/${created.body.id}`);
    const byUid = await h.api("GET", "/api/v1/app/acme");
    expect(byId.body).toEqual(created.body);
    expect(byUid.body).toEqual(created.body);

    const put = await h.api("PUT", "/api/v1/app/acme", { body: { name: "Acme 2", rateLimit: 5 } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      id: created.body.id,
      uid: "acme",
      name: "Acme 2",
      rateLimit: 5,
      metadata: {},
    });

    const patched = await h.api("PATCH", "/api/v1/app/acme", { body: { uid: null, metadata: { a: "b" } } });
    expect(patched.body).toMatchObject({ uid: null, name: "Acme 2", rateLimit: 5, metadata: { a: "b" } });
    expect((await h.api("GET", "/api/v1/app/acme")).status).toBe(404);

    expect((await h.api("DELETE", `/api/v1/app/${created.body.id}`)).status).toBe(204);
    const gone = await h.api("GET", `/api/v1/app/${created.body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe("not_found");
  });

  it("rejects a duplicate uid with 409 conflict, or returns the existing one with get_if_exists", async () => {
    const first = await h.api("POST", "/api/v1/app", { body: { name: "One", uid: "dup" } });
    const again = await h.api("POST", "/api/v1/app", { body: { name: "Two", uid: "dup" } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("conflict");
    const existing = await h.api("POST", "/api/v1/app?get_if_exists=true", {
      body: { name: "Two", uid: "dup" },
    });
    expect(existing.status).toBe(200);
    expect(existing.body).toEqual(first.body);
    const other = await h.api("POST", "/api/v1/app", { body: { name: "Other", uid: "other" } });
    const taken = await h.api("PATCH", `/api/v1/app/${other.body.id}`, { body: { uid: "dup" } });
    expect(taken.status).toBe(409);
    expect((await h.api("GET", "/api/v1/app/other")).body.name).toBe("Other");
  });

  it("creates on PUT of an unknown id, using it as the uid (201)", async () => {
    const put = await h.api("PUT", "/api/v1/app/customer-42", { body: { name: "Customer 42" } });
    expect(put.status).toBe(201);
    expect(put.body.uid).toBe("customer-42");
    const again = await h.api("PUT", "/api/v1/app/customer-42", { body: { name: "Renamed" } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(put.body.id);
  });

  it("validates the body with field locations", async () => {
    const bad = await h.api("POST", "/api/v1/app", {
      body: { uid: "has space", rateLimit: 0, metadata: { a: 1 } },
    });
    expect(bad.status).toBe(422);
    const locs = bad.body.detail.map((d: { loc: string[] }) => d.loc.join("."));
    expect(locs).toEqual(["body.name", "body.uid", "body.rateLimit", "body.metadata.a"]);
    expect(bad.body.detail[0].type).toBe("missing");
    expect((await h.api("GET", "/api/v1/app")).body.data).toEqual([]);
  });
});

describe("applications option", () => {
  it("starts with applications under the IDs given, e.g. the one a guide's snippet sends to", async () => {
    await h.close();
    const id = "app_teexfqn3o09y1fnmm631r0fo8uq";
    h = await startMock({ applications: [{ id, name: "Seed", uid: "seed" }] });
    const read = await h.api("GET", `/api/v1/app/${id}`);
    expect(read.body).toMatchObject({ id, name: "Seed", uid: "seed" });
    expect((await h.api("GET", "/api/v1/app/seed")).body.id).toBe(id);
    const message = await h.api("POST", `/api/v1/app/${id}/msg`, { body: { eventType: "e", payload: {} } });
    expect(message.status).toBe(202);
  });

  it("refuses a malformed or duplicate ID, an unknown environment and an ID-shaped uid", () => {
    const bad = [
      [{ id: "not-an-id", name: "x" }],
      [
        { id: "app_1", name: "x" },
        { id: "app_1", name: "y" },
      ],
      [{ id: "app_1", name: "x", environment: "nowhere" }],
      [{ id: "app_1", name: "x", uid: "app_2" }],
    ];
    for (const applications of bad) expect(() => createMockServer({ applications })).toThrow(RangeError);
  });
});
