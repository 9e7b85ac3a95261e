import { serializePrimitiveParam } from "openapi-fetch";
import type { UntypedEvents } from "../events/catalogue.js";
import type { paths } from "../generated/openapi.js";
import { QUERY_PARAMS } from "../generated/queryParams.js";
import { APIPromise, type ApiResult } from "./apiPromise.js";
import { readEnv } from "./environment.js";
import { InvalidArgumentError, OctohooksError } from "./errors.js";
import { createSender } from "./http.js";
import { pathId } from "./request.js";
import { type Logger, type PostRequestOptions, REQUEST_OPTION_KEYS } from "./requestOptions.js";
import { DEFAULT_RETRY_POLICY, MAX_TIMER_MS, type RetryPolicy } from "./retryPolicy.js";
import { checkLimits, createTransport } from "./transport.js";
import type { Sender } from "./wire.js";

type Method = "get" | "post" | "put" | "patch" | "delete";
type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];
type Operation<P extends keyof paths, M extends Method> = paths[P][M & keyof paths[P]];
type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : undefined;
/** The JSON body of an operation's 2xx answers (`undefined` for a 204). */
type SuccessOf<O> = O extends { responses: infer R }
  ? JsonOf<R[Extract<keyof R, 200 | 201 | 202 | 204>]>
  : never;
type BodyOf<O> = O extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type PathParamsOf<O> = O extends { parameters: { path: infer P } } ? P : never;

/** What a resource method passes for one call: the path parameters, the body and the options object. */
export interface CallInit<O> {
  /** The `{name}` values of the path, checked before sending (non-empty, not `.` or `..`). */
  path?: PathParamsOf<O>;
  /** The JSON body. */
  body?: BodyOf<O>;
  /** The caller's options: the operation's query options (camelCase) and the request options. */
  options?: object | undefined;
  /** Overrides the options' `iterator` (the page cursor). */
  iterator?: string | undefined;
  /** A method's own check of its arguments, run before anything is sent (it throws, or rejects, to refuse). */
  check?: () => void | Promise<void>;
}

/** One HTTP method of the {@link ApiClient}: the spec path as a literal, its parameters typed by the spec. */
type ApiMethod<M extends Method> = <P extends PathsWith<M>>(
  path: P,
  init?: CallInit<Operation<P, M>>,
) => APIPromise<SuccessOf<Operation<P, M>>>;

/**
 * The spec-typed client every resource calls through, one method per HTTP verb: each path, its
 * parameters and body, and its answer are typed by openapi.yaml (the generated `paths`).
 */
export interface ApiClient {
  /** `GET` a spec path. */
  GET: ApiMethod<"get">;
  /** `POST` to a spec path. */
  POST: ApiMethod<"post">;
  /** `PUT` to a spec path. */
  PUT: ApiMethod<"put">;
  /** `PATCH` a spec path. */
  PATCH: ApiMethod<"patch">;
  /** `DELETE` a spec path. */
  DELETE: ApiMethod<"delete">;
}

/** Options of `new Octohooks(token, options)`. */
export interface OctohooksOptions<C extends UntypedEvents = UntypedEvents> {
  /** Server URL (default `https://api.octohooks.com`, or the `OCTOHOOKS_SERVER_URL` environment variable). */
  serverUrl?: string;
  /** Per-attempt timeout in milliseconds (default 15 000). */
  timeout?: number;
  /** Retries of a retryable failure (default 2; `0` turns retries off). */
  maxRetries?: number;
  /**
   * A fetch-compatible function. Default: on Node, the client sends over node:http(s) with a
   * keep-alive agent of its own (a third of the CPU per call of Node's fetch); elsewhere, the global
   * `fetch`. Pass `{ fetch: globalThis.fetch }` to send over fetch on Node too.
   */
  fetch?: typeof fetch;
  /**
   * A `node:http` or `node:https` `Agent` for every request (a proxy agent, mTLS, a custom CA,
   * socket limits), instead of the client's own keep-alive agent. Node only; not with `fetch`.
   * `close()` leaves a given agent open: it is yours to destroy.
   */
  httpAgent?: HttpAgent;
  /**
   * Largest response body read, in bytes (default 32 MiB). A larger answer fails the call with
   * `ResponseTooLargeError`, not retried, as soon as its length or its first bytes past the cap show it.
   */
  maxResponseBytes?: number;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** Receives one record per HTTP attempt; the token is never in it. */
  logger?: Logger;
  /** Backoff tuning; the defaults suit almost everyone. */
  retryPolicy?: Partial<RetryPolicy>;
  /**
   * The event catalogue (`defineEvents`): `message.create` then type-checks each payload against its
   * event type and validates it before sending, throwing `EventPayloadError` with nothing sent.
   */
  events?: C;
}

/**
 * A `node:http`/`node:https` `Agent` (or a subclass: proxy agents are), typed by what the client
 * needs of it so the types do not depend on `@types/node`.
 */
export interface HttpAgent {
  /** Destroys the agent's sockets. */
  destroy(): void;
  /** Most sockets per origin. */
  maxSockets: number;
}

