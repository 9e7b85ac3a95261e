// Drives every operation of openapi.yaml through the listening mock; the harness checks each response
// (status documented, headers present, body valid) and this file checks that nothing was left out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VirtualClock } from "../../src/mock/index.js";
import { OPERATION_IDS } from "../../src/mock/routes.js";
import { type MockHarness, type Receiver, startMock, startReceiver } from "./helpers.js";
import { checkedResponses, conformanceProblems, specOperationIds } from "./specValidator.js";

let h: MockHarness;
let receiver: Receiver;
beforeAll(async () => {
  h = await startMock({ clock: new VirtualClock() });
  receiver = await startReceiver((_req, i) => (i === 0 ? { status: 500 } : { status: 200 }));
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

describe("conformance with openapi.yaml", () => {
  it("serves exactly the spec's operations", () => {
    expect([...OPERATION_IDS].sort()).toEqual([...specOperationIds].sort());
  });

  it("flags a response that breaks the spec", () => {
    const headers = new Headers({ "x-request-id": "r" });
    expect(conformanceProblems("GET", "/api/v1/app/app_1", 200, headers, { id: 5 })).not.toEqual([]);
    expect(conformanceProblems("GET", "/api/v1/app/app_1", 418, headers, {})).not.toEqual([]);
    expect(conformanceProblems("GET", "/api/v1/health", 200, new Headers(), { status: "ok" })).not.toEqual(
      [],
    );
  });

  it("answers every operation in shape, successes and errors alike", async () => {
    const { api } = h;
    await api("GET", "/api/v1/health", { token: null });
    await api("POST", "/api/v1/event-type", {
      body: { name: "e.one", description: "d", schemas: { "1": { examples: [{ a: 1 }] } } },
    });
    await api("GET", "/api/v1/event-type?with_content=true");
    await api("GET", "/api/v1/event-type/e.one");
    await api("PUT", "/api/v1/event-type/e.two", { body: { description: "x" } });
    await api("PATCH", "/api/v1/event-type/e.two", { body: { archived: true } });
    await api("DELETE", "/api/v1/event-type/e.two?expunge=true");
    const app = (await api("POST", "/api/v1/app", { body: { name: "A", uid: "a" } })).body.id;
    await api("POST", "/api/v1/app?get_if_exists=true", { body: { name: "A", uid: "a" } });
    await api("POST", "/api/v1/app", { body: { name: "A", uid: "a" } }); // 409
    await api("GET", "/api/v1/app?limit=1");
    await api("GET", `/api/v1/app/${app}`);
    await api("PUT", "/api/v1/app/b", { body: { name: "B" } });
    await api("PATCH", "/api/v1/app/b", { body: { rateLimit: 10 } });
    await api("DELETE", "/api/v1/app/b");
    const e = `/api/v1/app/a/endpoint`;
    await api("POST", e, { body: { url: receiver.url, uid: "ep", headers: { authorization: "x" } } });
    await api("GET", e);
    await api("GET", `${e}/ep`);
    await api("PUT", `${e}/ep2`, { body: { url: "https://example.com" } });
    await api("PATCH", `${e}/ep2`, { body: { eventTypes: ["e.one"] } });
    await api("DELETE", `${e}/ep2`);
    await api("GET", `${e}/ep/secret`);
    await api("POST", `${e}/ep/secret/rotate`, { body: {} });
    await api("GET", `${e}/ep/headers`);
    await api("PUT", `${e}/ep/headers`, { body: { headers: { "x-a": "1" } } });
    await api("PATCH", `${e}/ep/headers`, { body: { headers: { "x-a": null } } });
    const msg = (
      await api("POST", "/api/v1/app/a/msg", { body: { eventType: "e.one", payload: {}, uid: "m" } })
    ).body.id;
    await h.mock.settle();
    await api("GET", `${e}/ep/stats`);
    await api("POST", `${e}/ep/recover`, { body: { since: "2000-01-01T00:00:00Z" } });
    await api("POST", `${e}/ep/replay-missing`, {
      body: { since: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z" },
    });
    await api("POST", `${e}/ep/send-example`, { body: { eventType: "e.one" } });
    await api("GET", "/api/v1/app/a/msg?with_content=false");
    await api("GET", "/api/v1/app/a/msg/m");
    await api("POST", `/api/v1/app/a/msg/${msg}/endpoint/ep/resend`);
    await h.mock.settle();
    const attempts = await api("GET", `/api/v1/app/a/attempt/endpoint/ep?status=failed`);
    const attemptId = attempts.body.data[0].id;
    await api("GET", `/api/v1/app/a/attempt/msg/m?endpoint_id=ep`);
    await api("GET", `/api/v1/app/a/msg/m/attempt/${attemptId}`);
    await api("DELETE", `/api/v1/app/a/msg/m/attempt/${attemptId}/content`);
    await api("GET", `${e}/ep/msg?with_content=false`);
    await api("GET", "/api/v1/app/a/msg/m/endpoint");
    await api("DELETE", "/api/v1/app/a/msg/m/content");
    await api("DELETE", `${e}/ep`);
    await api("DELETE", "/api/v1/event-type/e.one");
    // Error shapes: 400, 401, 404, 413 and 422 are checked by the harness as they come.
    await api("POST", "/api/v1/app", { rawBody: "{" });
    await api("GET", "/api/v1/app", { token: "wrong" });
    await api("GET", "/api/v1/app/nope");
    await api("POST", "/api/v1/app/a/msg", { rawBody: "x".repeat(1024 * 1024 + 1) });
    await api("GET", "/api/v1/app?limit=0");
    h.mock.faults.inject({ operation: "application.list", kind: "rateLimit", times: 1 });
    await api("GET", "/api/v1/app");
    h.mock.faults.inject({ operation: "application.list", kind: "serverError", times: 1 });
    await api("GET", "/api/v1/app");

    expect([...checkedResponses.keys()].sort()).toEqual([...specOperationIds].sort());
    expect([...(checkedResponses.get("application.list") ?? [])].sort()).toEqual([200, 401, 422, 429, 500]);
  });
});
