import { getEventListeners } from "node:events";
import { delay, HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidArgumentError,
  type LogRecord,
  NotFoundError,
  Octohooks,
  type OctohooksOptions,
  PermissionDeniedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  VERSION,
} from "../../src/index.js";
import { BASE, recorder, useMswServer } from "../helpers/mswServer.js";
import { MSG } from "../helpers/transportFixtures.js";

const TOKEN = "sk_test_SUPERSECRET_token_value";
const server = useMswServer();
const fast = { baseDelayMs: 1, maxDelayMs: 2 };
const APP = {
  id: "app_1",
  uid: null,
  name: "A",
  rateLimit: null,
  metadata: {},
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};

/**
 * The two ways the client sends: node:http, its default on Node, and fetch (looked up at each call,
 * since msw patches the global after this module loads). msw intercepts both. Stalls and resets on
 * real sockets, on both paths too, are in transport.wire.test.ts.
 */
const PATHS: Array<[string, OctohooksOptions]> = [
  ["node:http", {}],
  ["fetch", { fetch: (input, init) => globalThis.fetch(input, init) }],
];
let pathOptions: OctohooksOptions = {};

/** Declares a group of tests once per path, each building its clients with {@link client}. */
function describeOnBothPaths(name: string, tests: () => void): void {
  describe.each(PATHS)(`${name}, over %s`, (_path, options) => {
    beforeEach(() => {
      pathOptions = options;
    });
    tests();
  });
}

function client(options: OctohooksOptions = {}) {
  return new Octohooks(TOKEN, { serverUrl: BASE, retryPolicy: fast, ...pathOptions, ...options });
}

/** A handler that answers the given responses in turn (the last one repeats). */
function sequence(
  method: "get" | "post",
  path: string,
  responses: Array<() => Response | Promise<Response>>,
) {
  const rec = recorder();
  let i = 0;
  server.use(
    http[method](`${BASE}${path}`, ({ request }) => {
      rec.record(request);
      const next = responses[Math.min(i++, responses.length - 1)] as () => Response;
      return next();
    }),
  );
  return rec;
}

const ok =
  (body: object, status = 200) =>
  () =>
    HttpResponse.json(body, { status });
const fail =
  (status: number, body: object = { code: "x", detail: "failed" }, headers?: Record<string, string>) =>
  () =>
    HttpResponse.json(body, { status, headers });