/** The default `maxResponseBytes`: 32 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** What a client is built on: the spec-typed calls, and `close` to free the sockets they keep. */
export interface ClientCore {
  api: ApiClient;
  close: () => void;
  /** The connection pool, which a `withOptions` copy on the same server shares. */
  sender: Sender;
}

/** The default server. */
export const DEFAULT_SERVER_URL = "https://api.octohooks.com";

/** The token a client was built with, resolved (the argument, else `OCTOHOOKS_TOKEN`) and checked. */
export function resolveToken(token: string | undefined): string {
  const resolved = token ?? readEnv("OCTOHOOKS_TOKEN");
  if (typeof resolved !== "string" || resolved.trim() === "") {
    throw new OctohooksError(
      "No API token: pass one to `new Octohooks(token)` or set the OCTOHOOKS_TOKEN environment variable",
    );
  }
  return checkToken(resolved.trim());
}

/**
 * Builds the client whose calls all go through the transport. Construction does no I/O,
 * starts no timer and draws no random value (Cloudflare Workers forbid those at module scope).
 */
export function createApiClient(
  token: string,
  options: OctohooksOptions<UntypedEvents> = {},
  inherited?: Sender,
): ClientCore {
  const baseUrl = normaliseServerUrl(
    options.serverUrl ?? readEnv("OCTOHOOKS_SERVER_URL") ?? DEFAULT_SERVER_URL,
  );
  checkClientHeaders(options.headers);
  checkLimits(options.timeout ?? 15_000, options.maxRetries ?? 2);
  const maxResponseBytes = checkMaxResponseBytes(options.maxResponseBytes);
  const sender = inherited ?? createSender({ baseUrl, fetch: options.fetch, httpAgent: options.httpAgent });
  const transport = createTransport({
    token,
    baseUrl,
    sender,
    maxResponseBytes,
    timeout: options.timeout ?? 15_000,
    maxRetries: options.maxRetries ?? 2,
    headers: options.headers ?? {},
    logger: options.logger,
    retryPolicy: checkPolicy(options.retryPolicy),
  });
  // openapi-fetch's request pipeline (a Request, two merged Headers, middleware) is left out: it
  // cost a third of the throughput and 2.3 kB of every bundle. The transport does the rest.
  // One call: its options split, its URL and body built, then the transport; no promise of its own
  // in between unless the method has a check that is asynchronous.
  const send = (method: string, path: string, init: CallInit<unknown>) => {
    const { options, iterator } = init;
    const { query, request } =
      options === undefined && iterator === undefined
        ? NO_OPTIONS
        : splitOptions(`${method} ${path}`, options, iterator);
    const params = { path: init.path as Record<string, unknown> | undefined, query };
    const url = buildUrl(baseUrl, path, params);
    return transport({ method, url, body: serialise(init.body), callOptions: request });
  };
  const call =
    (method: string) =>
    (path: string, init: CallInit<unknown> = {}) => {
      let result: Promise<ApiResult<unknown>>;
      try {
        // An event catalogue's validator may be asynchronous.
        const checked = init.check?.();
        result = checked ? checked.then(() => send(method, path, init)) : send(method, path, init);
      } catch (error) {
        result = Promise.reject(error);
      }
      return new APIPromise(result);
    };
  const api = {
    GET: call("GET"),
    POST: call("POST"),
    PUT: call("PUT"),
    PATCH: call("PATCH"),
    DELETE: call("DELETE"),
  } as unknown as ApiClient;
  return { api, close: () => sender.close(), sender };
}

/**
 * Splits a method's options object into the query (camelCase keys to the spec's wire names, a
 * `Date` as RFC 3339, `undefined` and `null` left out) and the request options. A key the
 * operation does not take is refused, so a misspelt or misplaced option is never silently lost.
 * @internal
 */
export function splitOptions(
  operation: string,
  options: object | undefined,
  iterator?: string,
): { query: Record<string, unknown>; request: PostRequestOptions } {
  const wireNames = QUERY_PARAMS[operation] ?? [];
  const query: Record<string, unknown> = {};
  const request: Record<string, unknown> = {};
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new InvalidArgumentError(`${operation}: options must be an object`);
  }
  for (const [key, value] of Object.entries(options ?? {})) {
    // Only a POST carries one (PUT, PATCH and DELETE are idempotent as they are): refused elsewhere
    // rather than dropped, so nobody believes a key protects a call it does not.
    if (key === "idempotencyKey" && value !== undefined && !operation.startsWith("POST ")) {
      throw new InvalidArgumentError(`${operation}: idempotencyKey applies to POST calls only`);
    }
    if ((REQUEST_OPTION_KEYS as readonly string[]).includes(key)) request[key] = value;
    else {
      const wire = wireNames.find((name) => camelCase(name) === key);
      if (wire === undefined) throw unknownOption(operation, key, wireNames);
      // An undefined or null value stays in the query object; buildQuery leaves it out of the URL.
      query[wire] = queryValue(key, value);
    }
  }
  if (iterator !== undefined) query.iterator = iterator;
  return { query, request: request as PostRequestOptions };
}

/** What a call without options splits into. */
const NO_OPTIONS = { query: undefined, request: undefined };

