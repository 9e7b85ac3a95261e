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

/** What an {@link OctohooksError} may carry besides its message. */
export interface OctohooksErrorOptions {
  /** The underlying error, e.g. fetch's own for a refused connection. */
  cause?: unknown;
  /** The `x-request-id` the call sent, when it got as far as sending. */
  requestId?: string;
}

/** Base class of every error thrown by the Octohooks client. */
export class OctohooksError extends Error {
  /** The class's name (`"NotFoundError"`, …), so logs and `String(err)` show which error it is. */
  override name = "OctohooksError";
  /**
   * The call's `x-request-id`, to quote to support: the server's when it answered, otherwise the
   * one the client sent. `undefined` when nothing was sent (e.g. an {@link InvalidArgumentError}).
   */
  readonly requestId: string | undefined;

  /** An error with a message and, optionally, its cause and the call's request ID. */
  constructor(message: string, options: OctohooksErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.requestId = options.requestId;
  }
}

/** A call was made with an argument the client refuses before sending anything (e.g. an empty ID). */
export class InvalidArgumentError extends OctohooksError {
  override name = "InvalidArgumentError";
}

/** One problem a Standard Schema validator found in a payload (the shape zod, valibot and others report). */
export interface PayloadIssue {
  /** What is wrong, from the validator. */
  readonly message: string;
  /** Where in the payload, e.g. `["amountCents"]`. */
  readonly path?:
    | ReadonlyArray<
        | PropertyKey
        | {
            /** The segment's key. */
            readonly key: PropertyKey;
          }
      >
    | undefined;
}

/** Renders issues as `amountCents: Expected number; id: Required`. */
export function describeIssues(issues: readonly PayloadIssue[]): string {
  const text = (issue: PayloadIssue) => {
    const path = (issue.path ?? []).map((p) => String(typeof p === "object" ? p.key : p)).join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  };
  return (
    issues.slice(0, 5).map(text).join("; ") + (issues.length > 5 ? `; and ${issues.length - 5} more` : "")
  );
}

/**
 * `message.create` was given a payload that does not match its event type's schema in the client's
 * event catalogue (or an event type the catalogue lacks). Nothing was sent.
 *
 * @example
 * ```ts
 * try {
 *   await octohooks.message.create(app, { eventType: "invoice.paid", payload });
 * } catch (err) {
 *   if (err instanceof EventPayloadError) console.log(err.eventType, err.issues);
 * }
 * ```
 */
export class EventPayloadError extends InvalidArgumentError {
  override name = "EventPayloadError";
  /** The event type the payload was checked as. */
  readonly eventType: string;
  /** The validator's issues, each with its path in the payload. */
  readonly issues: readonly PayloadIssue[];

  /** Builds the error for `eventType` from the validator's issues. */
  constructor(eventType: string, issues: readonly PayloadIssue[]) {
    super(`Payload of ${JSON.stringify(eventType)} does not match its schema: ${describeIssues(issues)}`);
    this.eventType = eventType;
    this.issues = issues;
  }
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
  /** The `x-request-id` the client sent; used when the response carries none. */
  requestId?: string;
  /**
   * Whether an earlier attempt of the same call got no answer or a 5xx, so it may have done the
   * work (e.g. a retried `DELETE` that now finds nothing).
   */
  earlierAttemptUnknown?: boolean;
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
  /** The response body: parsed JSON, or the raw text when it was not JSON. */
  readonly body: unknown;
  /** HTTP method of the request. */
  readonly method: string;
  /** Path of the request (without the query string). */
  readonly path: string;
  /**
   * `true` when an earlier attempt of this call got no answer or a 5xx, so its outcome is unknown:
   * a `NotFoundError` of a retried `DELETE` may mean that attempt deleted it, or that it never existed.
   */
  readonly earlierAttemptUnknown: boolean;

  /**
   * Builds the error of a failed exchange, reading `code` and `detail` from its body. The client
   * calls {@link ApiError.from}, which picks the subclass; constructing one is useful in tests.
   */
  constructor(init: ApiErrorInit) {
    const { code, detail } = readErrorBody(init.status, init.body);
    const requestId = init.headers.get("x-request-id") ?? init.requestId;
    super(describe(init, code, detail), requestId === undefined ? {} : { requestId });
    this.status = init.status;
    this.code = code;
    this.detail = detail;
    this.headers = init.headers;
    this.body = init.body;
    this.method = init.method;
    this.path = init.path;
    this.earlierAttemptUnknown = init.earlierAttemptUnknown === true;
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

/** What a {@link ConnectionError} carries besides its message. */
export interface ConnectionErrorOptions extends OctohooksErrorOptions {
  /** How many attempts were made, the first included. */
  attempts: number;
  /** The server's origin, e.g. `https://api.octohooks.com`. */
  origin: string;
}

/**
 * The request never got an HTTP answer (DNS, refused or reset connection…) on any attempt
 * allowed. The message names the server and the attempts made; `requestId` is the one sent.
 */
export class ConnectionError extends OctohooksError {
  override name = "ConnectionError";
  /** How many attempts were made, the first included. */
  readonly attempts: number;
  /** The server's origin, e.g. `https://api.octohooks.com`. */
  readonly origin: string;

  /** Built by the transport once the last attempt has failed. */
  constructor(message: string, options: ConnectionErrorOptions) {
    super(message, options);
    this.attempts = options.attempts;
    this.origin = options.origin;
  }
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
 * The server answered 2xx with something the client cannot use: not JSON, a list page without
 * `data`, or a next-page cursor it already gave (which would make `for await` loop forever).
 */
export class UnexpectedResponseError extends OctohooksError {
  override name = "UnexpectedResponseError";
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
   * @param init The answer's status, the cap in bytes, and the call's request ID.
   */
  constructor(message: string, init: { status: number | undefined; limit: number; requestId?: string }) {
    super(message, { requestId: init.requestId });
    this.status = init.status;
    this.limit = init.limit;
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

function readErrorBody(
  status: number,
  body: unknown,
): { code?: string; detail?: string | ValidationErrorItem[] } {
  if (body && typeof body === "object") {
    const { code, detail } = body as { code?: unknown; detail?: unknown };
    // A 422 has no code of its own: it names its kind per item, and an idempotency key reuse is
    // surfaced as the error's code, anything else as `validation_error`.
    const reuse = Array.isArray(detail) && detail.some((d) => d?.type === "idempotency_key_reuse");
    const unnamed = reuse ? "idempotency_key_reuse" : status === 422 ? "validation_error" : undefined;
    return {
      code: typeof code === "string" ? code : unnamed,
      detail:
        typeof detail === "string" || Array.isArray(detail)
          ? (detail as string | ValidationErrorItem[])
          : undefined,
    };
  }
  return {
    code: status === 422 ? "validation_error" : undefined,
    detail: typeof body === "string" && body ? body.slice(0, 200) : undefined,
  };
}

function describe(init: ApiErrorInit, code?: string, detail?: string | ValidationErrorItem[]): string {
  // A server may send anything in the list; the error must still be built (never a TypeError).
  const text = Array.isArray(detail)
    ? detail.map((d) => `${Array.isArray(d?.loc) ? d.loc.join(".") : ""}: ${d?.msg}`).join("; ")
    : detail;
  const note = init.earlierAttemptUnknown
    ? " (an earlier attempt got no answer or a 5xx: its outcome is unknown, it may have done this)"
    : "";
  return `${init.method} ${init.path} → ${init.status}${code ? ` ${code}` : ""}${text ? `: ${text}` : ""}${note}`;
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