/** Answers DELETE /api/v1/app/app_1 with the given responses in turn. */
function deleteSequence(responses: Array<() => Response>) {
  const rec = recorder();
  let i = 0;
  server.use(
    http.delete(`${BASE}/api/v1/app/app_1`, ({ request }) => {
      rec.record(request);
      return (responses[Math.min(i++, responses.length - 1)] as () => Response)();
    }),
  );
  return rec;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describeOnBothPaths("headers", () => {
  it("sends auth, user agent, accept and a request id; an idempotency key only on POST", async () => {
    const get = sequence("get", "/api/v1/app/app_1", [ok(APP)]);
    const post = sequence("post", "/api/v1/app/app_1/msg", [ok(MSG, 202)]);
    const octohooks = client({ headers: { "x-extra": "yes" } });
    await octohooks.application.get("app_1");
    await octohooks.message.create("app_1", { eventType: "a.b", payload: {} });
    const [g] = get.requests;
    const [p] = post.requests;
    expect(g?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(g?.headers.get("user-agent")).toBe(`octohooks-typescript/${VERSION}`);
    expect(g?.headers.get("accept")).toBe("application/json");
    expect(g?.headers.get("x-extra")).toBe("yes");
    expect(g?.headers.get("x-request-id")).toMatch(/^req_[0-9a-f-]{36}$/);
    expect(g?.headers.get("idempotency-key")).toBeNull();
    expect(p?.headers.get("idempotency-key")).toMatch(/^auto_[0-9a-f-]{36}$/);
    expect(p?.headers.get("content-type")).toBe("application/json");
    expect(await p?.json()).toEqual({ eventType: "a.b", payload: {} });
  });

  it("uses the caller's idempotency key and headers, and a fresh key per call", async () => {
    const post = sequence("post", "/api/v1/app/app_1/msg", [ok(MSG, 202)]);
    const octohooks = client();
    await octohooks.message.create(
      "app_1",
      { eventType: "a.b", payload: {} },
      {
        idempotencyKey: "mine-1",
        headers: { "x-trace": "t1" },
      },
    );
    await octohooks.message.create("app_1", { eventType: "a.b", payload: {} });
    await octohooks.message.create("app_1", { eventType: "a.b", payload: {} });
    const keys = post.requests.map((r) => r.headers.get("idempotency-key"));
    expect(keys[0]).toBe("mine-1");
    expect(post.requests[0]?.headers.get("x-trace")).toBe("t1");
    expect(new Set(keys).size).toBe(3);
  });

  it.each(["Transfer-Encoding", "connection", "host", "content-length", "upgrade", "keep-alive", "expect"])(
    "refuses the connection-level header %s before sending anything",
    async (name) => {
      const post = sequence("post", "/api/v1/app/app_1/msg", [ok(MSG, 202)]);
      const call = client().message.create(
        "app_1",
        { eventType: "a.b", payload: {} },
        {
          headers: { [name]: "x" },
        },
      );
      await expect(call).rejects.toBeInstanceOf(InvalidArgumentError);
      expect(post.requests).toHaveLength(0);
    },
  );

  it("refuses a header value with CR/LF before sending anything", async () => {
    const post = sequence("post", "/api/v1/app/app_1/msg", [ok(MSG, 202)]);
    const call = client().message.create(
      "app_1",
      { eventType: "a.b", payload: {} },
      {
        headers: { "x-bad": "a\r\nInjected: yes" },
      },
    );
    await expect(call).rejects.toThrow(/header "x-bad" has an invalid name or value/);
    await expect(call).rejects.not.toThrow(/Injected/);
    expect(post.requests).toHaveLength(0);
  });
});

describeOnBothPaths("retries", () => {
  it("keeps the idempotency key and request id on every retry and counts retries", async () => {
    const rec = sequence("post", "/api/v1/app/app_1/msg", [fail(503), fail(502), ok(MSG, 202)]);
    await expect(client().message.create("app_1", { eventType: "a.b", payload: {} })).resolves.toEqual(MSG);
    expect(rec.requests).toHaveLength(3);
    const keys = new Set(rec.requests.map((r) => r.headers.get("idempotency-key")));
    const ids = new Set(rec.requests.map((r) => r.headers.get("x-request-id")));
    expect(keys.size).toBe(1);
    expect(ids.size).toBe(1);
    expect(rec.requests.map((r) => r.headers.get("octohooks-retry-count"))).toEqual([null, "1", "2"]);
  });

  const retryable: Array<[string, () => Response]> = [
    ["408", fail(408)],
    ["409 idempotency_in_flight", fail(409, { code: "idempotency_in_flight", detail: "in flight" })],
    ["429", fail(429, { code: "rate_limited", detail: "slow down" }, { "retry-after": "0" })],
    ["500", fail(500)],
    ["502", fail(502)],
    ["503", fail(503)],
    ["504", fail(504)],
    ["a dropped connection", () => HttpResponse.error()],
    ["a non-JSON 502 page", () => new HttpResponse("<html>Bad gateway</html>", { status: 502 })],
  ];
  it.each(retryable)("retries %s", async (_name, failure) => {
    const rec = sequence("get", "/api/v1/app/app_1", [failure, ok(APP)]);
    await expect(client().application.get("app_1")).resolves.toEqual(APP);
    expect(rec.requests).toHaveLength(2);
  });

  const final: Array<[string, number, object, new (...args: never[]) => Error]> = [
    ["400", 400, { code: "bad_request", detail: "bad" }, BadRequestError],
    ["401", 401, { code: "unauthorized", detail: "no" }, AuthenticationError],
    ["403", 403, { code: "forbidden", detail: "no" }, PermissionDeniedError],
    ["404", 404, { code: "not_found", detail: "no app" }, NotFoundError],
    ["409 conflict", 409, { code: "conflict", detail: "uid taken" }, ConflictError],
    ["422", 422, { detail: [{ loc: ["body", "name"], msg: "required", type: "missing" }] }, ValidationError],
  ];
  it.each(final)("does not retry %s", async (_name, status, body, Class) => {
    const rec = sequence("get", "/api/v1/app/app_1", [fail(status, body), ok(APP)]);
    await expect(client().application.get("app_1")).rejects.toBeInstanceOf(Class);
    expect(rec.requests).toHaveLength(1);
  });

  it("gives up after maxRetries and throws the last error", async () => {
    const rec = sequence("get", "/api/v1/app/app_1", [fail(500, { code: "internal_error", detail: "boom" })]);
    const error = await client({ maxRetries: 3 })
      .application.get("app_1")
      .catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.code).toBe("internal_error");
    expect(rec.requests).toHaveLength(4);
  });

  it("turns retries off per call with maxRetries: 0", async () => {
    const rec = sequence("get", "/api/v1/app/app_1", [fail(503), ok(APP)]);
    await expect(client().application.get("app_1", { maxRetries: 0 })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(rec.requests).toHaveLength(1);
  });

  it("honours Retry-After in seconds", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const rec = sequence("get", "/api/v1/app/app_1", [
      fail(429, { code: "rate_limited", detail: "" }, { "retry-after": "7" }),
      ok(APP),
    ]);
    const call = client().application.get("app_1");
    await vi.advanceTimersByTimeAsync(6_999);
    expect(rec.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2);
    await expect(call).resolves.toEqual(APP);
    expect(rec.requests).toHaveLength(2);
  });

  it("honours Retry-After as an HTTP date, and caps it at 60 s", async () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "Date"],
      now: new Date("2026-01-01T00:00:00Z"),
    });
    const later = new Date(Date.now() + 3_600_000).toUTCString();
    const rec = sequence("get", "/api/v1/app/app_1", [fail(503, {}, { "retry-after": later }), ok(APP)]);
    const call = client().application.get("app_1");
    await vi.advanceTimersByTimeAsync(59_999);
    expect(rec.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2);
    await expect(call).resolves.toEqual(APP);
  });

  it("times out each attempt, retries, then throws TimeoutError", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const rec = sequence("get", "/api/v1/app/app_1", [
      async () => {
        await delay("infinite");
        return HttpResponse.json(APP);
      },
    ]);
    const call = client({ timeout: 30, maxRetries: 1 })
      .application.get("app_1")
      .catch((e) => e);
    // 30 ms for the first attempt, a backoff of at most 0.5 s, 30 ms for the second.
    await vi.advanceTimersByTimeAsync(30 + 500 + 30);
    const error = await call;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(
      "GET /api/v1/app/app_1: no response from https://api.test.octohooks within 30 ms, after 2 attempts; check serverUrl (or OCTOHOOKS_SERVER_URL), or raise `timeout`",
    );
    expect(error.attempts).toBe(2);
    expect(rec.requests).toHaveLength(2);
  });
});