function camelCase(wire: string): string {
  return wire.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function unknownOption(operation: string, key: string, wireNames: readonly string[]): InvalidArgumentError {
  // The key is only offered where it is taken: a GET told it takes idempotencyKey would then refuse it.
  const requestKeys = operation.startsWith("POST ")
    ? REQUEST_OPTION_KEYS
    : REQUEST_OPTION_KEYS.filter((name) => name !== "idempotencyKey");
  const accepted = [...wireNames.map(camelCase), ...requestKeys].join(", ");
  const shown = JSON.stringify(key.slice(0, 64));
  return new InvalidArgumentError(`${operation} takes no option ${shown}; it takes: ${accepted}`);
}

function queryValue(key: string, value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) throw new InvalidArgumentError(`${key} is an invalid Date`);
  return value.toISOString();
}

/** The JSON text of a body; a value JSON cannot carry (a BigInt, a cycle, extreme depth) is refused. */
function serialise(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  try {
    return JSON.stringify(body);
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? "it nests too deeply"
        : "it holds a BigInt, a cycle or a value that throws";
    throw new InvalidArgumentError(`the request body cannot be sent as JSON: ${reason}`, { cause: error });
  }
}

/**
 * The URL of one call: the spec path with its `{name}` templates filled (each value checked) and
 * the query serialised as the spec declares every query parameter (form style, arrays exploded)
 * by openapi-fetch's own primitive serializer. The same URL as openapi-fetch's `createFinalURL`
 * with its default serializers, without the styles no operation uses (a test holds the two equal).
 * @internal
 */
export function buildUrl(
  baseUrl: string,
  template: string,
  params: { path?: Record<string, unknown> | undefined; query?: Record<string, unknown> | undefined } = {},
): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(params.path?.[name], name));
  return baseUrl + path + buildQuery(params.query);
}

/**
 * One `{name}` value, percent-encoded. encodeURIComponent refuses a lone surrogate itself, so the
 * common case checks nothing twice; a refused value goes to pathId for its precise error.
 */
function pathSegment(value: unknown, name: string): string {
  if (typeof value === "string" && value !== "" && value !== "." && value !== "..") {
    try {
      return encodeURIComponent(value);
    } catch {
      // A lone surrogate: pathId names it.
    }
  }
  return encodeURIComponent(pathId(value, camelCase(name)));
}

function buildQuery(query: Record<string, unknown> = {}): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (Array.isArray(value)) {
      // Form style, exploded, the only array style the spec uses: what openapi-fetch's
      // serializeArrayParam makes of it, without the other styles' code in every bundle.
      if (value.length) parts.push(value.map((v) => serializePrimitiveParam(name, v)).join("&"));
    } else if (value !== undefined && value !== null)
      parts.push(serializePrimitiveParam(name, value as string));
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

function normaliseServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Echoed to help spot a typo, but never a `user:password@` part.
    const shown = JSON.stringify(url.replace(/\/\/.*@/s, "//…@").slice(0, 100));
    throw new InvalidArgumentError(`serverUrl is not a valid URL: ${shown}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InvalidArgumentError("serverUrl must be an http(s) URL");
  }
  if (parsed.username || parsed.password) {
    throw new InvalidArgumentError(
      "serverUrl must not contain credentials (user:password@); the API token authenticates every call",
    );
  }
  return parsed.href.replace(/\/+$/, "");
}

/** An idempotency key shared by every call would make each create after the first a replay. */
function checkClientHeaders(headers: Record<string, string> | undefined): void {
  for (const name in headers) {
    if (name.toLowerCase() === "idempotency-key") {
      throw new InvalidArgumentError(
        "idempotency-key cannot be a client-wide header; pass `idempotencyKey` per call",
      );
    }
  }
}

function checkMaxResponseBytes(max = DEFAULT_MAX_RESPONSE_BYTES): number {
  if (!(Number.isSafeInteger(max) && max >= 0)) {
    throw new InvalidArgumentError("maxResponseBytes must be a whole number of bytes >= 0");
  }
  return max;
}

/** Refuses a token that no HTTP header could carry, at construction and without echoing it. */
function checkToken(token: string): string {
  if (/^bearer\s/i.test(token)) {
    throw new InvalidArgumentError(
      'the API token starts with "Bearer ": pass the token alone; the client adds "Bearer "',
    );
  }
  if (!/^[\x21-\x7e\x80-\xff]+$/.test(token)) {
    throw new InvalidArgumentError("the API token has characters an HTTP header cannot carry");
  }
  return token;
}

/** Merges a policy over the defaults; every wait must be one a timer can hold. */
function checkPolicy(policy: Partial<RetryPolicy> | undefined): RetryPolicy {
  const merged = { ...DEFAULT_RETRY_POLICY, ...policy };
  for (const [name, value] of Object.entries(merged)) {
    if (!(Number.isFinite(value) && value >= 0 && value <= MAX_TIMER_MS)) {
      throw new InvalidArgumentError(`retryPolicy.${name} must be a number of ms from 0 to ${MAX_TIMER_MS}`);
    }
  }
  return merged;
}
