import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { parseRetryAfterMs } from "../../src/core/errors.js";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  Octohooks,
  OctohooksError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
} from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });

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

  it("429 exposes retryAfter from an HTTP date, in whole seconds from now", async () => {
    const at = new Date(Date.now() + 90_500).toUTCString(); // HTTP dates carry whole seconds
    const error = (await answer(429, JSON.stringify({ code: "rate_limited", detail: "" }), {
      "retry-after": at,
    })) as RateLimitError;
    expect(error.retryAfter).toBeGreaterThanOrEqual(89);
    expect(error.retryAfter).toBeLessThanOrEqual(91);
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
});

describe("parseRetryAfterMs", () => {
  it("reads seconds, fractions and HTTP dates, and ignores junk", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfterMs("3", now)).toBe(3000);
    expect(parseRetryAfterMs("0.5", now)).toBe(500);
    expect(parseRetryAfterMs("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfterMs("Wed, 31 Dec 2025 00:00:10 GMT", now)).toBe(0);
    expect(parseRetryAfterMs("soon", now)).toBeUndefined();
    expect(parseRetryAfterMs("-5", now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});