describeOnBothPaths("timeouts", () => {
  const hang = async () => {
    await delay("infinite");
    return HttpResponse.json(APP);
  };

  it("a per-call timeout overrides the client's", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    sequence("get", "/api/v1/app/app_1", [hang]);
    const call = client({ timeout: 10_000, maxRetries: 0 })
      .application.get("app_1", { timeout: 25 })
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(25);
    const error = await call;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain(
      "GET /api/v1/app/app_1: no response from https://api.test.octohooks within 25 ms",
    );
  });

  it("defaults to 15 s per attempt", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    sequence("get", "/api/v1/app/app_1", [hang]);
    const call = client({ maxRetries: 0 }).application.get("app_1");
    const settled = vi.fn();
    call.then(settled, settled);
    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).rejects.toThrow("within 15000 ms");
  });

  it('a connection failure names its cause, not only fetch\'s "fetch failed"', async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const octohooks = new Octohooks(TOKEN, {
      serverUrl: BASE,
      maxRetries: 0,
      fetch: async () => {
        throw new TypeError("fetch failed", { cause: refused });
      },
    });
    const error = await octohooks.application.get("app_1").catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(
      "GET /api/v1/app/app_1: could not connect to https://api.test.octohooks (fetch failed: ECONNREFUSED) after 1 attempt; check serverUrl (or OCTOHOOKS_SERVER_URL)",
    );
    expect(error.cause.cause).toBe(refused);
  });
});

