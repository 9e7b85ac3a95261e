import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeIssues, parseRetryAfterMs } from "../../src/core/errors.js";
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  EventPayloadError,
  InternalServerError,
  InvalidArgumentError,
  NotFoundError,
  Octohooks,
  OctohooksError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
afterEach(() => {
  vi.useRealTimers();
});

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  server.use(
    http.get(
      `${BASE}/api/v1/app/:id`,
      () => new HttpResponse(body, { status, headers: { "x-request-id": "req_abc", ...headers } }),
    ),
  );
  return octohooks.application.get("app_x").catch((e: unknown) => e) as Promise<ApiError>;
}

describe("ApiError subclasses", () => {
  const cases: Array<[number, new (...a: never[]) => ApiError, string]> = [
    [400, BadRequestError, "bad_request"],
    [401, AuthenticationError, "unauthorized"],
    [403, PermissionDeniedError, "forbidden"],
    [404, NotFoundError, "not_found"],
    [409, ConflictError, "conflict"],
    [413, PayloadTooLargeError, "payload_too_large"],
    [429, RateLimitError, "rate_limited"],
    [500, InternalServerError, "internal_error"],
    [503, InternalServerError, "unavailable"],
  ];
  it.each(cases)(
    "%i is a %o with status, code, detail, headers, requestId and body",
    async (status, Class, code) => {
      const error = await answer(status, JSON.stringify({ code, detail: "it went wrong" }), {
        "content-type": "application/json",
      });
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(OctohooksError);
      expect(error.status).toBe(status);
      expect(error.code).toBe(code);
      expect(error.detail).toBe("it went wrong");
      expect(error.requestId).toBe("req_abc");
      expect(error.headers.get("x-request-id")).toBe("req_abc");
      expect(error.body).toEqual({ code, detail: "it went wrong" });
      expect(error.message).toBe(`GET /api/v1/app/app_x → ${status} ${code}: it went wrong`);
      expect(error.name).toBe(Class.name);
    },
  );

  it("422 is a ValidationError with the detail list", async () => {
    const detail = [{ loc: ["body", "eventType"], msg: "field required", type: "missing" }];
    const error = (await answer(422, JSON.stringify({ detail }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.errors).toEqual(detail);
    // A 422 has no code in its body; the error still has one to switch on.
    expect(error.code).toBe("validation_error");
    expect(error.message).toBe(
      "GET /api/v1/app/app_x → 422 validation_error: body.eventType: field required",
    );
  });

  it("429 exposes retryAfter in seconds", async () => {
    const error = (await answer(429, JSON.stringify({ code: "rate_limited", detail: "" }), {
      "retry-after": "12",
    })) as RateLimitError;
    expect(error.retryAfter).toBe(12);
  });

  it("429 exposes retryAfter from an HTTP date, in whole seconds from now (rounded up)", async () => {
    const error = (await answer(429, JSON.stringify({ code: "rate_limited", detail: "" }), {
      "retry-after": "Thu, 01 Jan 2026 00:01:30 GMT",
    })) as RateLimitError;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-01-01T00:00:00.500Z") });
    expect(error.retryAfter).toBe(90);
    vi.setSystemTime(Date.parse("2026-01-01T00:02:00Z"));
    expect(error.retryAfter).toBe(0);
  });

  it.each([
    ["no Retry-After", {}],
    ["Retry-After: 5s", { "retry-after": "5s" }],
    ["Retry-After: soon", { "retry-after": "soon" }],
  ])("429 with %s has retryAfter undefined, never NaN", async (_, headers) => {
    const error = (await answer(
      429,
      JSON.stringify({ code: "rate_limited", detail: "" }),
      headers,
    )) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeUndefined();
  });

  it("429 rounds a fractional Retry-After up to whole seconds", async () => {
    const error = (await answer(429, "", { "retry-after": "1.2" })) as RateLimitError;
    expect(error.retryAfter).toBe(2);
  });

  it("a body that is not JSON still gives a typed error carrying the raw text", async () => {
    const error = await answer(502, "<html>upstream down</html>");
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe("<html>upstream down</html>");
    expect(error.code).toBeUndefined();
    expect(error.message).toBe("GET /api/v1/app/app_x → 502: <html>upstream down</html>");
  });

  it("an unlisted 4xx is a plain ApiError", async () => {
    const error = await answer(418, JSON.stringify({ code: "teapot", detail: "short and stout" }));
    expect(error.constructor).toBe(ApiError);
    expect(error.status).toBe(418);
  });

  it("a 503 with an empty body is an InternalServerError, not a connection failure", async () => {
    const error = await answer(503, "");
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(error.body).toBeUndefined();
    expect(error.code).toBeUndefined();
    expect(error.detail).toBeUndefined();
    expect(error.message).toBe("GET /api/v1/app/app_x → 503");
  });
});

const INIT = { method: "POST", path: "/api/v1/app", headers: new Headers() };

describe("ApiError.from", () => {
  it.each([
    [500, InternalServerError],
    [501, InternalServerError],
    [599, InternalServerError],
    [499, ApiError],
    [402, ApiError],
    [302, ApiError],
  ])("%i is a %o", (status, Class) => {
    expect(ApiError.from({ ...INIT, status, body: undefined }).constructor).toBe(Class);
  });

  it("names a 422 with an idempotency key reuse by that code, any other 422 validation_error", () => {
    const reuse = [{ loc: ["header", "idempotency-key"], msg: "reused", type: "idempotency_key_reuse" }];
    const other = [{ loc: ["body", "name"], msg: "field required", type: "missing" }];
    expect(ApiError.from({ ...INIT, status: 422, body: { detail: reuse } }).code).toBe(
      "idempotency_key_reuse",
    );
    expect(ApiError.from({ ...INIT, status: 422, body: { detail: other } }).code).toBe("validation_error");
    expect(ApiError.from({ ...INIT, status: 422, body: "not json" }).code).toBe("validation_error");
    expect(ApiError.from({ ...INIT, status: 400, body: { detail: other } }).code).toBeUndefined();
    expect(ApiError.from({ ...INIT, status: 422, body: { code: "custom", detail: other } }).code).toBe(
      "custom",
    );
  });

  it("finds an idempotency key reuse among other problems", () => {
    const detail = [
      { loc: ["body", "name"], msg: "field required", type: "missing" },
      { loc: ["header", "idempotency-key"], msg: "reused", type: "idempotency_key_reuse" },
    ];
    expect(ApiError.from({ ...INIT, status: 422, body: { detail } }).code).toBe("idempotency_key_reuse");
  });

  it("builds the error whatever the detail list holds (null, no loc, a loc that is no list)", () => {
    const detail = [null, { msg: "no loc" }, { loc: "body", msg: "loc is text" }];
    const error = ApiError.from({ ...INIT, status: 422, body: { detail } }) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe("validation_error");
    expect(error.message).toBe(
      "POST /api/v1/app → 422 validation_error: : undefined; : no loc; : loc is text",
    );
  });

  it("a ValidationError whose detail is text has no errors list", () => {
    const error = ApiError.from({ ...INIT, status: 422, body: { detail: "bad input" } }) as ValidationError;
    expect(error.detail).toBe("bad input");
    expect(error.errors).toEqual([]);
  });

  it.each([42, true, 0, ""])("a JSON body of %j gives no detail", (body) => {
    const error = ApiError.from({ ...INIT, status: 500, body });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.detail).toBeUndefined();
    expect(error.body).toBe(body);
  });

  it("ignores a code or detail of the wrong type", () => {
    const error = ApiError.from({ ...INIT, status: 400, body: { code: 7, detail: { nested: true } } });
    expect(error.code).toBeUndefined();
    expect(error.detail).toBeUndefined();
    expect(error.message).toBe("POST /api/v1/app → 400");
  });

  it("keeps at most 200 characters of a text body as the detail", () => {
    const error = ApiError.from({ ...INIT, status: 502, body: "x".repeat(500) });
    expect(error.detail).toBe("x".repeat(200));
    expect(error.body).toBe("x".repeat(500));
  });

  it("lists each validation problem, a missing loc as empty", () => {
    const detail = [
      { loc: ["body", "url"], msg: "bad url", type: "value_error" },
      { msg: "too many", type: "value_error" },
    ] as unknown as [];
    expect(ApiError.from({ ...INIT, status: 422, body: { detail } }).message).toBe(
      "POST /api/v1/app → 422 validation_error: body.url: bad url; : too many",
    );
  });

  it("says when an earlier attempt's outcome is unknown, and only then", () => {
    const unknown = ApiError.from({ ...INIT, status: 404, body: undefined, earlierAttemptUnknown: true });
    expect(unknown.earlierAttemptUnknown).toBe(true);
    expect(unknown.message).toBe(
      "POST /api/v1/app → 404 (an earlier attempt got no answer or a 5xx: its outcome is unknown, it may have done this)",
    );
    const known = ApiError.from({ ...INIT, status: 404, body: undefined });
    expect(known.earlierAttemptUnknown).toBe(false);
    expect(known.message).toBe("POST /api/v1/app → 404");
  });

  it("takes the server's request ID, else the one sent, else none", () => {
    const headers = new Headers({ "x-request-id": "req_server" });
    expect(
      ApiError.from({ ...INIT, headers, status: 500, body: undefined, requestId: "req_sent" }).requestId,
    ).toBe("req_server");
    expect(ApiError.from({ ...INIT, status: 500, body: undefined, requestId: "req_sent" }).requestId).toBe(
      "req_sent",
    );
    expect(ApiError.from({ ...INIT, status: 500, body: undefined }).requestId).toBeUndefined();
  });
});

describe("error names", () => {
  // Built inside the test, so a mutation run counts the test as covering each constructor.
  it.each([
    [() => new OctohooksError("m"), "OctohooksError"],
    [() => new InvalidArgumentError("m"), "InvalidArgumentError"],
    [() => new ApiError({ ...INIT, status: 418, body: undefined }), "ApiError"],
    [() => ApiError.from({ ...INIT, status: 422, body: undefined }), "ValidationError"],
    [() => new ConnectionError("m", { attempts: 1, origin: "http://x" }), "ConnectionError"],
    [() => new TimeoutError("m", { attempts: 1, origin: "http://x" }), "TimeoutError"],
    [() => new AbortError("m"), "AbortError"],
    [() => new UnexpectedResponseError("m"), "UnexpectedResponseError"],
    [() => new ResponseTooLargeError("m", { status: 200, limit: 1 }), "ResponseTooLargeError"],
  ])("case %# is named %s in logs and String(err)", (make, name) => {
    const error = make();
    expect(error.name).toBe(name);
    expect(String(error)).toBe(`${name}: ${error.message}`);
  });
});

describe("ConnectionError", () => {
  it("carries its attempts, origin, cause and request ID; a TimeoutError is one", () => {
    const cause = new TypeError("fetch failed");
    const error = new TimeoutError("no answer", {
      attempts: 3,
      origin: "https://api.octohooks.com",
      cause,
      requestId: "req_1",
    });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(OctohooksError);
    expect(error.name).toBe("TimeoutError");
    expect(error.attempts).toBe(3);
    expect(error.origin).toBe("https://api.octohooks.com");
    expect(error.cause).toBe(cause);
    expect(error.requestId).toBe("req_1");
    const bare = new OctohooksError("plain");
    expect("cause" in bare).toBe(false);
    expect(bare.requestId).toBeUndefined();
    expect(bare.name).toBe("OctohooksError");
  });
});

describe("parseRetryAfterMs", () => {
  it("reads seconds, fractions and HTTP dates, and ignores junk", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfterMs("3", now)).toBe(3000);
    expect(parseRetryAfterMs("0.5", now)).toBe(500);
    expect(parseRetryAfterMs("1.25", now)).toBe(1250);
    expect(parseRetryAfterMs("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfterMs("Wed, 31 Dec 2025 00:00:10 GMT", now)).toBe(0);
    expect(parseRetryAfterMs(" 4 ", now)).toBe(4000);
    expect(parseRetryAfterMs("soon", now)).toBeUndefined();
    expect(parseRetryAfterMs("5s", now)).toBeUndefined();
    expect(parseRetryAfterMs("1.", now)).toBeUndefined();
    expect(parseRetryAfterMs(".5", now)).toBeUndefined();
    expect(parseRetryAfterMs("", now)).toBeUndefined();
    expect(parseRetryAfterMs("-5", now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});

describe("EventPayloadError and describeIssues", () => {
  it("names the event type and each issue with its path, joined by dots", () => {
    const error = new EventPayloadError("invoice.paid", [
      { message: "Expected number", path: ["amount", { key: "cents" }, 0] },
      { message: "Required" },
      { message: "Too short", path: [] },
    ]);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.name).toBe("EventPayloadError");
    expect(error.eventType).toBe("invoice.paid");
    expect(error.issues).toHaveLength(3);
    expect(error.message).toBe(
      'Payload of "invoice.paid" does not match its schema: amount.cents.0: Expected number; Required; Too short',
    );
  });

  it("lists five issues at most, then counts the rest", () => {
    const issues = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ message: `m${i}`, path: [`k${i}`] }));
    expect(describeIssues(issues(5))).toBe("k0: m0; k1: m1; k2: m2; k3: m3; k4: m4");
    expect(describeIssues(issues(7))).toBe("k0: m0; k1: m1; k2: m2; k3: m3; k4: m4; and 2 more");
    expect(describeIssues([])).toBe("");
  });
});
