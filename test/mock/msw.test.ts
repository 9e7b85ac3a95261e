import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, VirtualClock } from "../../src/mock/index.js";
import { mswHandlers } from "../../src/mock/msw.js";
import { until } from "../helpers/loopbackServer.js";
import { type Receiver, readChecked, startReceiver } from "./helpers.js";

const mock = createMockServer({ clock: new VirtualClock() });
const prefixed = createMockServer({ baseUrl: "http://octo.test/base/" });
const server = setupServer(...mswHandlers(mock), ...mswHandlers(prefixed));
let receiver: Receiver;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "bypass" });
  receiver = await startReceiver();
});
afterEach(() => {
  mock.faults.clear();
  server.resetHandlers();
});
afterAll(async () => {
  server.close();
  await Promise.all([mock.close(), prefixed.close(), receiver.close()]);
});

async function call(method: string, path: string, body?: unknown, base = mock.url, token = mock.token) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readChecked(method, path, response);
}

describe("msw handlers (in process)", () => {
  it("serves the API at the default base URL", () => {
    expect(mock.url).toBe("https://api.octohooks.com");
  });

  it("creates an app, an endpoint and a message that is delivered and signed", async () => {
    const app = await call("POST", "/api/v1/app", { name: "App" });
    expect(app.status).toBe(201);
    const ep = await call("POST", `/api/v1/app/${app.body.id}/endpoint`, { url: receiver.url });
    const msg = await call("POST", `/api/v1/app/${app.body.id}/msg`, { eventType: "a", payload: { x: 1 } });
    expect(msg.status).toBe(202);
    await mock.settle();
    const secret = (await call("GET", `/api/v1/app/${app.body.id}/endpoint/${ep.body.id}/secret`)).body.key;
    const [delivery] = receiver.received;
    expect(
      new StandardWebhook(secret).verify(delivery?.body ?? "", delivery?.headers as Record<string, string>),
    ).toEqual({ x: 1 });
  });

  it("delivers through msw: a handler can stand in for the customer's endpoint", async () => {
    const got: { id: string | null; body: unknown }[] = [];
    server.use(
      http.post("https://customer.example/webhooks", async ({ request }) => {
        got.push({ id: request.headers.get("webhook-id"), body: await request.json() });
        return new HttpResponse("thanks", { status: 200 });
      }),
    );
    const app = await call("POST", "/api/v1/app", { name: "Customer" });
    await call("POST", `/api/v1/app/${app.body.id}/endpoint`, { url: "https://customer.example/webhooks" });
    const msg = await call("POST", `/api/v1/app/${app.body.id}/msg`, { eventType: "a", payload: { y: 2 } });
    await mock.settle();
    expect(got).toEqual([{ id: msg.body.id, body: { y: 2 } }]);
    const [attempt] = (await call("GET", `/api/v1/app/${app.body.id}/attempt/msg/${msg.body.id}`)).body.data;
    expect(attempt).toMatchObject({ status: "success", response: "thanks" });
  });

  it("turns a dropped connection into a network error, after the work", async () => {
    mock.faults.inject({ operation: "application.create", kind: "drop", times: 1 });
    await expect(call("POST", "/api/v1/app", { name: "dropped" })).rejects.toThrow(TypeError);
    expect(mock.snapshot().applications.map((a) => a.name)).toContain("dropped");
  });

  it("hangs until the client aborts", async () => {
    mock.faults.inject({ operation: "health.get", kind: "hang", times: 1 });
    const controller = new AbortController();
    const pending = fetch(`${mock.url}/api/v1/health`, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    await until(() => mock.faults.hanging === 1);
    controller.abort();
    expect(await pending).toBeInstanceOf(Error);
    await until(() => mock.faults.hanging === 0);
    expect((await call("GET", "/api/v1/health")).status).toBe(200);
  });

  it("honours a base URL with a path", async () => {
    expect(prefixed.url).toBe("http://octo.test/base");
    const res = await fetch(`${prefixed.url}/api/v1/app`, {
      headers: { authorization: `Bearer ${prefixed.token}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: [], done: true });
  });
});