describeOnBothPaths("abort", () => {
  it("stops at once during a request", async () => {
    const controller = new AbortController();
    const rec = sequence("get", "/api/v1/app/app_1", [
      async () => {
        controller.abort(); // the request has reached the server: the caller gives up now
        await delay("infinite");
        return HttpResponse.json(APP);
      },
    ]);
    const call = client().application.get("app_1", { signal: controller.signal });
    await expect(call).rejects.toBeInstanceOf(AbortError);
    expect(rec.requests).toHaveLength(1);
  });

  it("stops at once during a backoff wait and never retries", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const rec = sequence("get", "/api/v1/app/app_1", [fail(429, {}, { "retry-after": "30" }), ok(APP)]);
    const controller = new AbortController();
    const call = client().application.get("app_1", { signal: controller.signal });
    const settled = call.catch((e) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    const error = await settled;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toBe("GET /api/v1/app/app_1: aborted by the caller while waiting to retry");
    // The wait's timer went with it, and so did its listener on the caller's signal.
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(rec.requests).toHaveLength(1);
  });

  it("stops before the wait when the signal aborts between the attempt and the wait", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const rec = sequence("get", "/api/v1/app/app_1", [fail(429, {}, { "retry-after": "30" }), ok(APP)]);
    const controller = new AbortController();
    // The logger runs after the attempt and before the wait: the caller aborts right there.
    const call = client({ logger: () => controller.abort() }).application.get("app_1", {
      signal: controller.signal,
    });
    const error = await call.catch((e) => e);
    expect(error.message).toBe("GET /api/v1/app/app_1: aborted by the caller while waiting to retry");
    expect(vi.getTimerCount()).toBe(0);
    expect(rec.requests).toHaveLength(1);
  });

  it("rejects an already-aborted signal without sending", async () => {
    const rec = sequence("get", "/api/v1/app/app_1", [ok(APP)]);
    await expect(client().application.get("app_1", { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
    expect(rec.requests).toHaveLength(0);
  });
});

describeOnBothPaths("logger", () => {
  it("records an attempt the caller aborted, then stops", async () => {
    const controller = new AbortController();
    sequence("get", "/api/v1/app/app_1", [
      async () => {
        controller.abort();
        await delay("infinite");
        return HttpResponse.json(APP);
      },
    ]);
    const records: LogRecord[] = [];
    const call = client({ logger: (r) => records.push(r) }).application.get("app_1", {
      signal: controller.signal,
    });
    await expect(call).rejects.toBeInstanceOf(AbortError);
    expect(records).toHaveLength(1);
    expect(records[0]?.error).toMatch(/^AbortError: GET \/api\/v1\/app\/app_1: aborted by the caller$/);
    expect(records[0]?.retryInMs).toBeUndefined();
  });

  it("gets one record per attempt, with the retry count and request id, and never the token", async () => {
    sequence("post", "/api/v1/app/app_1/msg", [fail(500), ok(MSG, 202)]);
    const records: LogRecord[] = [];
    await client({ logger: (r) => records.push(r) }).message.create("app_1", {
      eventType: "a.b",
      payload: {},
    });
    expect(records.map((r) => [r.method, r.path, r.status, r.retryCount])).toEqual([
      ["POST", "/api/v1/app/app_1/msg", 500, 0],
      ["POST", "/api/v1/app/app_1/msg", 202, 1],
    ]);
    expect(records[0]?.requestId).toBe(records[1]?.requestId);
    expect(records[0]?.retryInMs).toBeGreaterThanOrEqual(0);
    expect(records[0]?.headers.authorization).toBe("[redacted]");
    expect(JSON.stringify(records)).not.toContain("SUPERSECRET");
  });

  it("survives a logger that throws", async () => {
    sequence("get", "/api/v1/app/app_1", [ok(APP)]);
    const octohooks = client({
      logger: () => {
        throw new Error("logger down");
      },
    });
    await expect(octohooks.application.get("app_1")).resolves.toEqual(APP);
  });
});

describeOnBothPaths("errors keep the token out", () => {
  it("in messages, stacks, toString and inspect of every failure", async () => {
    const { inspect } = await import("node:util");
    sequence("get", "/api/v1/app/app_1", [fail(401, { code: "unauthorized", detail: "bad token" })]);
    sequence("get", "/api/v1/app/app_2", [() => HttpResponse.error()]);
    const octohooks = client({ maxRetries: 0 });
    const errors = [
      await octohooks.application.get("app_1").catch((e) => e),
      await octohooks.application.get("app_2").catch((e) => e),
      await octohooks.application.get("").catch((e) => e),
    ];
    for (const error of errors) {
      for (const text of [
        error.message,
        error.stack,
        String(error),
        inspect(error, { depth: 5 }),
        JSON.stringify(error),
      ]) {
        expect(text).not.toContain("SUPERSECRET");
      }
    }
    expect(inspect(octohooks, { depth: 10 })).not.toContain("SUPERSECRET");
    expect(errors[0]).toBeInstanceOf(AuthenticationError);
    expect(errors[1]).toBeInstanceOf(ConnectionError);
    expect(errors[2]).toBeInstanceOf(InvalidArgumentError);
  });
});

describeOnBothPaths("the response body is part of the attempt", () => {
  const stalled = (first: string, end?: "error") => () =>
    new HttpResponse(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(first));
          if (end === "error") controller.error(new Error("connection reset mid-body"));
        },
      }),
      { status: 200, headers: { "content-type": "application/json" } },
    );

  it("retries a body cut mid-way with the same idempotency key: one message", async () => {
    const rec = sequence("post", "/api/v1/app/app_1/msg", [stalled('{"id":"msg_1"', "error"), ok(MSG, 202)]);
    await expect(client().message.create("app_1", { eventType: "a.b", payload: {} })).resolves.toEqual(MSG);
    expect(rec.requests).toHaveLength(2);
    expect(new Set(rec.requests.map((r) => r.headers.get("idempotency-key"))).size).toBe(1);
  });

  it("a 2xx that is not JSON is a typed error, not a SyntaxError, and is not retried", async () => {
    const rec = sequence("get", "/api/v1/app/app_1", [
      () => new HttpResponse("<html>hi</html>", { status: 200 }),
      ok(APP),
    ]);
    const error = await client()
      .application.get("app_1")
      .catch((e) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toBe("GET /api/v1/app/app_1: the 200 answer is not JSON");
    expect(rec.requests).toHaveLength(1);
  });

  it("leaves no timer behind once a call settles, answered or failed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    sequence("get", "/api/v1/app/app_1", [ok(APP), fail(404)]);
    await expect(client().application.get("app_1")).resolves.toEqual(APP);
    expect(vi.getTimerCount()).toBe(0);
    await expect(client().application.get("app_1")).rejects.toBeInstanceOf(NotFoundError);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describeOnBothPaths("idempotency and deletes", () => {
  it("a retried DELETE that finds nothing is a NotFoundError that says an earlier attempt's outcome is unknown", async () => {
    const rec = recorder();
    let calls = 0;
    server.use(
      http.delete(`${BASE}/api/v1/app/app_1`, ({ request }) => {
        rec.record(request);
        return calls++ === 0
          ? HttpResponse.error()
          : HttpResponse.json({ code: "not_found", detail: "" }, { status: 404 });
      }),
    );
    const error = await client()
      .application.delete("app_1")
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.earlierAttemptUnknown).toBe(true);
    expect(error.message).toContain("its outcome is unknown");
    expect(rec.requests).toHaveLength(2);
  });

  it("a DELETE of an ID that never existed never resolves, even after a 503 (the typo-app-id case)", async () => {
    const rec = deleteSequence([fail(503), fail(404, { code: "not_found", detail: "" })]);
    const error = await client()
      .application.delete("app_1")
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.earlierAttemptUnknown).toBe(true);
    expect(rec.requests).toHaveLength(2);
  });

  it("a DELETE's 404 on the first attempt says nothing is unknown", async () => {
    deleteSequence([fail(404, { code: "not_found", detail: "" })]);
    const error = await client()
      .application.delete("app_1")
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.earlierAttemptUnknown).toBe(false);
    expect(error.message).not.toContain("unknown");
  });

  it.each([
    [429, "rate_limited"],
    [408, "timeout"],
    [409, "idempotency_in_flight"],
  ])(
    "a DELETE retried after a %i that then finds nothing is a NotFoundError: the %s did nothing",
    async (status, code) => {
      const rec = deleteSequence([
        fail(status, { code, detail: "" }),
        fail(404, { code: "not_found", detail: "" }),
      ]);
      const error = await client()
        .application.delete("app_1")
        .catch((e) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      // The server said it did nothing: no outcome is unknown.
      expect(error.earlierAttemptUnknown).toBe(false);
      expect(rec.requests).toHaveLength(2);
    },
  );

  it("a DELETE retried after a 500 that then finds nothing says an earlier outcome is unknown", async () => {
    deleteSequence([fail(500), fail(404, { code: "not_found", detail: "" })]);
    const error = await client()
      .application.delete("app_1")
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.earlierAttemptUnknown).toBe(true);
  });

  it("a first DELETE that finds nothing is still a NotFoundError", async () => {
    sequence("get", "/api/v1/app/app_2", [ok(APP)]);
    server.use(
      http.delete(`${BASE}/api/v1/app/app_1`, () =>
        HttpResponse.json({ code: "not_found", detail: "" }, { status: 404 }),
      ),
    );
    await expect(client().application.delete("app_1")).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([[""], ["x".repeat(257)], ["a\nb"]])(
    "refuses the idempotency key %j before sending",
    async (key) => {
      const post = sequence("post", "/api/v1/app/app_1/msg", [ok(MSG, 202)]);
      const error = await client()
        .message.create("app_1", { eventType: "a.b", payload: {} }, { idempotencyKey: key })
        .catch((e) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(post.requests).toHaveLength(0);
    },
  );

  it("a key reused with another body surfaces code idempotency_key_reuse", async () => {
    const detail = [{ loc: ["header", "idempotency-key"], msg: "reused", type: "idempotency_key_reuse" }];
    sequence("post", "/api/v1/app/app_1/msg", [fail(422, { detail })]);
    const error = await client()
      .message.create("app_1", { eventType: "a.b", payload: {} })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe("idempotency_key_reuse");
  });
});

describeOnBothPaths("log records", () => {
  it("redact credential-like headers, not only authorization", async () => {
    sequence("get", "/api/v1/app/app_1", [ok(APP)]);
    const records: LogRecord[] = [];
    await client({
      logger: (r) => records.push(r),
      headers: {
        "x-api-key": "k1",
        cookie: "c=1",
        "x-trace": "t",
        "x-auth-key": "k2",
        "ocp-apim-subscription-key": "k3",
        "x-apikey": "k4",
      },
    }).application.get("app_1");
    expect(records[0]?.headers).toMatchObject({
      "x-api-key": "[redacted]",
      cookie: "[redacted]",
      "x-trace": "t",
      "x-auth-key": "[redacted]",
      "ocp-apim-subscription-key": "[redacted]",
      "x-apikey": "[redacted]",
    });
  });
});

describeOnBothPaths("edges of the exchange", () => {
  it("a 300 is an ApiError, not a success", async () => {
    sequence("get", "/api/v1/app/app_1", [ok({ code: "x", detail: "moved" }, 300)]);
    const error = await client({ maxRetries: 0 })
      .application.get("app_1")
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(300);
  });

  it("sends no content-type without a body, and takes an idempotency key of 256 characters", async () => {
    const get = sequence("get", "/api/v1/app/app_1", [ok(APP)]);
    await client().application.get("app_1");
    expect(get.requests[0]?.headers.get("content-type")).toBeNull();
    const post = sequence("post", "/api/v1/app", [ok(APP, 201)]);
    await client().application.create({ name: "A" }, { idempotencyKey: "k".repeat(256) });
    expect(post.requests[0]?.headers.get("idempotency-key")).toBe("k".repeat(256));
  });

  it("logs a duration in ms and an idempotency key only for POST calls", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: 1_000_000 });
    sequence("get", "/api/v1/app/app_1", [ok(APP)]);
    const records: LogRecord[] = [];
    await client({ logger: (r) => records.push(r) }).application.get("app_1");
    expect(records).toHaveLength(1);
    expect(records[0]?.durationMs).toBe(0);
    expect(records[0]).not.toHaveProperty("idempotencyKey");
    sequence("post", "/api/v1/app", [ok(APP, 201)]);
    await client({ logger: (r) => records.push(r) }).application.create(
      { name: "A" },
      { idempotencyKey: "k-1" },
    );
    expect(records[1]?.idempotencyKey).toBe("k-1");
  });

  it("logs no status for an attempt that got no answer, and no wait after the last attempt", async () => {
    const records: LogRecord[] = [];
    const octohooks = new Octohooks(TOKEN, {
      serverUrl: BASE,
      maxRetries: 0,
      logger: (r) => records.push(r),
      fetch: () => Promise.reject(new TypeError("fetch failed")),
    });
    await expect(octohooks.health.get()).rejects.toBeInstanceOf(ConnectionError);
    expect(records).toHaveLength(1);
    expect(Object.keys(records[0] ?? {})).not.toContain("status");
    expect(Object.keys(records[0] ?? {})).not.toContain("retryInMs");
  });

  it("never sends a content-type on a call without a body, even one a client sets for every call", async () => {
    const get = sequence("get", "/api/v1/app/app_1", [ok(APP)]);
    await client({ headers: { "Content-Type": "text/plain" } }).application.get("app_1");
    expect(get.requests[0]?.headers.get("content-type")).toBeNull();
  });

  it("answers a 204 with no body as undefined", async () => {
    server.use(http.delete(`${BASE}/api/v1/app/app_1`, () => new HttpResponse(null, { status: 204 })));
    await expect(client().application.delete("app_1")).resolves.toBeUndefined();
  });

  it("the backoff before the first retry is the first step of the policy, not a shorter one", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    // Full jitter drawn at its top: the first retry waits 0.99 of the 1 s base step.
    vi.spyOn(Math, "random").mockReturnValue(0.99);
    const rec = sequence("get", "/api/v1/app/app_1", [fail(503), ok(APP)]);
    const call = client({ retryPolicy: { baseDelayMs: 1_000, maxDelayMs: 60_000 } }).application.get("app_1");
    await vi.advanceTimersByTimeAsync(989);
    expect(rec.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(APP);
    expect(rec.requests).toHaveLength(2);
  });
});

