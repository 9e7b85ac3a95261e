/**
 * The error hierarchy of the Octohooks client. Every error the client throws is an
 * {@link OctohooksError}; HTTP failures are {@link ApiError}s keyed by status.
 *
 * @example
 * ```ts
 * try {
 *   await octohooks.application.get("missing");
 * } catch (err) {
 *   if (err instanceof NotFoundError) console.log(err.code, err.requestId);
 *   else throw err;
 * }
 * ```
 * @module
 */

/** Base class of every error thrown by the Octohooks client. */
export class OctohooksError extends Error {
  /** The class's name (`"NotFoundError"`, …), so logs and `String(err)` show which error it is. */
  override name = "OctohooksError";
}

/** A call was made with an argument the client refuses before sending anything (e.g. an empty ID). */
export class InvalidArgumentError extends OctohooksError {
  override name = "InvalidArgumentError";
}

/** One entry of a 422 response's `detail` list: where the problem is and what it is. */
export interface ValidationErrorItem {
  /** Location of the offending value, e.g. `["body", "eventType"]`. */
  loc: string[];
  /** Human-readable message. */
  msg: string;
  /** Machine-readable error type. */
  type: string;
}

/** What the transport knows about a failed HTTP exchange; the input of {@link ApiError.from}. */
export interface ApiErrorInit {
  /** HTTP status code of the response. */
  status: number;
  /** HTTP method of the request. */
  method: string;
  /** Path of the request (without the query string). */
  path: string;
  /** Response headers. */
  headers: Headers;
  /** Parsed JSON body, or the raw text when the body is not JSON. */
  body: unknown;
}

/** The server answered with a non-2xx status. Subclasses name the common statuses. */
export class ApiError extends OctohooksError {
  override name = "ApiError";
  /** HTTP status code. */
  readonly status: number;
  /** Machine-readable error code from the body (`not_found`, `conflict`, …), when there is one. */
  readonly code: string | undefined;
  /** Human-readable detail from the body: a string, or the list of a 422's validation problems. */
  readonly detail: string | ValidationErrorItem[] | undefined;
  /** Response headers. */
  readonly headers: Headers;
  /** The `x-request-id` of the exchange, to quote to support. */
  readonly requestId: string | undefined;
  /** The response body: parsed JSON, or the raw text when it was not JSON. */
  readonly body: unknown;
  /** HTTP method of the request. */
  readonly method: string;
  /** Path of the request (without the query string). */
  readonly path: string;

  /**
   * Builds the error of a failed exchange, reading `code` and `detail` from its body. The client
   * calls {@link ApiError.from}, which picks the subclass; constructing one is useful in tests.
   */
  constructor(init: ApiErrorInit) {
    const { code, detail } = readErrorBody(init.body);
    super(describe(init, code, detail));
    this.status = init.status;
    this.code = code;
    this.detail = detail;
    this.headers = init.headers;
    this.requestId = init.headers.get("x-request-id") ?? undefined;
    this.body = init.body;
    this.method = init.method;
    this.path = init.path;
  }

  /** Builds the subclass that matches the status. */
  static from(init: ApiErrorInit): ApiError {
    const Class = STATUS_CLASSES[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
    return new Class(init);
  }
}

/** 400: the request was malformed (e.g. the body is not JSON). */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** 401: the API token is missing, unknown or revoked. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
/** 403: the token may not do this. */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
/** 404: no such entity in this token's environment. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** 409: a duplicate UID or name (`conflict`), or the same idempotency key still in flight. */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** 413: the request body is too large. */
export class PayloadTooLargeError extends ApiError {
  override name = "PayloadTooLargeError";
}
/** 422: the request failed validation; `errors` says where. */
export class ValidationError extends ApiError {
  override name = "ValidationError";
  /** The validation problems, each with its location. */
  get errors(): ValidationErrorItem[] {
    return Array.isArray(this.detail) ? this.detail : [];
  }
}
/** 429: too many requests. `retryAfter` is the server's requested wait in seconds. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** Seconds to wait before retrying, from `Retry-After`, when the server sent one. */
  get retryAfter(): number | undefined {
    const ms = parseRetryAfterMs(this.headers.get("retry-after"), Date.now());
    return ms === undefined ? undefined : Math.ceil(ms / 1000);
  }
}
/** 5xx: the server failed. Retried automatically before this is thrown. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}

/** The request never got an HTTP answer (DNS, refused or reset connection…). */
export class ConnectionError extends OctohooksError {
  override name = "ConnectionError";
}
/** No answer within the per-attempt `timeout`, on every attempt allowed. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}
/** The caller's `AbortSignal` stopped the call. */
export class AbortError extends OctohooksError {
  override name = "AbortError";
}

/**
 * The answer's body is over the client's `maxResponseBytes` (32 MiB unless set): the client stops
 * reading it at the cap, and does not retry, since the next attempt would get the same answer.
 */
export class ResponseTooLargeError extends OctohooksError {
  override name = "ResponseTooLargeError";
  /** HTTP status of the answer. */
  readonly status: number | undefined;
  /** The cap it went over, in bytes. */
  readonly limit: number;

  /**
   * Built by the client when an answer passes the cap; constructing one is useful in tests.
   * @param message What was called and what came back.
   * @param status HTTP status of the answer.
   * @param limit The cap, in bytes.
   */
  constructor(message: string, status: number | undefined, limit: number) {
    super(message);
    this.status = status;
    this.limit = limit;
  }
}

const STATUS_CLASSES: Record<number, new (init: ApiErrorInit) => ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  422: ValidationError,
  429: RateLimitError,
};

function readErrorBody(body: unknown): { code?: string; detail?: string | ValidationErrorItem[] } {
  if (body && typeof body === "object") {
    const { code, detail } = body as { code?: unknown; detail?: unknown };
    // A 422 names its kind per item; an idempotency key reuse is surfaced as the error's code.
    const reuse = Array.isArray(detail) && detail.some((d) => d?.type === "idempotency_key_reuse");
    return {
      code: typeof code === "string" ? code : reuse ? "idempotency_key_reuse" : undefined,
      detail:
        typeof detail === "string" || Array.isArray(detail)
          ? (detail as string | ValidationErrorItem[])
          : undefined,
    };
  }
  return { detail: typeof body === "string" && body ? body.slice(0, 200) : undefined };
}

function describe(init: ApiErrorInit, code?: string, detail?: string | ValidationErrorItem[]): string {
  const text = Array.isArray(detail)
    ? detail.map((d) => `${(d.loc ?? []).join(".")}: ${d.msg}`).join("; ")
    : detail;
  return `${init.method} ${init.path} → ${init.status}${code ? ` ${code}` : ""}${text ? `: ${text}` : ""}`;
}

/**
 * Reads a `Retry-After` value (delay seconds or an HTTP date) as milliseconds from `now`.
 * Returns `undefined` when absent or unreadable.
 */
export function parseRetryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month; a bare "-5" would otherwise parse as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
