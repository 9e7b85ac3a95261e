/**
 * The plain request and response shapes the mock's router works on. The node:http listener and
 * the Fetch/msw adapter each convert to and from these, so neither pays for the other's objects.
 *
 * @module
 */
import type { ValidationIssue } from "./requestInput.js";

/** Stands for a body that went over the size limit (the listener stops reading it early). */
export const BODY_TOO_LARGE: unique symbol = Symbol("body too large");

/** A request as the router sees it. */
export interface MockRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path below the server's base URL, e.g. `/api/v1/app`, still percent-encoded. */
  readonly path: string;
  /** The raw query string without `?` (may be empty). */
  readonly search: string;
  /** A request header by lower-case name. */
  header(name: string): string | undefined;
  /** The body text, `undefined` when there is none (an empty body too: both adapters hand it over so). */
  readonly body: string | undefined | typeof BODY_TOO_LARGE;
  /** Aborts when the client goes away. */
  readonly signal?: AbortSignal | undefined;
}

/** A response as the router produces it. */
export interface MockHttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/** Tells the adapter to cut the connection without answering (the client sees a network error). */
export const DROP_CONNECTION: unique symbol = Symbol("drop connection");

/** What the router answers: a response, or a dropped connection. */
export type MockResponse = MockHttpResponse | typeof DROP_CONNECTION;

/** The largest request body accepted (1 MiB); larger ones get 413 `payload_too_large`. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A JSON response. */
export function json(status: number, value: unknown): MockHttpResponse {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}

/** A response without a body (204, or 202 for a queued resend). */
export function noContent(status = 204): MockHttpResponse {
  return { status, headers: {}, body: undefined };
}

/** An error response `{ code, detail }` (400/401/403/404/409/413/429/5xx). */
export function errorResponse(status: number, code: string, detail: string): MockHttpResponse {
  return json(status, { code, detail });
}

/** A 422 response `{ detail: [{ loc, msg, type }] }`. */
export function validationResponse(issues: readonly ValidationIssue[]): MockHttpResponse {
  return json(422, { detail: issues });
}

/** Thrown by an operation to answer with an error `{ code, detail }`. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }

  /** The response this problem answers with. */
  toResponse(): MockHttpResponse {
    return errorResponse(this.status, this.code, this.detail);
  }
}

/** Thrown by an operation whose input did not validate: answers 422 with every issue. */
export class InvalidInput extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super("invalid input");
  }
}

/** 404 `not_found` for an entity kind. */
export function notFound(what: string): ApiProblem {
  return new ApiProblem(404, "not_found", `${what} not found.`);
}

/** 409 `conflict` for a taken UID or name. */
export function conflict(detail: string): ApiProblem {
  return new ApiProblem(409, "conflict", detail);
}
