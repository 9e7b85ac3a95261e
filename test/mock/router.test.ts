// The request pipeline's own rules: the request log, the bearer token's shape, which requests carry a
// body or an idempotency key, every refusal's exact words, and an operation's unexpected exception.
import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RequestLogEntry } from "../../src/mock/index.js";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
let log: RequestLogEntry[];
const app = "/api/v1/app/app";

async function setup(): Promise<void> {
  log = [];
  h = await startMock({ onRequest: (entry) => log.push(entry) });
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
  log = [];
}

afterEach(async () => {
  vi.restoreAllMocks();
  await h.close();
});

/** A request over node:http, which (unlike fetch) sends a GET with a body, or a body with no content-type. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
    const req = httpRequest(`${h.url}${path}`, { method, headers: { ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const auth = () => ({ authorization: `Bearer ${h.mock.token}` });

describe("the request log", () => {
  it("logs a request with its status, operation, environment, request ID and duration", async () => {
    await setup();
    const request = new Request(`${h.mock.url}/api/v1/app`, { headers: auth() });
    // The router reads the time when the request comes in and when its answer is ready: 12 ms apart here.
    vi.spyOn(performance, "now").mockReturnValueOnce(5_000).mockReturnValueOnce(5_012);
    const res = await h.mock.handle(request);
    expect(res.status).toBe(200);
    expect(log).toEqual([
      {
        method: "GET",
        path: "/api/v1/app",
        status: 200,
        durationMs: 12,
        operationId: "application.list",
        environment: "default",
        requestId: res.headers.get("x-request-id"),
      },
    ]);
  });

  it("logs requests no route, no token or a public route answered, without an operation or environment they lack", async () => {
    await setup();
    await h.api("GET", "/api/v1/nowhere");
    await h.api("GET", "/api/v1/app", { token: null });
    await h.api("GET", "/api/v1/health");
    expect(log.map(({ status, operationId, environment }) => ({ status, operationId, environment }))).toEqual(
      [
        { status: 404, operationId: undefined, environment: undefined },
        { status: 401, operationId: "application.list", environment: undefined },
        // The health check is public: a token sent with it is not looked at.
        { status: 200, operationId: "health.get", environment: undefined },
      ],
    );
  });
});

describe("the bearer token", () => {
  it("takes any case of Bearer and any run of spaces before the token", async () => {
    await setup();
    for (const authorization of [
      `bearer ${h.mock.token}`,
      `Bearer   ${h.mock.token}`,
      `BEARER\t${h.mock.token}`,
    ])
      expect((await h.api("GET", "/api/v1/app", { token: null, headers: { authorization } })).status).toBe(
        200,
      );
  });

  it("refuses a scheme that only ends in Bearer, a second word after the token, and no token, in the same words", async () => {
    await setup();
    for (const authorization of [
      `XBearer ${h.mock.token}`,
      `Bearer ${h.mock.token} extra`,
      `Bearer ${h.mock.token}x`,
      // Not whitespace to HTTP, so not trimmed away: it is part of the value, and no token has it.
      `Bearer ${h.mock.token}\u00a0`,
      "Bearer",
    ]) {
      const res = await h.api("GET", "/api/v1/app", { token: null, headers: { authorization } });
      expect(res.status, authorization.replace(h.mock.token, "<token>")).toBe(401);
      expect(res.body).toEqual({ code: "unauthorized", detail: "Missing or invalid bearer token." });
    }
  });
});

describe("refusals", () => {
  it("answers a closed mock with 503 unavailable", async () => {
    await setup();
    await h.mock.close();
    const res = await h.mock.handle(new Request(`${h.mock.url}/api/v1/app`, { headers: auth() }));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ code: "unavailable", detail: "The mock server is closed." });
  });

  it("404s a path no operation has, and 405s another method of one that has, naming the allowed ones", async () => {
    await setup();
    const missing = await h.api("GET", "/api/v1/nowhere");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ code: "not_found", detail: "No operation at GET /api/v1/nowhere." });
    const wrong = await h.api("PUT", "/api/v1/app");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
    expect(wrong.body).toEqual({
      code: "method_not_allowed",
      detail: "PUT is not allowed here; allowed: GET, POST.",
    });
  });

  it("refuses a body that is not JSON by its content-type, or does not parse, in words that say which", async () => {
    await setup();
    const typed = await h.api("POST", `${app}/msg`, {
      rawBody: '{"eventType":"a","payload":{}}',
      headers: { "content-type": "text/plain" },
    });
    expect(typed.status).toBe(400);
    expect(typed.body).toEqual({
      code: "bad_request",
      detail: "The request body must be JSON (content-type: application/json).",
    });
    const broken = await h.api("POST", `${app}/msg`, { rawBody: '{"eventType":' });
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ code: "invalid_json", detail: "The request body is not valid JSON." });
  });

  it("answers an injected server error with its status and a rate-limit fault with 429, each in its words", async () => {
    await setup();
    h.mock.faults.inject({ operation: "application.list", kind: "serverError", status: 503, times: 1 });
    const failed = await h.api("GET", "/api/v1/app");
    expect(failed.status).toBe(503);
    expect(failed.body).toEqual({ code: "internal_error", detail: "Injected server error." });
    h.mock.faults.inject({ operation: "application.list", kind: "rateLimit", times: 1 });
    const limited = await h.api("GET", "/api/v1/app");
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ code: "rate_limited", detail: "Too many requests." });
  });
});

describe("request bodies", () => {
  it("reads an empty POST body as no body, over HTTP (declared or chunked) and in process alike", async () => {
    await setup();
    const declared = await h.api("POST", `${app}/msg`, { rawBody: "" });
    expect(declared.status).toBe(422);
    // The operation's own check refuses it (the body is required), not the JSON parser.
    expect(declared.body.detail.map((issue: { loc: string[] }) => issue.loc)).toEqual([["body"]]);
    const chunked = await raw("POST", `${app}/msg`, {
      ...auth(),
      "content-type": "application/json",
      "transfer-encoding": "chunked",
    });
    const inProcess = await h.mock.handle(
      new Request(`${h.mock.url}${app}/msg`, {
        method: "POST",
        headers: { ...auth(), "content-type": "application/json" },
        body: "",
      }),
    );
    expect([chunked.status, JSON.parse(chunked.body)]).toEqual([422, declared.body]);
    expect([inProcess.status, await inProcess.json()]).toEqual([422, declared.body]);
  });

  it("ignores a body sent with a GET or a DELETE, JSON or not", async () => {
    await setup();
    const headers = { ...auth(), "content-type": "application/json" };
    const listed = await raw("GET", "/api/v1/app", headers, "not json");
    expect(listed.status, listed.body).toBe(200);
    expect(JSON.parse(listed.body).data).toHaveLength(1);
    expect((await raw("DELETE", app, headers, "not json")).status).toBe(204);
    expect((await h.api("GET", app)).status).toBe(404);
  });

  it("parses a JSON body sent without a content-type", async () => {
    await setup();
    const res = await raw("POST", `${app}/msg`, auth(), JSON.stringify({ eventType: "a", payload: {} }));
    expect(res.status).toBe(202);
    expect(JSON.parse(res.body).eventType).toBe("a");
  });
});

describe("the idempotency key", () => {
  const create = (key: string, eventType = "a") =>
    h.api("POST", `${app}/msg`, { body: { eventType, payload: {} }, headers: { "idempotency-key": key } });

  it("takes 1 to 256 characters, and refuses an empty or longer key in the same words", async () => {
    await setup();
    expect((await create("k".repeat(256))).status).toBe(202);
    expect((await create("k")).status).toBe(202);
    for (const key of ["", "k".repeat(257)]) {
      const res = await create(key);
      expect(res.status, `${key.length} characters`).toBe(422);
      expect(res.body.detail).toEqual([
        {
          loc: ["header", "idempotency-key"],
          msg: "The idempotency key must be 1 to 256 characters.",
          type: "value_error",
        },
      ]);
    }
    expect((await h.api("GET", `${app}/msg`)).body.data).toHaveLength(2);
  });

  it("is only looked at on a POST: a GET or DELETE with any key runs as usual", async () => {
    await setup();
    const long = { "idempotency-key": "k".repeat(300) };
    expect((await h.api("GET", "/api/v1/app", { headers: long })).status).toBe(200);
    expect((await h.api("GET", "/api/v1/app", { headers: { "idempotency-key": "" } })).status).toBe(200);
    expect((await h.api("DELETE", app, { headers: long })).status).toBe(204);
  });
});

describe("an operation's unexpected exception", () => {
  it("answers 500 internal_error, shows the error on the console, and a keyed retry runs again", async () => {
    await setup();
    const shown = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const env = h.mock.store.environment("default");
    const bug = new Error("a bug in the mock");
    vi.spyOn(env, "findApp").mockImplementationOnce(() => {
      throw bug;
    });
    const failed = await h.api("POST", `${app}/msg`, {
      body: { eventType: "a", payload: {} },
      headers: { "idempotency-key": "k1" },
    });
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ code: "internal_error", detail: "Internal server error." });
    expect(shown).toHaveBeenCalledWith(bug);
    const retried = await h.api("POST", `${app}/msg`, {
      body: { eventType: "a", payload: {} },
      headers: { "idempotency-key": "k1" },
    });
    expect(retried.status).toBe(202);
    expect(retried.headers.get("idempotent-replayed")).toBeNull();
    expect((await h.api("GET", `${app}/msg`)).body.data).toHaveLength(1);
  });
});
