import { type Client, serializeArrayParam, serializePrimitiveParam } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { readEnv } from "./environment.js";
import { InvalidArgumentError, OctohooksError } from "./errors.js";
import { createSender } from "./http.js";
import type { Logger, RequestOptions } from "./requestOptions.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retryPolicy.js";
import { checkLimits, createTransport } from "./transport.js";

/**
 * The spec-typed client every resource calls through: openapi-fetch's `Client<paths>` methods, so
 * each path, its parameters, body and response are typed by openapi.yaml.
 */
export type ApiClient = Pick<Client<paths>, "GET" | "POST" | "PUT" | "PATCH" | "DELETE">;

/** What a resource method passes for one call: openapi-fetch's `params` and `body`, plus the call's options. */
interface CallInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  body?: unknown;
  callOptions?: RequestOptions;
}

/** Options of `new Octohooks(token, options)`. */
export interface OctohooksOptions {
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
}

/** The default server. */
export const DEFAULT_SERVER_URL = "https://api.octohooks.com";

/**
 * Builds the openapi-fetch client whose `fetch` is the transport. Construction does no I/O,
 * starts no timer and draws no random value (Cloudflare Workers forbid those at module scope).
 */
export function createApiClient(token: string | undefined, options: OctohooksOptions = {}): ClientCore {
  const resolvedToken = token ?? readEnv("OCTOHOOKS_TOKEN");
  if (typeof resolvedToken !== "string" || resolvedToken.trim() === "") {
    throw new OctohooksError(
      "No API token: pass one to `new Octohooks(token)` or set the OCTOHOOKS_TOKEN environment variable",
    );
  }
  const baseUrl = normaliseServerUrl(
    options.serverUrl ?? readEnv("OCTOHOOKS_SERVER_URL") ?? DEFAULT_SERVER_URL,
  );
  checkClientHeaders(options.headers);
  const sender = createSender({ baseUrl, fetch: options.fetch, httpAgent: options.httpAgent });
  const transport = createTransport({
    token: checkToken(resolvedToken.trim()),
    baseUrl,
    sender,
    maxResponseBytes: checkMaxResponseBytes(options.maxResponseBytes),
    timeout: options.timeout ?? 15_000,
    maxRetries: options.maxRetries ?? 2,
    headers: options.headers ?? {},
    logger: options.logger,
    retryPolicy: checkPolicy(options.retryPolicy),
  });
  checkLimits(options.timeout ?? 15_000, options.maxRetries ?? 2);
  // openapi-fetch's request pipeline (a Request, two merged Headers, middleware) is left out: it
  // cost a third of the throughput and 2.3 kB of every bundle. The transport does the rest.
  const call =
    (method: string) =>
    async (path: string, init: CallInit = {}) => {
      const url = buildUrl(baseUrl, path, init.params);
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      return transport({ method, url, body, callOptions: init.callOptions });
    };
  const api = {
    GET: call("GET"),
    POST: call("POST"),
    PUT: call("PUT"),
    PATCH: call("PATCH"),
    DELETE: call("DELETE"),
  } as unknown as ApiClient;
  return { api, close: () => sender.close() };
}

/**
 * The URL of one call: the spec path with its `{name}` templates filled (every path parameter of
 * the spec is a plain string) and the query serialised as the spec declares every query parameter
 * (form style, arrays exploded) by openapi-fetch's own parameter serializers. The same URL as
 * openapi-fetch's `createFinalURL` with its default serializers, without their object styles,
 * which no operation uses (a test holds the two equal).
 * @internal
 */
export function buildUrl(baseUrl: string, template: string, params: CallInit["params"] = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params.path?.[name] as string),
  );
  return baseUrl + path + buildQuery(params.query);
}

function buildQuery(query: Record<string, unknown> = {}): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (Array.isArray(value)) {
      if (value.length) parts.push(serializeArrayParam(name, value, { style: "form", explode: true }));
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
    throw new InvalidArgumentError(`serverUrl is not a valid URL: ${JSON.stringify(url.slice(0, 100))}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InvalidArgumentError("serverUrl must be an http(s) URL");
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
  if (!/^[\x21-\x7e\x80-\xff]+$/.test(token)) {
    throw new InvalidArgumentError("the API token has characters an HTTP header cannot carry");
  }
  return token;
}

function checkPolicy(policy: Partial<RetryPolicy> | undefined): RetryPolicy {
  const merged = { ...DEFAULT_RETRY_POLICY, ...policy };
  for (const [name, value] of Object.entries(merged)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new InvalidArgumentError(`retryPolicy.${name} must be a finite number >= 0`);
    }
  }
  return merged;
}
