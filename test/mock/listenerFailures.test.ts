// The node:http listener survives failures: throwing callbacks and routers never end the host process.
import { request as httpRequest } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DROP_CONNECTION, json, type MockResponse } from "../../src/mock/exchange.js";
import { createMockServer, type MockServer } from "../../src/mock/index.js";
import { type MockListener, startListener } from "../../src/mock/listener.js";
import type { Router } from "../../src/mock/router.js";
import { type Receiver, startReceiver } from "./helpers.js";

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const cleanups: (() => Promise<void>)[] = [];

beforeEach(() => {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
});

afterEach(async () => {
  process.off("unhandledRejection", onUnhandled);
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function listen(router: Router): Promise<MockListener> {
  const listener = await startListener(router);
  cleanups.push(() => listener.close());
  return listener;
}

async function mockWith(
  options: Parameters<typeof createMockServer>[0],
): Promise<{ mock: MockServer; url: string }> {
  const mock = createMockServer(options);
  const { url } = await mock.listen();
  cleanups.push(() => mock.close());
  return { mock, url };
}

describe("throwing user callbacks", () => {
  it("ignores an onRequest callback that throws", async () => {
    const { url } = await mockWith({
      onRequest: () => {
        throw new Error("logger broke");
      },
    });
    const res = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(unhandled).toEqual([]);
  });

  it("keeps delivering when an onDelivery callback throws", async () => {
    const receiver: Receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    const { mock, url } = await mockWith({
      onDelivery: () => {
        throw new Error("logger broke");
      },
    });
    const auth = { authorization: `Bearer ${mock.token}`, "content-type": "application/json" };
    const post = (path: string, body: unknown) =>
      fetch(`${url}${path}`, { method: "POST", headers: auth, body: JSON.stringify(body) });
    await post("/api/v1/app", { name: "App", uid: "app" });
    await post("/api/v1/app/app/endpoint", { url: receiver.url });
    await post("/api/v1/app/app/msg", { eventType: "a", payload: { n: 1 } });
    await mock.settle();
    await post("/api/v1/app/app/msg", { eventType: "a", payload: { n: 2 } });
    await mock.settle();
    expect(receiver.received.map((r) => r.body)).toEqual(['{"n":1}', '{"n":2}']);
    expect(unhandled).toEqual([]);
  });
});

describe("unexpected router failures", () => {
  it("answer 500 internal_error with a request ID when the router throws", async () => {
    const listener = await listen(async () => {
      throw new Error("boom");
    });
    const res = await fetch(`${listener.url}/x`, {
      headers: { "x-request-id": "req-1" },
      signal: AbortSignal.timeout(5_000),
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("x-request-id")).toBe("req-1");
    expect(await res.json()).toEqual({ code: "internal_error", detail: expect.any(String) });
    expect(unhandled).toEqual([]);
  });

  it("answer 500 when writing the response head throws", async () => {
    const bad: MockResponse = { status: 200, headers: { "x-bad": "line\nbreak" }, body: "{}" };
    const listener = await listen(async () => bad);
    const res = await fetch(`${listener.url}/x`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(500);
    expect(unhandled).toEqual([]);
  });
});

describe("hung requests", () => {
  it("abort at once when the client left before the router asked for the signal", async () => {
    let release: () => void = () => undefined;
    const clientGone = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    let sawAbort: () => void = () => undefined;
    const aborted = new Promise<void>((resolve) => {
      sawAbort = resolve;
    });
    const listener = await listen(async (request) => {
      if (request.path === "/ping") return json(200, {});
      arrive();
      await clientGone;
      const { signal } = request;
      if (!signal) return json(500, {});
      await new Promise<void>((resolve) => {
        if (signal.aborted) resolve();
        signal.addEventListener("abort", () => resolve());
      });
      sawAbort();
      return DROP_CONNECTION;
    });
    const req = httpRequest(`${listener.url}/x`);
    const closed = new Promise<void>((resolve) => req.on("close", () => resolve()));
    req.on("error", () => undefined);
    req.end();
    await arrived;
    req.destroy();
    await closed;
    // A whole exchange on a fresh connection: by its answer this process has read the first
    // connection's end, so the router asks for the signal only after the client left.
    expect((await fetch(`${listener.url}/ping`)).status).toBe(200);
    release();
    // Without the abort the router would hang on and the test time out.
    await aborted;
  });
});
