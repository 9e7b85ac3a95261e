import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
let appId: string;
beforeEach(async () => {
  h = await startMock();
  appId = (await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app-uid" } })).body.id;
});
afterEach(() => h.close());

const base = () => `/api/v1/app/${appId}/endpoint`;

describe("endpoints", () => {
  it("creates with defaults and reads it back by id and uid, under the app's id or uid", async () => {
    const created = await h.api("POST", base(), { body: { url: "https://example.com/hook", uid: "ep-1" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      uid: "ep-1",
      name: null,
      description: "",
      url: "https://example.com/hook",
      enabled: true,
      eventTypes: null,
      channels: null,
      headers: {},
      rateLimit: null,
      metadata: {},
      version: 1,
    });
    expect(created.body).not.toHaveProperty("secret");
    const viaUids = await h.api("GET", "/api/v1/app/app-uid/endpoint/ep-1");
    expect(viaUids.body).toEqual(created.body);
    const list = await h.api("GET", base());
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
  });

  it("puts (replace, or create with the path id as uid), patches with null clearing, deletes", async () => {
    const put = await h.api("PUT", `${base()}/ep-put`, {
      body: { url: "https://a.example/x", eventTypes: ["a.b"] },
    });
    expect(put.status).toBe(201);
    expect(put.body.uid).toBe("ep-put");
    const replaced = await h.api("PUT", `${base()}/ep-put`, {
      body: { url: "https://b.example/y", name: "B" },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      id: put.body.id,
      url: "https://b.example/y",
      name: "B",
      eventTypes: null,
    });
    const patched = await h.api("PATCH", `${base()}/ep-put`, {
      body: { name: null, enabled: false, channels: ["c1"], rateLimit: 3 },
    });
    expect(patched.body).toMatchObject({
      name: null,
      enabled: false,
      channels: ["c1"],
      rateLimit: 3,
      url: "https://b.example/y",
    });
    expect((await h.api("DELETE", `${base()}/ep-put`)).status).toBe(204);
    expect((await h.api("GET", `${base()}/${put.body.id}`)).status).toBe(404);
  });

  it("409s a duplicate uid within an app, but allows it in another app", async () => {
    await h.api("POST", base(), { body: { url: "https://e.example", uid: "same" } });
    const dup = await h.api("POST", base(), { body: { url: "https://e.example", uid: "same" } });
    expect(dup.status).toBe(409);
    const other = (await h.api("POST", "/api/v1/app", { body: { name: "Other" } })).body.id;
    expect(
      (
        await h.api("POST", `/api/v1/app/${other}/endpoint`, {
          body: { url: "https://e.example", uid: "same" },
        })
      ).status,
    ).toBe(201);
  });

  it("404s an endpoint of another application", async () => {
    const ep = (await h.api("POST", base(), { body: { url: "https://e.example" } })).body.id;
    const other = (await h.api("POST", "/api/v1/app", { body: { name: "Other" } })).body.id;
    expect((await h.api("GET", `/api/v1/app/${other}/endpoint/${ep}`)).status).toBe(404);
    expect((await h.api("GET", `/api/v1/app/nope/endpoint`)).status).toBe(404);
  });

  it("validates url, event types, channels and header names", async () => {
    const bad = await h.api("POST", base(), {
      body: {
        url: "ftp://x.example",
        eventTypes: ["bad name!"],
        channels: ["ok", "ok"],
        headers: { "Bad Name": "v", "user-agent": "x", "x-ok": "line\nbreak" },
        version: 0,
      },
    });
    expect(bad.status).toBe(422);
    const locs = bad.body.detail.map((d: { loc: string[] }) => d.loc.join(".")).sort();
    expect(locs).toEqual([
      "body.channels",
      "body.eventTypes.0",
      "body.headers.Bad Name",
      "body.headers.user-agent",
      "body.headers.x-ok",
      "body.url",
      "body.version",
    ]);
    expect((await h.api("GET", base())).body.data).toEqual([]);
  });

  it("keeps the secret out of the endpoint, returns it on its own and rotates it", async () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ep = (await h.api("POST", base(), { body: { url: "https://e.example", secret } })).body.id;
    expect((await h.api("GET", `${base()}/${ep}/secret`)).body).toEqual({ key: secret });
    expect((await h.api("POST", `${base()}/${ep}/secret/rotate`, { body: {} })).status).toBe(204);
    const rotated = (await h.api("GET", `${base()}/${ep}/secret`)).body.key;
    expect(rotated).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    expect(rotated).not.toBe(secret);
    const chosen = "whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldY";
    await h.api("POST", `${base()}/${ep}/secret/rotate`, { body: { key: chosen } });
    expect((await h.api("GET", `${base()}/${ep}/secret`)).body.key).toBe(chosen);
    const bad = await h.api("POST", `${base()}/${ep}/secret/rotate`, { body: { key: "nope" } });
    expect(bad.body.detail[0].loc).toEqual(["body", "key"]);
  });

  it("replaces and patches custom headers, listing sensitive names", async () => {
    const ep = (await h.api("POST", base(), { body: { url: "https://e.example", headers: { "x-a": "1" } } }))
      .body.id;
    expect((await h.api("GET", `${base()}/${ep}/headers`)).body).toEqual({
      headers: { "x-a": "1" },
      sensitive: [],
    });
    await h.api("PUT", `${base()}/${ep}/headers`, {
      body: { headers: { Authorization: "Bearer x", "x-b": "2" } },
    });
    await h.api("PATCH", `${base()}/${ep}/headers`, { body: { headers: { "x-b": null, "x-c": "3" } } });
    const read = await h.api("GET", `${base()}/${ep}/headers`);
    expect(read.body).toEqual({
      headers: { Authorization: "Bearer x", "x-c": "3" },
      sensitive: ["Authorization"],
    });
    const reserved = await h.api("PUT", `${base()}/${ep}/headers`, {
      body: { headers: { "webhook-id": "x" } },
    });
    expect(reserved.status).toBe(422);
    expect(reserved.body.detail[0].loc).toEqual(["body", "headers", "webhook-id"]);
  });
});

describe("endpoint filters and UIDs", () => {
  it("accepts an empty eventTypes (all events) and refuses '.' and '..' as UIDs", async () => {
    const ok = await h.api("POST", base(), { body: { url: "https://e.example", eventTypes: [] } });
    expect(ok.status).toBe(201);
    for (const uid of [".", ".."]) {
      const bad = await h.api("POST", "/api/v1/app", { body: { name: "A", uid } });
      expect(bad.status).toBe(422);
      expect(bad.body.detail[0].loc).toEqual(["body", "uid"]);
    }
  });
});