describe("what the transport checks and says, through a given fetch", () => {
  /** A client over `answer`, recording the headers of each request. */
  function over(answer: () => Promise<Response>, options: OctohooksOptions = {}) {
    const sent: Array<Record<string, string>> = [];
    const octohooks = new Octohooks(TOKEN, {
      serverUrl: BASE,
      retryPolicy: fast,
      maxRetries: 0,
      ...options,
      fetch: async (_url, init = {}) => {
        sent.push(init.headers as Record<string, string>);
        return answer();
      },
    });
    return { octohooks, sent };
  }
  const created = async () => Response.json(MSG, { status: 202 });

  it("refuses a header value that is not a string, and shows a bad name's control characters as ?", async () => {
    const { octohooks, sent } = over(created);
    await expect(
      octohooks.message.create(
        "app_1",
        { eventType: "a.b", payload: {} },
        {
          headers: { "x-n": 5 as unknown as string },
        },
      ),
    ).rejects.toThrow(new InvalidArgumentError('header "x-n" has an invalid name or value'));
    await expect(octohooks.health.get({ headers: { "x\ny": "1" } })).rejects.toThrow(
      new InvalidArgumentError('header "x?y" has an invalid name or value'),
    );
    expect(sent).toEqual([]);
  });

  it("takes an idempotency key given as a per-call header, and says how long a key may be", async () => {
    const { octohooks, sent } = over(created);
    await octohooks.message.create(
      "app_1",
      { eventType: "a.b", payload: {} },
      {
        headers: { "Idempotency-Key": "from-header" },
      },
    );
    expect(sent[0]?.["idempotency-key"]).toBe("from-header");
    await expect(
      octohooks.message.create(
        "app_1",
        { eventType: "a.b", payload: {} },
        { idempotencyKey: "k".repeat(257) },
      ),
    ).rejects.toThrow(new InvalidArgumentError("idempotencyKey must be 1 to 256 characters"));
  });

  it("takes a timeout from 1 ms to the largest timer", () => {
    expect(() => new Octohooks(TOKEN, { timeout: 1 })).not.toThrow();
    expect(() => new Octohooks(TOKEN, { timeout: 2 ** 31 - 1 })).not.toThrow();
    expect(() => new Octohooks(TOKEN, { timeout: 0.5 })).toThrow(
      new InvalidArgumentError("timeout must be 1..2147483647 ms and maxRetries a whole number >= 0"),
    );
  });

  it("an already-aborted signal fails at once, with the call's request ID, and is not retried", async () => {
    const { octohooks, sent } = over(created, { maxRetries: 2 });
    const controller = new AbortController();
    controller.abort();
    const error = await octohooks.health
      .get({ signal: controller.signal, headers: { "x-request-id": "req_mine" } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toBe("GET /api/v1/health: aborted by the caller");
    expect(error.requestId).toBe("req_mine");
    expect(sent).toEqual([]);
  });

  it.each([
    ["a thrown string", "boom", "boom"],
    ["an error with no cause", new TypeError("fetch failed"), "fetch failed"],
    [
      "fetch's error with a coded cause",
      new TypeError("fetch failed", { cause: Object.assign(new Error("read"), { code: "ECONNRESET" }) }),
      "fetch failed: ECONNRESET",
    ],
    [
      "fetch's error with a message cause",
      new TypeError("fetch failed", { cause: new Error("bad port") }),
      "fetch failed: bad port",
    ],
    [
      "an error whose cause has an empty message",
      new TypeError("fetch failed", { cause: new Error("") }),
      "fetch failed",
    ],
    [
      "an error whose cause's code is not a string",
      new TypeError("fetch failed", { cause: { code: 42 } }),
      "fetch failed",
    ],
    [
      "an error with its own code",
      Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
      "ECONNREFUSED",
    ],
  ])("a connection failure from %s is named in a few words", async (_, thrown, named) => {
    const { octohooks } = over(() => Promise.reject(thrown));
    const error = await octohooks.health.get().catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(
      `GET /api/v1/health: could not connect to ${new URL(BASE).origin} (${named}) after 1 attempt; check serverUrl (or OCTOHOOKS_SERVER_URL)`,
    );
  });
});
