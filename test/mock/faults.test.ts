import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compilePathPattern, FaultInjector } from "../../src/mock/faults.js";
import { until } from "../helpers/loopbackServer.js";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
beforeEach(async () => {
  h = await startMock();
});
afterEach(() => h.close());

const createApp = (name = "App") => h.api("POST", "/api/v1/app", { body: { name } });

describe("fault injection over HTTP", () => {
  it("answers a chosen 5xx before doing the work, the given number of times", async () => {
    h.mock.faults.inject({ operation: "application.create", kind: "serverError", status: 500, times: 2 });
    expect((await createApp()).status).toBe(500);
    const second = await createApp();
    expect(second.body).toEqual({ code: "internal_error", detail: expect.any(String) });
    expect((await createApp()).status).toBe(201);
    expect(h.mock.snapshot().applications).toHaveLength(1);
    expect(h.mock.faults.stats()).toMatchObject({ serverError: 2, total: 2 });
  });

  it("answers 429 with Retry-After", async () => {
    h.mock.faults.inject({
      method: "GET",
      path: "/api/v1/app",
      kind: "rateLimit",
      retryAfterSeconds: 3,
      times: 1,
    });
    const limited = await h.api("GET", "/api/v1/app");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect(limited.body.code).toBe("rate_limited");
    expect((await h.api("GET", "/api/v1/app")).status).toBe(200);
  });

  it("hangs until the client gives up, doing nothing", async () => {
    h.mock.faults.inject({ operation: "application.create", kind: "hang", times: 1 });
    const controller = new AbortController();
    const pending = fetch(`${h.url}/api/v1/app`, {
      method: "POST",
      headers: { authorization: `Bearer ${h.mock.token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "x" }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    // Give up only once the mock holds the request, however slowly it got there.
    await until(() => h.mock.faults.hanging === 1);
    controller.abort();
    expect(await pending).toBeInstanceOf(Error);
    await until(() => h.mock.faults.hanging === 0);
    expect(h.mock.snapshot().applications).toHaveLength(0);
    expect(h.mock.faults.stats().hang).toBe(1);
  });

  it("ends hanging requests when the mock closes", async () => {
    h.mock.faults.inject({ path: "/api/v1/health", kind: "hang" });
    const pending = fetch(`${h.url}/api/v1/health`).catch((error: unknown) => error);
    await until(() => h.mock.faults.stats().hang === 1);
    await h.mock.close();
    expect(await pending).toBeInstanceOf(Error);
  });

  it("drops the connection after doing the work", async () => {
    h.mock.faults.inject({ operation: "application.create", kind: "drop", times: 1 });
    const failure = await createApp("kept").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(h.mock.snapshot().applications.map((a) => a.name)).toEqual(["kept"]);
    expect(h.mock.faults.stats().drop).toBe(1);
  });

  it("lets a keyed retry after a dropped connection replay the work done", async () => {
    h.mock.faults.inject({ operation: "application.create", kind: "drop", times: 1 });
    const call = () =>
      h.api("POST", "/api/v1/app", { body: { name: "once" }, headers: { "idempotency-key": "k" } });
    expect(await call().catch((error: unknown) => error)).toBeInstanceOf(TypeError);
    const retry = await call();
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(h.mock.snapshot().applications).toHaveLength(1);
  });

  it("removes a fault on demand", async () => {
    const fault = h.mock.faults.inject({ operation: "health.get", kind: "serverError" });
    expect((await h.api("GET", "/api/v1/health")).status).toBe(500);
    fault.remove();
    expect(fault).toMatchObject({ active: false, hits: 1 });
    expect((await h.api("GET", "/api/v1/health")).status).toBe(200);
  });
});

describe("FaultInjector", () => {
  const target = { method: "GET", path: "/api/v1/app", operationId: "application.list" };

  it("repeats a probabilistic run exactly under the same seed", () => {
    const run = (seed: number) => {
      const faults = new FaultInjector(seed);
      faults.inject({ kind: "serverError", probability: 0.3 });
      return Array.from({ length: 200 }, () => faults.pick(target) !== undefined);
    };
    const first = run(42);
    expect(run(42)).toEqual(first);
    const hits = first.filter(Boolean).length;
    expect(hits).toBeGreaterThan(30);
    expect(hits).toBeLessThan(90);
  });

  it("matches method, path pattern and operation together", () => {
    const faults = new FaultInjector(1);
    faults.inject({ kind: "drop", method: "post", path: "/api/v1/app/{app_id}/msg" });
    expect(
      faults.pick({ method: "POST", path: "/api/v1/app/a1/msg", operationId: "message.create" })?.kind,
    ).toBe("drop");
    expect(
      faults.pick({ method: "GET", path: "/api/v1/app/a1/msg", operationId: "message.list" }),
    ).toBeUndefined();
    expect(
      faults.pick({ method: "POST", path: "/api/v1/app/a1/endpoint", operationId: "endpoint.create" }),
    ).toBeUndefined();
    expect(compilePathPattern("/api/v1/**").test("/api/v1/app/x/msg")).toBe(true);
    expect(compilePathPattern("/api/v1/*").test("/api/v1/app/x")).toBe(false);
  });

  it("rejects nonsense specs", () => {
    const faults = new FaultInjector(1);
    expect(() => faults.inject({ kind: "serverError", status: 404 })).toThrow(RangeError);
    expect(() => faults.inject({ kind: "drop", probability: 2 })).toThrow(RangeError);
    expect(() => faults.inject({ kind: "drop", times: 0 })).toThrow(RangeError);
    expect(() => faults.inject({ kind: "explode" as never })).toThrow(TypeError);
  });
});
