import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IdempotencyCache, requestFingerprint } from "../../src/mock/idempotency.js";
import { VirtualClock } from "../../src/mock/index.js";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
let clock: VirtualClock;
beforeEach(async () => {
  clock = new VirtualClock();
  h = await startMock({ clock, tokens: { tk_a: "a", tk_b: "b" } });
});
afterEach(() => h.close());

const create = (key: string, name = "App", token = "tk_a") =>
  h.api("POST", "/api/v1/app", { token, body: { name }, headers: { "idempotency-key": key } });

describe("idempotency", () => {
  it("replays the first response without doing the work again", async () => {
    const first = await create("k1");
    const again = await create("k1");
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(h.mock.snapshot("a").applications).toHaveLength(1);
  });

  it("replays a 4xx answer too", async () => {
    const bad = await h.api("POST", "/api/v1/app", {
      token: "tk_a",
      body: {},
      headers: { "idempotency-key": "k" },
    });
    const again = await h.api("POST", "/api/v1/app", {
      token: "tk_a",
      body: {},
      headers: { "idempotency-key": "k" },
    });
    expect([bad.status, again.status]).toEqual([422, 422]);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("422s the same key on a different body or path", async () => {
    await create("k2", "One");
    const other = await create("k2", "Two");
    expect(other.status).toBe(422);
    expect(other.body.detail).toEqual([
      {
        loc: ["header", "idempotency-key"],
        msg: "This idempotency key was used for a different request.",
        type: "idempotency_key_reuse",
      },
    ]);
    const path = await h.api("POST", "/api/v1/event-type", {
      token: "tk_a",
      body: { name: "One" },
      headers: { "idempotency-key": "k2" },
    });
    expect(path.status).toBe(422);
    expect(h.mock.snapshot("a").applications).toHaveLength(1);
  });

  it("keeps keys per environment", async () => {
    const a = await create("shared", "App", "tk_a");
    const b = await create("shared", "App", "tk_b");
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it("forgets keys after 24 hours", async () => {
    const first = await create("k3");
    await clock.advance(24 * 3_600_000 + 1);
    const later = await create("k3");
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });

  it("does not keep a 5xx or 429: the retry does the work", async () => {
    h.mock.faults.inject({ operation: "application.create", kind: "serverError", times: 1 });
    h.mock.faults.inject({ operation: "application.create", kind: "rateLimit", times: 1 });
    expect((await create("k4")).status).toBe(500);
    expect((await create("k4")).status).toBe(429);
    const third = await create("k4");
    expect(third.status).toBe(201);
    expect(third.headers.get("idempotent-replayed")).toBeNull();
  });

  it("409s a repeat while the first is in flight, then runs it once the first is gone", async () => {
    // The mock logs a request once it is over, its key released: that is when to repeat it.
    let hangOver: () => void = () => {};
    const over = new Promise<void>((resolve) => (hangOver = resolve));
    await h.close();
    h = await startMock({
      clock,
      tokens: { tk_a: "a" },
      onRequest: (entry) => entry.status === 0 && hangOver(),
    });
    h.mock.faults.inject({ operation: "application.create", kind: "hang", times: 1 });
    const abort = new AbortController();
    const hanging = fetch(`${h.url}/api/v1/app`, {
      method: "POST",
      headers: { authorization: "Bearer tk_a", "content-type": "application/json", "idempotency-key": "k5" },
      body: JSON.stringify({ name: "App" }),
      signal: abort.signal,
    }).catch((error: unknown) => error);
    let repeat = await create("k5");
    for (let i = 0; i < 50 && repeat.status !== 409; i++) repeat = await create("k5");
    expect(repeat.status).toBe(409);
    expect(repeat.body).toEqual({
      code: "idempotency_in_flight",
      detail: "A request with this idempotency key is still in progress.",
    });
    abort.abort();
    expect(await hanging).toBeInstanceOf(Error);
    await over;
    repeat = await create("k5");
    expect(repeat.status).toBe(201);
    expect(h.mock.snapshot("a").applications).toHaveLength(1);
  });

  it("422s an over-long key", async () => {
    const res = await create("k".repeat(257));
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["header", "idempotency-key"]);
  });
});

describe("IdempotencyCache", () => {
  const response = { status: 201, headers: {}, body: "{}" };

  it("treats a key as expired from its expiry instant on: replayed before, run afresh then", () => {
    let now = 0;
    const cache = new IdempotencyCache(() => now, 1000, 10);
    cache.begin("a", "f");
    cache.complete("a", response);
    now = 999;
    expect(cache.begin("a", "f")).toEqual({ kind: "replay", response });
    now = 1000;
    expect(cache.begin("a", "f")).toEqual({ kind: "proceed" });
  });

  it("prunes an expired key when another is claimed, even with room to spare", () => {
    let now = 0;
    const cache = new IdempotencyCache(() => now, 1000, 10);
    cache.begin("old", "f");
    cache.complete("old", response);
    now = 1000;
    cache.begin("new", "f");
    expect(cache.size).toBe(1);
  });

  it("ignores completing or abandoning a key it does not hold, and never abandons a completed one", () => {
    const cache = new IdempotencyCache(() => 0, 1000, 10);
    expect(() => cache.complete("unknown", response)).not.toThrow();
    expect(() => cache.abandon("unknown")).not.toThrow();
    cache.begin("done", "f");
    cache.complete("done", response);
    cache.abandon("done");
    expect(cache.begin("done", "f")).toEqual({ kind: "replay", response });
    cache.begin("running", "f");
    cache.abandon("running");
    expect(cache.begin("running", "f")).toEqual({ kind: "proceed" });
  });

  it("fingerprints a request without a body as one with an empty body", () => {
    expect(requestFingerprint("POST", "/a", undefined)).toBe(requestFingerprint("POST", "/a", ""));
    expect(requestFingerprint("POST", "/a", "x")).not.toBe(requestFingerprint("POST", "/a", ""));
  });

  it("forgets the oldest keys beyond its size", () => {
    const cache = new IdempotencyCache(() => 0, 1000, 2);
    const response = { status: 201, headers: {}, body: "{}" };
    for (const key of ["a", "b", "c"]) {
      expect(cache.begin(key, "f")).toEqual({ kind: "proceed" });
      cache.complete(key, response);
    }
    expect(cache.size).toBe(2);
    expect(cache.begin("a", "f")).toEqual({ kind: "proceed" });
    expect(cache.begin("c", "f")).toEqual({ kind: "replay", response });
  });

  it("never forgets a key whose request is still running, even when full", () => {
    const cache = new IdempotencyCache(() => 0, 1000, 2);
    const response = { status: 201, headers: {}, body: "{}" };
    expect(cache.begin("running", "f")).toEqual({ kind: "proceed" });
    for (const key of ["b", "c", "d"]) {
      expect(cache.begin(key, "f")).toEqual({ kind: "proceed" });
      cache.complete(key, response);
    }
    expect(cache.begin("running", "f")).toEqual({ kind: "in_flight" });
    expect(cache.begin("b", "f")).toEqual({ kind: "proceed" });
    expect(cache.size).toBeLessThanOrEqual(3);
  });

  it("never forgets a key whose request is still running, even past its TTL", () => {
    let now = 0;
    const cache = new IdempotencyCache(() => now, 1000, 10);
    expect(cache.begin("slow", "f")).toEqual({ kind: "proceed" });
    now = 5_000;
    expect(cache.begin("slow", "f")).toEqual({ kind: "in_flight" });
    cache.complete("slow", { status: 201, headers: {}, body: "{}" });
    // Completed after its TTL: nothing left to replay, a new request runs.
    expect(cache.begin("slow", "f")).toEqual({ kind: "proceed" });
  });
});
