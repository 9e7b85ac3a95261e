import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMockServer } from "../../src/mock/index.js";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
beforeEach(async () => {
  h = await startMock({ tokens: { tk_prod: "prod", tk_prod2: "prod", tk_test: "test" } });
});
afterEach(() => h.close());

describe("auth and environments", () => {
  it("401s a missing, malformed or unknown token", async () => {
    for (const token of [null, "nope"]) {
      const res = await h.api("GET", "/api/v1/app", { token });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe("unauthorized");
    }
    const basic = await h.api("GET", "/api/v1/app", {
      token: null,
      headers: { authorization: "Basic tk_prod" },
    });
    expect(basic.status).toBe(401);
  });

  it("answers health without a token", async () => {
    expect((await h.api("GET", "/api/v1/health", { token: null })).body).toEqual({ status: "ok" });
  });

  it("keeps environments apart: another environment's ids answer 404", async () => {
    const app = (await h.api("POST", "/api/v1/app", { token: "tk_prod", body: { name: "P", uid: "shared" } }))
      .body;
    expect((await h.api("GET", `/api/v1/app/${app.id}`, { token: "tk_prod2" })).status).toBe(200);
    expect((await h.api("GET", `/api/v1/app/${app.id}`, { token: "tk_test" })).status).toBe(404);
    expect((await h.api("GET", "/api/v1/app/shared", { token: "tk_test" })).status).toBe(404);
    expect((await h.api("GET", "/api/v1/app", { token: "tk_test" })).body.data).toEqual([]);
    // The same uid is free in the other environment.
    expect(
      (await h.api("POST", "/api/v1/app", { token: "tk_test", body: { name: "T", uid: "shared" } })).status,
    ).toBe(201);
    expect(h.mock.snapshot("prod").applications.map((a) => a.name)).toEqual(["P"]);
    expect(h.mock.snapshot("test").applications.map((a) => a.name)).toEqual(["T"]);
  });

  it("exposes the tokens, and by default one generated token", () => {
    expect(h.mock.tokens).toEqual({ tk_prod: "prod", tk_prod2: "prod", tk_test: "test" });
    expect(h.mock.token).toBe("tk_prod");
    const solo = createMockServer();
    expect(solo.token).toMatch(/^testsk_[A-Za-z0-9]{32}$/);
    expect(solo.tokens).toEqual({ [solo.token]: "default" });
  });

  it("echoes a sent x-request-id and otherwise makes a fresh one", async () => {
    const echoed = await h.api("GET", "/api/v1/health", { headers: { "x-request-id": "req-abc" } });
    expect(echoed.headers.get("x-request-id")).toBe("req-abc");
    const a = (await h.api("GET", "/api/v1/health")).headers.get("x-request-id");
    const b = (await h.api("GET", "/api/v1/health")).headers.get("x-request-id");
    expect(a).toMatch(/^req_/);
    expect(a).not.toBe(b);
  });

  it("404s unknown routes", async () => {
    const res = await h.api("GET", "/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("not_found");
  });
});
