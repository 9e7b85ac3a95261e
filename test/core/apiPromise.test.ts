import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { APIPromise, BadRequestError, Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const MESSAGE = {
  id: "msg_1",
  uid: null,
  eventType: "a.b",
  channels: null,
  timestamp: "2026-01-01T00:00:00Z",
};

describe("APIPromise", () => {
  it("awaits to the body, and withResponse() adds the status, headers and the server's request ID", async () => {
    server.use(
      http.post(`${BASE}/api/v1/app/app_1/msg`, () =>
        HttpResponse.json(MESSAGE, {
          status: 201,
          headers: { "x-request-id": "req_server", "x-extra": "1" },
        }),
      ),
    );
    const call = octohooks.message.create("app_1", { eventType: "a.b", payload: {} });
    expect(call).toBeInstanceOf(APIPromise);
    const result = await call.withResponse();
    expect(result.data).toEqual(MESSAGE);
    expect(result.requestId).toBe("req_server");
    expect(result.idempotencyReplayed).toBe(false);
    expect(result.response.status).toBe(201);
    expect(result.response.headers.get("x-extra")).toBe("1");
    // The same call awaited gives the body alone, from the one request.
    await expect(call).resolves.toEqual(MESSAGE);
  });

  it("idempotencyReplayed is true when the server says it replayed the first response", async () => {
    server.use(
      http.post(`${BASE}/api/v1/app/app_1/msg`, () =>
        HttpResponse.json(MESSAGE, { headers: { "idempotent-replayed": "true" } }),
      ),
    );
    const { idempotencyReplayed } = await octohooks.message
      .create("app_1", { eventType: "a.b", payload: {} }, { idempotencyKey: "k" })
      .withResponse();
    expect(idempotencyReplayed).toBe(true);
  });

  it("falls back to the request ID it sent when the server sends none", async () => {
    let sent: string | null = null;
    server.use(
      http.get(`${BASE}/api/v1/health`, ({ request }) => {
        sent = request.headers.get("x-request-id");
        return HttpResponse.json({ status: "ok" });
      }),
    );
    const { requestId } = await octohooks.health.get().withResponse();
    expect(requestId).toBe(sent);
    expect(requestId).toMatch(/^req_/);
  });

  it("rejects withResponse() and the body alike, and works with catch and finally", async () => {
    server.use(
      http.get(`${BASE}/api/v1/health`, () => HttpResponse.json({ code: "x", detail: "" }, { status: 400 })),
    );
    const call = octohooks.health.get();
    await expect(call.withResponse()).rejects.toThrow(BadRequestError);
    await expect(call.catch((e) => e.status)).resolves.toBe(400);
    let ran = false;
    await expect(call.finally(() => (ran = true))).rejects.toThrow(BadRequestError);
    expect(ran).toBe(true);
  });

  it("resolves to the body through then without a handler, catch and finally, and names itself", async () => {
    server.use(http.get(`${BASE}/api/v1/health`, () => HttpResponse.json({ status: "ok" })));
    const call = octohooks.health.get();
    expect(Object.prototype.toString.call(call)).toBe("[object APIPromise]");
    await expect(call.then(undefined, () => "rejected")).resolves.toEqual({ status: "ok" });
    await expect(octohooks.health.get().then(null)).resolves.toEqual({ status: "ok" });
    await expect(octohooks.health.get().catch(() => "rejected")).resolves.toEqual({ status: "ok" });
    await expect(octohooks.health.get().finally(() => undefined)).resolves.toEqual({ status: "ok" });
  });
});
